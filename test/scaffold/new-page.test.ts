/**
 * `npm run new`: the planner on temporary site trees, and the CLI's exit codes.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {lintSource} from '../../scripts/content-lint/index';
import {NewPageError, listChapters, nextSidebarPosition, planPage} from '../../scripts/lib/new-page';

const REPO = process.cwd();
let root: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
  fs.writeFileSync(path.join(root, file), text);
}

const category = (label: string): string => JSON.stringify({label, position: 1});
const page = (position: number): string => `---\ntitle: t\nsidebar_position: ${position}\n---\n\n## x\n`;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-page-'));
  write('docs/01-history/_category_.json', category('1. 容器技术的发展史'));
  write('docs/01-history/namespaces.md', page(2));
  write('docs/01-history/cgroups.md', page(7));
  write('docs/02-docker-basics/_category_.json', category('2. Docker 基础'));
  write('docs/glossary/_category_.json', category('术语表'));
  write('docs/99-no-category/x.md', page(1));
  write('versioned_docs/version-1.0/01-history/_category_.json', category('1. 容器技术的发展史'));
});

afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(NewPageError);
    expect((error as NewPageError).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('listChapters', () => {
  it('lists numbered folders with a _category_.json, in order', () => {
    expect(listChapters(root).map((c) => c.folder)).toEqual(['01-history', '02-docker-basics']);
    expect(listChapters(root)[1]).toEqual({folder: '02-docker-basics', name: 'docker-basics', label: '2. Docker 基础'});
  });
});

describe('planPage', () => {
  it('accepts the chapter with or without its number prefix', () => {
    const a = planPage({root, target: 'history/oci-cncf', title: 'OCI 与 CNCF'});
    const b = planPage({root, target: '01-history/oci-cncf', title: 'OCI 与 CNCF'});
    expect(a.file).toBe('docs/01-history/oci-cncf.md');
    expect(b.file).toBe(a.file);
  });

  it('takes the next sidebar position after the highest one', () => {
    expect(planPage({root, target: 'history/oci-cncf', title: 'x'}).sidebarPosition).toBe(8);
    expect(planPage({root, target: 'docker-basics/installation', title: 'x'}).sidebarPosition).toBe(1);
    expect(nextSidebarPosition(path.join(root, 'docs/01-history'))).toBe(8);
  });

  it('writes front matter that parses back to what was asked', () => {
    const title = '端口映射: -p "8080:80" # 与 -P';
    const planned = planPage({root, target: 'history/ports', title});
    const block = /^---\n([\s\S]*?)\n---\n/.exec(planned.content);
    expect(yaml.load(block![1])).toEqual({
      title,
      sidebar_position: 8,
      description: `${title}：用一句话说明本页讲什么（显示在搜索结果里，请改写）`,
      keywords: [title],
      tags: ['容器技术的发展史'],
    });
  });

  it('creates a page that passes the content lint and compiles as MDX', async () => {
    const planned = planPage({root, target: 'history/oci-cncf', title: 'OCI 与 CNCF'});
    expect(lintSource(planned.file, planned.content)).toEqual([]);
    await expect(
      compile(planned.content, {remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective]}),
    ).resolves.toBeDefined();
  });

  it('writes into edition 1.0 with --edition 1.0', () => {
    expect(planPage({root, target: 'history/oci-cncf', title: 'x', edition: '1.0'}).file).toBe(
      'versioned_docs/version-1.0/01-history/oci-cncf.md',
    );
  });

  it('refuses an unknown chapter, naming the valid ones', () => {
    expect(refusal(() => planPage({root, target: 'networking/bip', title: 'x'}))).toBe(
      'Unknown chapter "networking" in docs/. Valid chapters: history (01-history), docker-basics (02-docker-basics)',
    );
    expect(refusal(() => planPage({root, target: 'glossary/x', title: 'x'}))).toMatch(/^Unknown chapter "glossary"/);
    expect(refusal(() => planPage({root, target: 'no-category/y', title: 'x'}))).toMatch(/^Unknown chapter/);
  });

  it('refuses a target that is not <chapter>/<slug>', () => {
    for (const target of ['history', 'history/a/b', '/x', 'history/']) {
      expect(refusal(() => planPage({root, target, title: 'x'}))).toMatch(/is not <chapter>\/<slug>/);
    }
  });

  it.each(['Namespaces', 'name_spaces', 'name spaces', '-lead', 'trail-', 'double--hyphen', '命名空间', 'ünï'])(
    'refuses the bad slug %j',
    (slug) => {
      expect(refusal(() => planPage({root, target: `history/${slug}`, title: 'x'}))).toMatch(/^Bad slug/);
    },
  );

  it('refuses an existing file', () => {
    expect(refusal(() => planPage({root, target: 'history/namespaces', title: 'x'}))).toBe(
      'docs/01-history/namespaces.md already exists: edit it, or choose another slug',
    );
  });

  it('refuses an empty title', () => {
    expect(refusal(() => planPage({root, target: 'history/x', title: '  '}))).toMatch(/^Missing title/);
  });
});

describe('the CLI', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [path.join(REPO, 'node_modules/jiti/bin/jiti.js'), path.join(REPO, 'scripts/new-page.ts'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );

  it('creates the page and exits 0', () => {
    const result = run('history/oci-cncf', 'OCI 与 CNCF');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Created docs\/01-history\/oci-cncf\.md \(sidebar_position 8/);
    expect(fs.readFileSync(path.join(root, 'docs/01-history/oci-cncf.md'), 'utf8')).toMatch(
      /^---\ntitle: OCI 与 CNCF\n/,
    );
  });

  it('exits 2 with the reason on a bad chapter, an existing file and a missing title', () => {
    const bad = run('nope/x', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Valid chapters: history (01-history), docker-basics (02-docker-basics)');
    expect(run('history/namespaces', 'x').status).toBe(2);
    const usage = run('history/x');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run new');
  });
});
