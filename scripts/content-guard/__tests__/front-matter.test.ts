/**
 * The site's front-matter parser against Docusaurus's default one, on the real
 * gray-matter: a `---js` block that writes a marker file runs under the default
 * parser and never under ours.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {createParseFrontMatter, frontMatterOpening} from '../index';

const siteDir = '/site';
const filePath = '/site/docs/intro.md';
let tmp: string;
let marker: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'front-matter-'));
  marker = path.join(tmp, 'pwned');
});
afterEach(() => fs.rmSync(tmp, {recursive: true, force: true}));

/** A page whose front matter, evaluated as JavaScript, creates the marker file. */
function hostile(fence: string): string {
  return `${fence}\n(require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), {title: 'x'})\n---\n\n# Page\n`;
}

const parse = createParseFrontMatter({siteDir});
const run = (fileContent: string, file = filePath) =>
  parse({filePath: file, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});

describe('createParseFrontMatter', () => {
  it('the default parser runs a ---js block (the hole this closes)', async () => {
    await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: hostile('---js')});
    expect(fs.existsSync(marker)).toBe(true);
  });

  it.each(['---js', '---javascript', '--- js', '---JS', '\uFEFF---js', '---coffee', '---json', '---toml'])(
    'refuses %j with file:line and never runs it',
    async (fence) => {
      await expect(run(hostile(fence))).rejects.toThrow(
        /^docs\/intro\.md:1:[12]: front matter opens with ".*": only YAML/,
      );
      expect(fs.existsSync(marker)).toBe(false);
    },
  );

  it.each(['---', '--- ', '---yaml', '---yml'])('parses %j as YAML', async (fence) => {
    const result = await run(`${fence}\ntitle: Hello\n---\n\nBody\n`);
    expect(result.frontMatter).toEqual({title: 'Hello'});
    expect(result.content).toBe('Body');
  });

  it('YAML tags that would build functions are refused, not run (js-yaml 4)', async () => {
    await expect(run('---\ntitle: !!js/function "function(){}"\n---\n')).rejects.toThrow(/unknown tag/);
  });

  it('refuses a format switch with its line, unless allow-listed', async () => {
    const page = '---\ntitle: T\nmdx:\n  format: md\n---\n\n<img src=x onerror=alert(1)>\n';
    await expect(run(page)).rejects.toThrow(/^docs\/intro\.md:3:1: `mdx\.format` \("md"\) changes how the page/);
    const allowing = createParseFrontMatter({siteDir, formatSwitchAllowed: ['docs/intro.md']});
    const result = await allowing({filePath, fileContent: page, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
    expect(result.frontMatter.mdx).toEqual({format: 'md'});
  });

  it('leaves pages without front matter alone', async () => {
    expect((await run('# Title\n\ntext\n')).frontMatter).toEqual({});
    expect((await run('----\n\ntext\n')).frontMatter).toEqual({});
  });
});

describe('frontMatterOpening', () => {
  it('reads the engine the way gray-matter does', () => {
    expect(frontMatterOpening('---\na: 1\n---\n')).toEqual({line: '---', language: '', column: 1});
    expect(frontMatterOpening('--- JavaScript \r\n')).toEqual({
      line: '--- JavaScript ',
      language: 'javascript',
      column: 1,
    });
    expect(frontMatterOpening('\uFEFF---js\n')?.column).toBe(2);
    expect(frontMatterOpening('----\n')).toBeUndefined();
    expect(frontMatterOpening('text\n---js\n')).toBeUndefined();
  });
});
