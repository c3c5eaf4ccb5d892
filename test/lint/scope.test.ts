/**
 * The lint's scope is what the build compiles, read from the config's plugin
 * options: every docs version and its translations, pages, blog, extra plugin
 * instances, and symlinked folders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {scopeFromConfig, scopedFiles} from '../../scripts/content-lint/scope';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-scope-'));
  fs.writeFileSync(path.join(root, 'versions.json'), '["1.0"]');
});
afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

function write(file: string, text = '# x\n'): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
  fs.writeFileSync(path.join(root, file), text);
}

describe('scopeFromConfig', () => {
  it('lists the folders every content plugin compiles, per version and locale', () => {
    const scope = scopeFromConfig(root, {
      markdown: {format: 'mdx'},
      i18n: {locales: ['zh-Hans', 'en']},
      presets: [['classic', {docs: {path: 'docs'}, blog: false}]],
      plugins: [['@docusaurus/plugin-content-docs', {id: 'community', path: 'community'}]],
    });
    expect(scope.dirs.map((d) => d.dir)).toEqual([
      'docs',
      'versioned_docs/version-1.0',
      'i18n/zh-Hans/docusaurus-plugin-content-docs/current',
      'i18n/zh-Hans/docusaurus-plugin-content-docs/version-1.0',
      'i18n/en/docusaurus-plugin-content-docs/current',
      'i18n/en/docusaurus-plugin-content-docs/version-1.0',
      'community',
      'i18n/zh-Hans/docusaurus-plugin-content-docs-community/current',
      'i18n/en/docusaurus-plugin-content-docs-community/current',
      'src/pages',
      'i18n/zh-Hans/docusaurus-plugin-content-pages',
      'i18n/en/docusaurus-plugin-content-pages',
    ]);
  });
});

describe('scopedFiles', () => {
  it('follows symlinked folders once, and finds category files in docs folders', () => {
    write('docs/a/page.md');
    write('docs/a/_category_.json', '{"label": "A"}');
    write('outside/linked.mdx');
    fs.symlinkSync('../outside', path.join(root, 'docs/link'));
    fs.symlinkSync('..', path.join(root, 'outside/loop'));
    write('src/pages/about.md');
    const scope = scopeFromConfig(root, {presets: [['classic', {blog: false}]]});
    expect(scopedFiles(root, scope).map((f) => `${f.type} ${f.file}`)).toEqual([
      'category docs/a/_category_.json',
      'page docs/a/page.md',
      'page docs/link/linked.mdx',
      // The loop leads back to the root: docs/ and outside/ are seen already, src/ is new (the build would compile it too).
      'page docs/link/loop/src/pages/about.md',
      'page src/pages/about.md',
    ]);
  });
});
