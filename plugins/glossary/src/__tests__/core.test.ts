/** The pure core: matcher boundaries, term loading errors, option validation. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createMatcher, closestSpellings, type Spelling} from '../match';
import {defaultEditionSources, loadGlossary, findAliasConflicts, GlossaryLoadError} from '../load';
import {SITE_OPTIONS} from './helpers';
import {normalizeOptions, DEFAULT_OPTIONS} from '../options';

const load = (dir: string, locale?: string) =>
  loadGlossary(defaultEditionSources(dir, locale), normalizeOptions(SITE_OPTIONS), dir);

const spellings: Spelling[] = [
  {text: 'RUN', termId: 'run', caseSensitive: true},
  {text: 'CMD', termId: 'cmd', caseSensitive: true},
  {text: 'ENV', termId: 'env', caseSensitive: true},
  {text: 'VOLUME', termId: 'dockerfile/volume', caseSensitive: true},
  {text: 'volume', termId: 'concepts/volume', caseSensitive: false},
  {text: '镜像', termId: 'image', caseSensitive: false},
  {text: '镜像仓库', termId: 'registry', caseSensitive: false},
  {text: 'cgroup', termId: 'cgroup', caseSensitive: false},
];
const matcher = createMatcher(spellings);
const found = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('createMatcher', () => {
  test.each([
    ['使用RUN和CMD', ['RUN', 'CMD']],
    ['docker run 不是指令', []],
    ['RUNNING ADDRESS ENV_FILE $USER --env /etc/ENV A=ENV ENV.d ENV1', []],
    ['（RUN）“CMD”', ['RUN', 'CMD']],
    ['推送到镜像仓库', ['镜像仓库']],
    ['CGroup 与 cgroups', ['CGroup']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('exact case-sensitive spelling wins over a folded one of the same length', () => {
    expect(matcher.find('VOLUME 与 volume').map((m) => m.termId)).toEqual(['dockerfile/volume', 'concepts/volume']);
  });

  test('lookup honours case rules', () => {
    expect(matcher.lookup('RUN')).toBe('run');
    expect(matcher.lookup('run')).toBeUndefined();
    expect(matcher.lookup('CGROUP')).toBe('cgroup');
  });

  test('closest spellings for a typo', () => {
    expect(closestSpellings('ENTRYPOIN', ['ENTRYPOINT', 'ENV', 'RUN'])[0]).toBe('ENTRYPOINT');
  });
});

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('loadGlossary', () => {
  test('names the file and the field', () => {
    const dir = site({
      'docs/glossary/dockerfile/run.md': '---\nterm: RUN\n---\n',
      'docs/glossary/concepts/image.md': '---\nterm: image\nshort: 模板。\naliases: 镜像\nautoLink: "yes"\n---\n',
    });
    const error = (() => {
      try {
        load(dir);
      } catch (e) {
        return e as GlossaryLoadError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GlossaryLoadError);
    expect(error!.problems).toEqual([
      'docs/glossary/concepts/image.md: front matter "aliases" must be a list of strings',
      'docs/glossary/concepts/image.md: front matter "autoLink" must be true or false',
      'docs/glossary/dockerfile/run.md: front matter "short" is required',
    ]);
  });

  test('defaults per group, manual terms, versions and the translation of the locale built', () => {
    const page = (term: string) => `---\nterm: ${term}\nshort: 一句话。\n---\n`;
    const dir = site({
      'docs/glossary/dockerfile/run.md': page('RUN'),
      'docs/glossary/dockerfile/check.md': page('check'),
      'docs/glossary/concepts/image.md': page('image'),
      'versioned_docs/version-1.0/glossary/dockerfile/run.md': page('RUN'),
      'i18n/en/docusaurus-plugin-content-docs/current/glossary/dockerfile/run.md':
        '---\nterm: RUN\nshort: One sentence.\n---\n',
    });
    const g = load(dir);
    expect(g.editions.map((e) => [e.name, e.terms.map((t) => t.id)])).toEqual([
      ['current', ['concepts/image', 'dockerfile/check', 'dockerfile/run']],
      ['1.0', ['dockerfile/run']],
    ]);
    const [image, check, run] = g.editions[0].terms;
    expect([image.autoLink, image.caseSensitive, image.codeKeyword]).toEqual([false, false, false]);
    expect([check.autoLink, check.caseSensitive, check.codeKeyword]).toEqual([false, true, false]);
    expect([run.autoLink, run.caseSensitive, run.codeKeyword]).toEqual([true, true, true]);
    expect(run.short).toBe('一句话。');
    const en = load(dir, 'en').editions[0].terms.find((t) => t.id === 'dockerfile/run')!;
    expect(en.short).toBe('One sentence.');
    expect(en.file).toBe(path.join(dir, 'i18n/en/docusaurus-plugin-content-docs/current/glossary/dockerfile/run.md'));
  });

  test('finds aliases claimed by two terms', () => {
    const dir = site({
      'docs/glossary/concepts/image.md': '---\nterm: image\nshort: a\naliases: [镜像]\n---\n',
      'docs/glossary/concepts/image-layer.md': '---\nterm: image layer\nshort: b\naliases: [镜像]\n---\n',
    });
    expect(findAliasConflicts(load(dir))).toEqual([
      {edition: 'current', spelling: '镜像', terms: ['concepts/image', 'concepts/image-layer']},
    ]);
  });
});

describe('normalizeOptions', () => {
  test('fills every default', () => {
    expect(normalizeOptions({})).toEqual(DEFAULT_OPTIONS);
  });
  test('messages name the option', () => {
    expect(() => normalizeOptions({once: 'chapter'})).toThrow(/"once" must be one of \[page, section, all\]/);
    expect(() => normalizeOptions({onUnknownTerm: 'fail'})).toThrow(/"onUnknownTerm" must be one of/);
    expect(() => normalizeOptions({glossaryDir: '/abs'})).toThrow(/"glossaryDir"/);
    expect(() => normalizeOptions({typo: 1})).toThrow(/"typo" is not allowed/);
  });
});
