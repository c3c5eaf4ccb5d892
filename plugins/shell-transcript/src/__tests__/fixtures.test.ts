/**
 * One folder per behaviour under __fixtures__: input.md, optional
 * options.json, expected output.md (MDX serialization of the transformed
 * tree) and messages.json (diagnostics). `UPDATE=1` rewrites the expected
 * files so every change shows up as a reviewable diff. Every output.md must
 * compile with @mdx-js/mdx.
 */
import fs from 'node:fs';
import path from 'node:path';
import {jest} from '@jest/globals';
import {transform, compileMdx} from './helpers';

const root = path.join(process.cwd(), 'plugins/shell-transcript/src/__tests__/__fixtures__');
const update = process.env.UPDATE === '1';
const names = fs
  .readdirSync(root)
  .filter((n) => fs.existsSync(path.join(root, n, 'input.md')))
  .sort();

function readOrNull(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

describe.each(names)('%s', (name) => {
  const dir = path.join(root, name);
  const input = fs.readFileSync(path.join(dir, 'input.md'), 'utf8');
  const optionsText = readOrNull(path.join(dir, 'options.json'));
  const options = optionsText ? JSON.parse(optionsText) : {onInvalidTranscript: 'log'};

  test('transforms to output.md', async () => {
    const logged: string[] = [];
    const spies = (['log', 'info', 'warn', 'error'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.join(' '))),
    );
    try {
      const file = await transform(input, options, `docs/fixtures/${name}.md`);
      const output = String(file);
      const messages = file.messages.map((m) => ({line: m.line, column: m.column, ruleId: m.ruleId, reason: m.reason}));
      const messagesFile = path.join(dir, 'messages.json');
      if (update) {
        fs.writeFileSync(path.join(dir, 'output.md'), output);
        if (messages.length > 0) fs.writeFileSync(messagesFile, JSON.stringify(messages, null, 2) + '\n');
        else fs.rmSync(messagesFile, {force: true});
      }
      expect(output).toBe(readOrNull(path.join(dir, 'output.md')));
      expect(messages).toEqual(JSON.parse(readOrNull(messagesFile) ?? '[]'));
      // Each diagnostic is printed once through the logger, with file:line:column.
      expect(logged).toHaveLength(messages.length);
      messages.forEach((m, i) => expect(logged[i]).toContain(`docs/fixtures/${name}.md:${m.line}:${m.column}: `));
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
  });

  test('output.md compiles with @mdx-js/mdx', async () => {
    const output = readOrNull(path.join(dir, 'output.md'));
    expect(output).not.toBeNull();
    await expect(compileMdx(output ?? '', false)).resolves.toContain('function _createMdxContent');
  });
});
