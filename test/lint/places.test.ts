/**
 * Rule, line and column for one representative finding of each rule, written
 * out by hand so a regenerated expected.txt cannot silently move them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {glossaryFor} from '../../scripts/content-lint/glossary';
import {lintSource, type Finding} from '../../scripts/content-lint/index';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

function lintFixtureFile(rule: string, file: string): Finding[] {
  const root = path.join(FIXTURES, rule);
  return lintSource(file, fs.readFileSync(path.join(root, file), 'utf8'), {glossaryFor: glossaryFor(root)});
}

const at = (finding: Finding): string => `${finding.rule} ${finding.line}:${finding.column}`;

const cases: Array<[rule: string, file: string, expected: string[]]> = [
  [
    'session-parse',
    'docs/02-docker-basics/sessions.md',
    ['session-parse 12:1', 'session-parse 19:1', 'session-parse 25:1', 'session-parse 39:1'],
  ],
  [
    'unknown-directive',
    'docs/05-volumes/directives.md',
    [
      'unknown-directive 9:17',
      'unknown-directive 11:9',
      'unknown-directive 11:26',
      'unknown-directive 13:1',
      'unknown-directive 15:1',
    ],
  ],
  ['bash-prompt', 'docs/02-docker-basics/scripts.md', ['bash-prompt 13:1', 'bash-prompt 20:1']],
  ['term-unknown', 'docs/06-dockerfile/terms.md', ['term-unknown 13:5', 'term-unknown 13:29']],
  ['term-unknown', 'versioned_docs/version-1.0/06-dockerfile/terms.md', ['term-unknown 11:1']],
  ['mdx-syntax', 'docs/02-docker-basics/bare-brace.md', ['mdx-syntax 11:14']],
  ['mdx-syntax', 'docs/02-docker-basics/bare-angle.md', ['mdx-syntax 11:20']],
  ['heading-increment', 'docs/01-history/skip.md', ['heading-increment 11:1', 'heading-increment 17:1']],
  ['image-alt', 'docs/01-history/no-alt.md', ['image-alt 11:1', 'image-alt 13:8', 'image-alt 15:1']],
  [
    'indented-code',
    'docs/02-docker-basics/indented.md',
    ['indented-code 13:5', 'indented-code 18:5', 'indented-code 23:7'],
  ],
  ['security-script', 'docs/01-history/script.md', ['security-script 11:1', 'security-script 13:4']],
  ['security-iframe', 'docs/01-history/iframe.md', ['security-iframe 11:1']],
  [
    'security-event-handler',
    'docs/01-history/handler.md',
    ['security-event-handler 11:7', 'security-event-handler 12:22'],
  ],
  [
    'security-url',
    'docs/01-history/urls.md',
    ['security-url 11:1', 'security-url 11:29', 'security-url 15:1', 'security-url 17:30'],
  ],
  ['security-url', 'docs/01-history/front-matter-url.md', ['security-url 6:1', 'security-url 7:1']],
  ['security-esm', 'docs/01-history/esm.md', ['security-esm 8:1', 'security-esm 10:1']],
  [
    'security-expression',
    'docs/01-history/expressions.md',
    ['security-expression 11:5', 'security-expression 13:1', 'security-expression 15:7', 'security-expression 15:29'],
  ],
  [
    'security-jsx',
    'docs/01-history/jsx.md',
    ['security-jsx 11:1', 'security-jsx 13:1', 'security-jsx 15:4', 'security-jsx 15:18', 'security-jsx 17:1'],
  ],
  ['hex-id', 'docs/02-docker-basics/hand-typed.md', ['hex-id 13:1', 'hex-id 15:1', 'hex-id 17:1']],
  ['hex-id', 'docs/02-docker-basics/two-kinds.md', ['hex-id 18:1']],
  [
    'terminology',
    'docs/05-volumes/words.md',
    [
      'terminology 11:6',
      'terminology 11:16',
      'terminology 11:21',
      'terminology 11:30',
      'terminology 13:4',
      'terminology 13:52',
    ],
  ],
  [
    'front-matter',
    'docs/01-history/missing-fields.md',
    ['front-matter 1:1', 'front-matter 1:1', 'front-matter 3:1', 'front-matter 4:1'],
  ],
  [
    'front-matter',
    'docs/glossary/dockerfile/cmd.md',
    ['front-matter 2:1', 'front-matter 3:1', 'front-matter 4:1', 'front-matter 4:1', 'front-matter 5:1'],
  ],
];

describe.each(cases)('%s in %s', (rule, file, expected) => {
  it('reports rule, line and column', () => {
    expect(lintFixtureFile(rule, file).map(at)).toEqual(expected);
  });
});
