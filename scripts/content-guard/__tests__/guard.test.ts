/**
 * The build-side guard on the lint's hostile fixtures: pages that could run
 * code stop the build with file:line:column; pages whose hostile text renders
 * as text (markup in labels, invisible characters) and clean pages pass unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createContentGuard} from '../index';

const FIXTURES = path.resolve('test/lint/fixtures');
const guard = createContentGuard({siteDir: '/site'});

function run(fixture: string, file: string, as = file): string {
  const fileContent = fs.readFileSync(path.join(FIXTURES, fixture, file), 'utf8');
  return guard({filePath: path.join('/site', as), fileContent});
}

describe('createContentGuard', () => {
  it.each([
    [
      'security-esm--mdx-code-block',
      'docs/01-history/mdx-code-block.md',
      /docs\/01-history\/mdx-code-block\.md:11:1 {2}security-esm/,
    ],
    ['security-script--outside-docs', 'src/pages/hostile.md', /src\/pages\/hostile\.md:7:1 {2}security-script/],
    [
      'security-script--outside-docs',
      'i18n/zh-Hans/docusaurus-plugin-content-docs/current/01-history/ok.md',
      /current\/01-history\/ok\.md:10:1 {2}security-script/,
    ],
    ['security-script--outside-docs', 'elsewhere/linked.md', /elsewhere\/linked\.md:10:1 {2}security-script/],
    ['security-html--format-md', 'docs/01-history/format-md.md', /format-md\.md:6:1 {2}security-format/],
    ['security-jsx', 'docs/01-history/jsx.md', /security-jsx/],
  ])('%s %s: refused with file:line:column', (fixture, file, message) => {
    expect(() => run(fixture, file)).toThrow(message);
  });

  it.each([
    ['security-markup-label', 'docs/02-basics/title.md'],
    ['security-invisible', 'docs/01-history/trojan.md'],
    ['clean', 'docs/01-history/everything-allowed.md'],
  ])('%s %s: passes unchanged', (fixture, file) => {
    const content = fs.readFileSync(path.join(FIXTURES, fixture, file), 'utf8');
    expect(run(fixture, file)).toBe(content);
  });
});
