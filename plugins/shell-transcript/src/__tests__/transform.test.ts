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
import {serializeSteps} from '../shared';
import {parseSteps} from '../theme/ShellTranscript/steps';
import {transform} from './helpers';

/** The parts of an MDX JSX / code node these tests look at. */
interface Jsx {
  type: string;
  name?: string;
  attributes: {type: string; name: string; value: unknown}[];
  children: Jsx[];
  position?: {start: unknown; end: unknown};
}

async function tree(markdown: string, options = {}): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkShellTranscript, options);
  return (await processor.run(processor.parse(markdown), new VFile({value: markdown, path: 'docs/x.md'}))) as Root;
}

describe('nodes', () => {
  test('a transcript becomes one ShellTranscript element with string attributes, imported once', async () => {
    const root = await tree(
      'Intro\n\n```console title="ls.sh"\n$ ls\na\n$ pwd\n```\n\n```console\n$ id\nuid=0(root)\n```\n',
    );
    expect(root.children.map((n) => n.type)).toEqual([
      'mdxjsEsm',
      'paragraph',
      'mdxJsxFlowElement',
      'mdxJsxFlowElement',
    ]);
    const esm = root.children[0] as unknown as {
      value: string;
      data: {estree: {body: {type: string; source: {value: string}}[]}};
    };
    expect(esm.value).toBe('import ShellTranscript from "@theme/ShellTranscript";');
    expect(esm.data.estree.body.map((s) => [s.type, s.source.value])).toEqual([
      ['ImportDeclaration', '@theme/ShellTranscript'],
    ]);
    const element = root.children[2] as unknown as Jsx;
    expect(element.name).toBe('ShellTranscript');
    expect(element.position?.start).toEqual({line: 3, column: 1, offset: 7});
    expect(element.children).toEqual([]);
    expect(element.attributes.map((a) => [a.type, a.name, typeof a.value])).toEqual([
      ['mdxJsxAttribute', 'language', 'string'],
      ['mdxJsxAttribute', 'commands', 'string'],
      ['mdxJsxAttribute', 'steps', 'string'],
      ['mdxJsxAttribute', 'metastring', 'string'],
    ]);
    const value = (name: string) => element.attributes.find((a) => a.name === name)?.value;
    expect(value('language')).toBe('bash');
    expect(value('commands')).toBe('ls\npwd');
    expect(value('metastring')).toBe('title="ls.sh"');
    expect(parseSteps(value('steps'))).toEqual([
      {prompt: '$', command: 'ls', output: 'a'},
      {prompt: '$', command: 'pwd', output: ''},
    ]);
    expect(JSON.stringify(root)).not.toContain('Expression');
  });

  test("an author's own import of ShellTranscript is not duplicated", async () => {
    const root = await tree('import ShellTranscript from "@theme/ShellTranscript";\n\n```console\n$ ls\na\n```\n');
    expect(root.children.filter((n) => n.type === 'mdxjsEsm')).toHaveLength(1);
  });

  test('no import when nothing was converted', async () => {
    const root = await tree('```console\n$ ls\n```\n\n```bash\necho hi\n```\n');
    expect(root.children.map((n) => n.type)).toEqual(['code', 'code']);
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

  test('comments and setup lines do not change the language of the command block', () => {
    const comment = {prompt: '', command: '# 计算', output: '', kind: 'comment' as const};
    expect(commandLanguage([comment, {prompt: '>>>', command: '1 + 1', output: '2'}])).toBe('python');
    expect(commandLanguage([comment, {prompt: '', command: 'export A=1', output: ''}])).toBe('bash');
  });

  test('the command block keeps comments as shell comments and skips empty prompts', async () => {
    const root = await tree('```console\n# 先拉取镜像\n$ docker pull nginx\nok\n$\n```\n');
    const element = root.children.find((n) => n.type === 'mdxJsxFlowElement') as unknown as Jsx;
    expect(element.attributes.find((a) => a.name === 'commands')?.value).toBe('# 先拉取镜像\ndocker pull nginx');
  });
});

describe('steps attribute', () => {
  test('round trip, output omitted when empty', () => {
    const steps = [
      {prompt: '$', command: 'echo "${x}" `id`', output: '</TabItem>\n\u001b[31mred'},
      {prompt: '[root@node1 ~]#', command: 'ls', output: ''},
    ];
    const text = serializeSteps(steps);
    expect(text).not.toContain('"output":""');
    expect(parseSteps(text)).toEqual(steps);
  });

  test.each([[undefined], [''], ['{'], ['{}'], ['[1, null, {"prompt": 1}, {"prompt": "$"}]']])(
    '%j gives no steps',
    (text) => {
      expect(parseSteps(text)).toEqual([]);
    },
  );

  test('comment steps keep their kind; an unknown kind is dropped, the step kept', () => {
    const steps = [
      {prompt: '', command: '# 注释', output: '', kind: 'comment' as const},
      {prompt: '$', command: '', output: ''},
    ];
    expect(parseSteps(serializeSteps(steps))).toEqual(steps);
    expect(parseSteps('[{"prompt":"$","command":"ls","kind":"other"}]')).toEqual([
      {prompt: '$', command: 'ls', output: ''},
    ]);
  });

  test('entries with the wrong types are dropped', () => {
    expect(parseSteps('[{"prompt":"$","command":"ls","output":3},{"prompt":"$","command":"pwd"}]')).toEqual([
      {prompt: '$', command: 'pwd', output: ''},
    ]);
  });
});

describe('parseMeta', () => {
  test.each([
    [null, {transcript: false, noTranscript: false, prompts: [], rest: null}],
    ['title="a b" transcript', {transcript: true, noTranscript: false, prompts: [], rest: 'title="a b"'}],
    ['no-transcript {1,3}', {transcript: false, noTranscript: true, prompts: [], rest: '{1,3}'}],
    [
      'prompt="mongo> " prompt=\'db>\' prompt=x>',
      {transcript: false, noTranscript: false, prompts: ['mongo> ', 'db>', 'x>'], rest: null},
    ],
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
      expect(file.messages[0]).toMatchObject({
        line: 4,
        column: 1,
        ruleId: 'invalid-transcript',
        source: 'remark-shell-transcript',
      });
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
    expect(() =>
      unified()
        .use(remarkShellTranscript, {onInvalidTranscript: 'loud' as never})
        .freeze(),
    ).toThrow('"onInvalidTranscript" must be one of [ignore, log, warn, throw]');
  });
});
