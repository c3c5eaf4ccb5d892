/** The "出现在" scan: results, and which pages a rescan parses again. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createGlossary, type Glossary} from '../index';
import {defaultEditionSources} from '../load';
import {SITE_OPTIONS} from './helpers';
import {usageScanStats} from '../usage';

const term = (name: string, extra = '') => `---\nterm: ${name}\nshort: 一句话。\n${extra}---\n\n正文。\n`;

function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-usage-'));
  const files: Record<string, string> = {
    'docs/glossary/dockerfile/run.md': term('RUN'),
    'docs/glossary/dockerfile/cmd.md': term('CMD'),
    'docs/a.md': '# 甲\n\n使用RUN安装。\n',
    'docs/b.md': '---\ntitle: 乙\n---\n\nCMD 是默认命令。\n',
    'docs/c.md': '---\ndraft: true\n---\n\n# 丙\n\nRUN 和 CMD。\n',
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A fresh load of the same instance: what the plugin does after each content change. */
function scan(glossary: Glossary, dir: string) {
  const store = glossary.load(defaultEditionSources(dir), {siteDir: dir});
  const edition = store.glossary.editions[0];
  const usage = Object.fromEntries(
    [...store.usage(edition)].map(([id, pages]) => [id, pages.map((p) => `${p.source} ${p.title}`)]),
  );
  return {usage, stats: usageScanStats(store, edition)};
}

describe('computeUsage', () => {
  test('lists the pages that link each term, drafts left out', () => {
    const dir = site();
    expect(scan(createGlossary(SITE_OPTIONS), dir).usage).toEqual({
      'dockerfile/run': ['a.md 甲'],
      'dockerfile/cmd': ['b.md 乙'],
    });
  });

  test('a rescan parses only the pages whose content or glossary changed, with the same results', () => {
    const dir = site();
    const write = (name: string, content: string) => fs.writeFileSync(path.join(dir, name), content);
    const glossary = createGlossary(SITE_OPTIONS);
    const first = scan(glossary, dir);
    expect(first.stats).toEqual({parsed: 3, reused: 0});

    // A term page's body changed (what the dev server reloads for): nothing to parse again.
    write('docs/glossary/dockerfile/run.md', term('RUN').replace('正文。', '新的正文。'));
    expect(scan(glossary, dir)).toEqual({usage: first.usage, stats: {parsed: 0, reused: 3}});

    // A chapter changed: that one page is parsed again.
    write('docs/b.md', '---\ntitle: 乙\n---\n\nCMD 是默认命令，RUN 在构建时执行。\n');
    expect(scan(glossary, dir)).toEqual({
      usage: {'dockerfile/run': ['a.md 甲', 'b.md 乙'], 'dockerfile/cmd': ['b.md 乙']},
      stats: {parsed: 1, reused: 2},
    });

    // A draft is published: its page now counts.
    write('docs/c.md', '# 丙\n\nRUN 和 CMD。\n');
    expect(scan(glossary, dir).usage).toEqual({
      'dockerfile/run': ['a.md 甲', 'b.md 乙', 'c.md 丙'],
      'dockerfile/cmd': ['b.md 乙', 'c.md 丙'],
    });

    // The glossary itself changed (a new alias): every page is parsed again.
    write('docs/glossary/dockerfile/cmd.md', term('CMD', 'aliases: [默认命令]\n'));
    expect(scan(glossary, dir).stats).toEqual({parsed: 3, reused: 0});
  });
});
