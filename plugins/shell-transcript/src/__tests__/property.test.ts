/**
 * fast-check properties: generated sessions parse back to their steps; on
 * any code block the plugin never throws, never loses or changes a character
 * of a command or an output line, and its output compiles with MDX.
 */
import fc from 'fast-check';
import type {Code, Root} from 'mdast';
import {createProcessor} from '@mdx-js/mdx';
import {parseTranscript, type TranscriptStep} from '../parse';
import remarkShellTranscript from '../transform';
import {parseSteps} from '../theme/ShellTranscript/steps';

const PROMPTS = [
  '$',
  '%',
  '[root@node1 ~]#',
  '[alice@node1 docker]$',
  'alice@web01:~/app$',
  'root@4f2a9c1e77d0:/#',
  '/app $',
  '/ #',
  'alice@mac ~ %',
];
const TEXT = fc.constantFrom(
  ...'abcxyzXYZ019 \t-_=./:;,!?()[]{}<>"\'`$#%^*+~@&|\\'.split(''),
  '{{.Name}}',
  '<none>',
  '${x}',
  '</TabItem>',
  '<script>',
  '\u001b[31m',
  '\u001b[0m',
  '容器',
  '😀',
  '\u00a0',
);
const text = (min: number, max: number) => fc.array(TEXT, {minLength: min, maxLength: max}).map((a) => a.join(''));

// A command line that does not itself continue the command or open a heredoc.
const plainLine = text(1, 12).filter((s) => !s.includes('<<') && !/(?:\\|\||&&)[ \t]*$/.test(s) && /\S/.test(s));
const firstLine = fc
  .tuple(fc.constantFrom('docker', 'ls', 'echo', 'kubectl', 'cat'), fc.option(plainLine, {nil: undefined}))
  .map(([word, rest]) => (rest === undefined ? word : `${word} ${rest}`.replace(/[ \t\u00a0]+$/, '')))
  .filter((s) => !/[\\|]$|&&$|^(?:sudo|su)\b/.test(s) && !s.includes('<<'));
const continuationLine = plainLine.filter((s) => !s.startsWith('>'));
const OUTPUT_START = fc.constantFrom(' ', '\t', '<', '{', '(', '+', '|', '*', '"', '\u001b', '!', '?', '容');
const outputLine = fc.tuple(OUTPUT_START, text(0, 12)).map(([a, b]) => a + b);

const stepArb = fc.record({
  prompt: fc.constantFrom(...PROMPTS),
  lines: fc.tuple(firstLine, fc.array(continuationLine, {maxLength: 2})),
  output: fc.array(outputLine, {maxLength: 4}).filter((o) => o.length === 0 || /\S/.test(o[o.length - 1])),
  ps2: fc.boolean(),
  blankAfter: fc.nat(2),
  // A shell comment on its own line after a blank line, before the prompt.
  comment: fc.option(text(0, 12), {nil: undefined}),
});

describe('round trip', () => {
  test('a session generated from random steps (and comments) parses back to those steps', () => {
    fc.assert(
      fc.property(fc.array(stepArb, {minLength: 1, maxLength: 6}), fc.nat(2), fc.boolean(), (steps, leading, crlf) => {
        const lines: string[] = Array(leading).fill('');
        const expected: TranscriptStep[] = [];
        for (const s of steps) {
          if (s.comment !== undefined) {
            lines.push('', `# ${s.comment}`);
            expected.push({prompt: '', command: `# ${s.comment}`, output: '', kind: 'comment'});
          }
          const [first, more] = s.lines;
          const commandLines = [first, ...more];
          // Every line but the last ends with `\` so the command goes on.
          const written = commandLines.map((l, i) => (i < commandLines.length - 1 ? `${l} \\` : l));
          lines.push(`${s.prompt} ${written[0]}`, ...written.slice(1).map((l) => (s.ps2 ? `> ${l}` : l)), ...s.output);
          lines.push(...Array(s.blankAfter).fill(''));
          expected.push({prompt: s.prompt, command: written.join('\n'), output: s.output.join('\n')});
        }
        expect(parseTranscript(lines.join(crlf ? '\r\n' : '\n'), {lang: 'console'})).toEqual(expected);
      }),
      {numRuns: 500},
    );
  });
});

// Arbitrary blocks: lines built from prompt-like prefixes and hostile text.
const PREFIX = fc.constantFrom(
  '',
  '$ ',
  '$',
  '# ',
  '% ',
  '> ',
  '>>> ',
  '... ',
  'mysql> ',
  '    -> ',
  'PS C:\\> ',
  'C:\\> ',
  '[a@b c]$ ',
  'u@h:~# ',
  '/ # ',
  '127.0.0.1:6379> ',
  'db=# ',
  'db-# ',
);
const SUFFIX = fc.constantFrom('', ' \\', ' |', ' &&', ' <<EOF', " <<-'E'", ' `', '\r');
const anyLine = fc.oneof(
  fc.tuple(PREFIX, text(0, 10), SUFFIX).map(([p, t, s]) => p + t + s),
  fc.constantFrom('EOF', '\tE', 'sudo -i', 'exit', ''),
  fc.string({maxLength: 20}),
);
const blockArb = fc.record({
  value: fc.array(anyLine, {maxLength: 12}).map((l) => l.join('\n')),
  lang: fc.constantFrom('console', 'bash', 'pycon', 'text', 'Terminal', null),
  meta: fc.constantFrom(null, 'transcript', 'title="x"', 'prompt="mongo>"', 'no-transcript'),
});

interface JsxNode {
  type: string;
  name?: string;
  attributes?: {name: string; value: unknown}[];
  children?: JsxNode[];
  value?: string;
}

const attr = (node: JsxNode, name: string): string | undefined =>
  node.attributes?.find((a) => a.name === name)?.value as string | undefined;

/**
 * Walks the source lines in order and checks that each step's lines are
 * there, unchanged: the prompt line (prompt, then the first command line),
 * the continuation lines, the output lines, the comment lines as written.
 * Only blank lines may be left over.
 */
function accountsForEveryLine(source: string, steps: TranscriptStep[]): void {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blank = (l: string) => /^[ \t]*$/.test(l);
  const trim = (l: string) => l.replace(/^[ \t]+|[ \t]+$/g, '');
  let i = 0;
  for (const step of steps) {
    while (i < lines.length && blank(lines[i])) i++;
    expect(i).toBeLessThan(lines.length);
    const [first, ...more] = step.command.split('\n');
    const line = lines[i++];
    if (step.kind === 'comment') expect(line).toBe(first);
    else if (step.prompt === '') expect(trim(line)).toBe(first);
    else {
      expect(line.startsWith(step.prompt)).toBe(true);
      expect(trim(line.slice(step.prompt.length))).toBe(first);
    }
    for (const l of more) expect(lines[i++].endsWith(l)).toBe(true);
    if (step.output !== '') for (const l of step.output.split('\n')) expect(lines[i++]).toBe(l);
  }
  for (; i < lines.length; i++) expect(blank(lines[i])).toBe(true);
}

describe('any code block', () => {
  test('never throws, never loses or changes a character, and compiles', async () => {
    await fc.assert(
      fc.asyncProperty(blockArb, async ({value, lang, meta}) => {
        let transformed: Root | undefined;
        const processor = createProcessor({
          remarkPlugins: [
            [remarkShellTranscript, {onInvalidTranscript: 'ignore'}],
            () => (tree: Root) => void (transformed = structuredClone(tree)),
          ],
        });
        const code: Code = {type: 'code', lang, meta, value};
        const tree = await processor.run({type: 'root', children: [code]} as never);
        expect(typeof processor.stringify(tree as never)).toBe('string');

        // The element's import (when a session was converted) comes first.
        const top = transformed!.children.find((n) => n.type !== 'mdxjsEsm') as unknown as JsxNode;
        if (top.type === 'code' && top.value === value) return; // left alone
        const prompts = meta === 'prompt="mongo>"' ? ['mongo>'] : [];
        const steps = parseTranscript(value, {lang: meta === 'transcript' ? 'console' : (lang ?? undefined), prompts});
        expect(steps).not.toBeNull();
        accountsForEveryLine(value, steps!);
        // The tree carries exactly the parsed commands and outputs.
        const commands = top.type === 'code' ? top.value : attr(top, 'commands');
        // (Empty prompts add no line to the command block.)
        expect(commands).toBe(
          steps!
            .filter((s) => s.command !== '')
            .map((s) => s.command)
            .join('\n'),
        );
        if (top.type !== 'code') {
          expect(top.name).toBe('ShellTranscript');
          expect(parseSteps(attr(top, 'steps'))).toEqual(steps);
        }
      }),
      {numRuns: 300},
    );
  }, 60_000);

  test('the parser never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'binary', maxLength: 200}),
        fc.constantFrom('console', 'bash', undefined),
        (s, lang) => {
          const steps = parseTranscript(s, {lang});
          if (steps) accountsForEveryLine(s, steps);
        },
      ),
      {numRuns: 2000},
    );
  });
});
