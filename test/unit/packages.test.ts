/**
 * The public surface of our two packages: the `exports` map, what each entry
 * point exports, and what `npm pack` would publish.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as transcript from '@docker-k8s-notes/docusaurus-theme-shell-transcript';
import * as transcriptRemark from '@docker-k8s-notes/docusaurus-theme-shell-transcript/remark';
import * as transcriptParse from '@docker-k8s-notes/docusaurus-theme-shell-transcript/parse';
import * as glossary from '@docker-k8s-notes/docusaurus-plugin-glossary';
import * as glossaryRemark from '@docker-k8s-notes/docusaurus-plugin-glossary/remark';
import * as glossaryTools from '@docker-k8s-notes/docusaurus-plugin-glossary/tools';

const names = (ns: object) => Object.keys(ns).sort();
const pkg = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join('plugins', dir, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
    files: string[];
    peerDependencies: Record<string, string>;
  };

describe('@docker-k8s-notes/docusaurus-theme-shell-transcript', () => {
  test('entry points and their exports', () => {
    expect(Object.keys(pkg('shell-transcript').exports)).toEqual(['.', './remark', './parse', './package.json']);
    expect(names(transcript)).toEqual(['DEFAULT_THEME_CONFIG', 'default', 'validateThemeConfig']);
    expect(names(transcriptRemark)).toEqual(['default', 'validateOptions']);
    expect(names(transcriptParse)).toEqual([
      'SESSION_LANGUAGES',
      'isSessionLanguage',
      'parseMeta',
      'parseTranscript',
      'parseTranscriptDetailed',
    ]);
  });
});

describe('@docker-k8s-notes/docusaurus-plugin-glossary', () => {
  test('entry points and their exports', () => {
    expect(Object.keys(pkg('glossary').exports)).toEqual(['.', './remark', './tools', './package.json']);
    expect(names(glossary)).toEqual(['createGlossary', 'default']);
    expect(names(glossaryRemark)).toEqual(['default', 'remarkGlossary']);
    expect(names(glossaryTools)).toEqual([
      'GlossaryLoadError',
      'TermFrontMatterSchema',
      'closestSpellings',
      'createMatcher',
      'defaultEditionSources',
      'findAliasConflicts',
      'listPages',
      'loadGlossary',
      'normalizeOptions',
      'parsePage',
      'readFrontMatter',
      'usageScanStats',
      'validateTermFrontMatter',
    ]);
  });
});

describe.each(['shell-transcript', 'glossary'])('plugins/%s', (dir) => {
  test('peer dependencies as Docusaurus packages declare them', () => {
    const {peerDependencies} = pkg(dir);
    expect(peerDependencies['@docusaurus/core']).toBe('^3.10.0');
    expect(peerDependencies.react).toBe('^18.0.0 || ^19.0.0');
  });

  test('npm pack publishes only lib/, src/ (no tests), README, CHANGELOG, LICENSE and package.json', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: path.join('plugins', dir),
      encoding: 'utf8',
    });
    const files = (JSON.parse(out) as Array<{files: {path: string}[]}>)[0].files.map((f) => f.path);
    const outside = files.filter((f) => !/^(lib|src)\//.test(f));
    expect(outside.sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
    expect(files.filter((f) => f.includes('__tests__'))).toEqual([]);
    expect(files).toContain('lib/index.js');
    expect(files.some((f) => f.startsWith('lib/theme/'))).toBe(true);
  });
});
