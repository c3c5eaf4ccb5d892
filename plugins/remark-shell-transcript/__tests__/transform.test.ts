/**
 * The tree transform: what it selects, the nodes it builds, how it reports.
 */
import {jest} from '@jest/globals';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import remarkShellTranscript, {commandLanguage} from '../transform';
import {parseMeta} from '../meta';
import {transform} from './helpers';

async function tree(markdown: string, options = {}): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkShellTranscript, options);
  return (await processor.run(processor.parse(markdown), new VFile({value: markdown, path: 'docs/x.md'}))) as Root;
}

describe('nodes', () => {
  test('a transcript becomes Tabs with two TabItems, positions copied, no import injected', async () => {
    const root = await tree('Intro\n\n```console\n$ ls\na\n```\n');
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'mdxJsxFlowElement']);
    const wrapper = root.children[1] as any;
    expect(wrapper.name).toBe('ShellTranscript');
    expect(wrapper.position.start).toEqual({line: 3, column: 1, offset: 7});
    const tabs = wrapper.children[0];
    expect(tabs.name).toBe('Tabs');
    expect(tabs.attributes).toEqual([
      {type: 'mdxJsxAttribute', name: 'groupId', value: 'shell-transcript'},
      {type: 'mdxJsxAttribute', name: 'queryString', value: null},
    ]);
    expect(tabs.position).toEqual(wrapper.position);
    const [command, output] = tabs.children;
    expect(command.attributes.map((a: any) => [a.name, a.value.value ?? a.value])).toEqual([
      ['value', 'command'],
      ['label', '<ShellTranscriptLabel tab="command" />'],
    ]);
    expect(command.children[0]).toMatchObject({type: 'code', lang: 'bash', meta: null, value: 'ls'});
    expect(output.children[0].children[0].attributes.map((a: any) => [a.name, a.value])).toEqual([
      ['prompt', '$'],
      ['command', 'ls'],
      ['output', 'a'],
    ]);
    expect(JSON.stringify(root)).not.toContain('mdxjsEsm');
  });

  test('without output, one command block keeps the other meta', async () => {
    const root = await tree('```console title="a b" transcript prompt="x>"\n$ ls\nx> pwd\n```\n');
    expect(root.children[0]).toMatchObject({type: 'code', lang: 'bash', meta: 'title="a b"', value: 'ls\npwd'});
  });

  test('the command block is not parsed again', async () => {
    const root = await tree('```console\n$ $ ls\n```\n');
    expect(root.children[0]).toMatchObject({type: 'code', lang: 'bash', value: '$ ls'});
  });

  test.each([
    [['>>>', '>>>'], 'python'],
    [['mysql>', 'postgres=#'], 'sql'],
    [['PS C:\\>'], 'powershell'],
    [['$', '>>>'], 'bash'],
    [['C:\\>'], 'bash'],
  ])('commandLanguage(%j) = %s', (prompts, lang) => {
    expect(commandLanguage(prompts.map((prompt) => ({prompt, command: 'x', output: ''})))).toBe(lang);
  });
});

describe('parseMeta', () => {
  test.each([
    [null, {transcript: false, noTranscript: false, prompts: [], rest: null}],
    ['title="a b" transcript', {transcript: true, noTranscript: false, prompts: [], rest: 'title="a b"'}],
    ["no-transcript {1,3}", {transcript: false, noTranscript: true, prompts: [], rest: '{1,3}'}],
    ["prompt=\"mongo> \" prompt='db>' prompt=x>", {transcript: false, noTranscript: false, prompts: ['mongo> ', 'db>', 'x>'], rest: null}],
    ['title="transcript"', {transcript: false, noTranscript: false, prompts: [], rest: 'title="transcript"'}],
  ])('%j', (meta, expected) => {
    expect(parseMeta(meta)).toEqual(expected);
  });
});

describe('diagnostics', () => {
  const bad = 'Para\n\n```console\nnot a session\n```\n';

  test("'throw' fails the file with file:line:column and what to do", async () => {
    await expect(transform(bad, {onInvalidTranscript: 'throw'}, '/abs/docs/x.md')).rejects.toThrow(
      '/abs/docs/x.md:4:1: this `console` block is not a valid shell transcript: its first line does not start with a prompt such as `$ `, `# ` or `[user@host dir]$ `. ' +
        'It is shown as a plain code block. Start it with a prompt line such as `$ docker ps`, or add `no-transcript` after the language (```console no-transcript) if it is not a session.',
    );
  });

  test("'warn' prints through the logger and keeps the block", async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const file = await transform(bad, {}, 'docs/x.md');
      expect(String(file)).toContain('```console\nnot a session\n```');
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toContain('docs/x.md:4:1: this `console` block');
      expect(file.messages[0]).toMatchObject({line: 4, column: 1, ruleId: 'invalid-transcript', source: 'remark-shell-transcript'});
    } finally {
      warn.mockRestore();
    }
  });

  test("'ignore' is silent", async () => {
    const file = await transform(bad, {onInvalidTranscript: 'ignore'});
    expect(file.messages).toEqual([]);
  });

  test('blocks in other languages that are not sessions are not reported', async () => {
    const file = await transform('```bash\necho hi\n```\n\n```\n# x\n```\n', {onInvalidTranscript: 'throw'});
    expect(file.messages).toEqual([]);
  });

  test('invalid options fail when the plugin is attached', () => {
    expect(() => unified().use(remarkShellTranscript, {onInvalidTranscript: 'loud' as never}).freeze()).toThrow(
      '"onInvalidTranscript" must be one of [ignore, log, warn, throw]',
    );
  });
});
