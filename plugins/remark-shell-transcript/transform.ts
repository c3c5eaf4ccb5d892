/**
 * The remark plugin: finds transcript code blocks at any depth, asks the
 * parser for steps, and swaps each block for MDX JSX nodes:
 *
 *   <ShellTranscript>
 *     <Tabs groupId="shell-transcript" queryString>
 *       <TabItem value="command" label={<ShellTranscriptLabel tab="command" />}>
 *         ```bash  (every command, prompts removed)
 *       </TabItem>
 *       <TabItem value="output" label={<ShellTranscriptLabel tab="output" />}>
 *         <ShellTranscriptOutput>
 *           <ShellTranscriptStep prompt="$" command="…" output="…" />
 *         </ShellTranscriptOutput>
 *       </TabItem>
 *     </Tabs>
 *   </ShellTranscript>
 *
 * All of these come from the site's MDXComponents, so no import is injected.
 */
import path from 'node:path';
import type {Code, Parent, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {isSessionLanguage, parseTranscriptDetailed, type TranscriptStep} from './parse';
import {parseMeta} from './meta';
import {validateOptions, type NormalizedOptions, type Options} from './options';
import {createCode, createElement, createElementExpression} from './nodes';
import {logger} from './interop';

export const GROUP_ID = 'shell-transcript';
const RULE_ID = 'invalid-transcript';
const SOURCE = 'remark-shell-transcript';

/** The language of the 命令 block: bash unless every step is the same REPL. */
export function commandLanguage(steps: readonly TranscriptStep[]): string {
  const all = (re: RegExp): boolean => steps.every((s) => re.test(s.prompt));
  if (all(/^>>>$/)) return 'python';
  if (all(/^(?:mysql>|MariaDB \[|[\w.-]+=)/)) return 'sql';
  if (all(/^PS /)) return 'powershell';
  return 'bash';
}

/** The MDX nodes replacing one transcript block. */
export function transcriptNode(node: Code, steps: TranscriptStep[], meta: string | null): Code | ReturnType<typeof createElement> {
  const {position} = node;
  const commands = createCode(commandLanguage(steps), meta, steps.map((s) => s.command).join('\n'), position);
  if (steps.every((s) => s.output === '')) return commands;

  const label = (tab: string) => createElementExpression('ShellTranscriptLabel', 'tab', tab);
  const outputSteps = steps.map((s) =>
    createElement(
      'ShellTranscriptStep',
      {prompt: s.prompt, command: s.command, output: s.output === '' ? undefined : s.output},
      [],
      position,
    ),
  );
  return createElement(
    'ShellTranscript',
    {},
    [
      createElement(
        'Tabs',
        {groupId: GROUP_ID, queryString: true},
        [
          createElement('TabItem', {value: 'command', label: label('command')}, [commands], position),
          createElement(
            'TabItem',
            {value: 'output', label: label('output')},
            [createElement('ShellTranscriptOutput', {}, outputSteps, position)],
            position,
          ),
        ],
        position,
      ),
    ],
    position,
  );
}

/** `file:line:column` of line `blockLine` (1-based) of the block's text. */
function place(node: Code, file: VFile, blockLine: number): {line: number; column: number} {
  const start = node.position?.start;
  if (!start) return {line: blockLine, column: 1};
  // Fenced blocks start with the fence line; indented ones with their first line.
  const text = typeof file.value === 'string' ? file.value : '';
  const first = start.offset !== undefined ? text[start.offset] : '`';
  const fenced = first === '`' || first === '~';
  return {line: start.line + blockLine - (fenced ? 0 : 1), column: start.column};
}

function displayPath(file: VFile): string {
  if (!file.path) return '<unknown file>';
  const relative = path.relative(process.cwd(), file.path);
  return relative.startsWith('..') ? file.path : relative;
}

function report(node: Code, file: VFile, reason: string, blockLine: number, options: NormalizedOptions): void {
  if (options.onInvalidTranscript === 'ignore') return;
  const {line, column} = place(node, file, blockLine);
  const message =
    `${displayPath(file)}:${line}:${column}: this \`${node.lang}\` block is not a valid shell transcript: ${reason}. ` +
    'It is shown as a plain code block. Start it with a prompt line such as `$ docker ps`, ' +
    'or add `no-transcript` after the language (```' +
    `${node.lang} no-transcript) if it is not a session.`;
  // Docusaurus does not print vfile messages, hence the logger; the vfile
  // message is for other unified tooling and tests.
  file.message(reason, {place: {line, column}, ruleId: RULE_ID, source: SOURCE});
  logger.report(options.onInvalidTranscript)(message);
}

/**
 * Calls `fn` for every `code` node at any depth (lists, blockquotes,
 * directives, JSX such as <details>). The nodes `fn` puts in a code node's
 * place are not walked, so the generated command block is never parsed
 * again. A plain loop rather than unist-util-visit: visit-parents allocates
 * a parents array per node, which was over half of this plugin's time on
 * the site's docs (bench/transcript.ts).
 */
function forEachCode(parent: Parent, fn: (node: Code, index: number, parent: Parent) => void): void {
  const {children} = parent;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type === 'code') fn(child, index, parent);
    else if ('children' in child) forEachCode(child, fn);
  }
}

/**
 * remark plugin turning shell transcripts into 命令 / 输出 tabs.
 * Never throws on content unless `onInvalidTranscript: 'throw'`.
 */
const remarkShellTranscript: Plugin<[Options?], Root> = function remarkShellTranscript(options) {
  const normalized = validateOptions(options ?? {});
  return (tree, file) => {
    forEachCode(tree, (node, index, parent) => {
      const meta = parseMeta(node.meta);
      if (meta.noTranscript) return;
      const declared = meta.transcript || isSessionLanguage(node.lang);
      const result = parseTranscriptDetailed(node.value, {
        lang: meta.transcript ? 'console' : (node.lang ?? undefined),
        prompts: [...normalized.prompts, ...meta.prompts],
      });
      if (!result.ok) {
        if (declared) report(node, file, result.failure.reason, result.failure.line, normalized);
        return;
      }
      parent.children[index] = transcriptNode(node, result.steps, meta.rest) as (typeof parent.children)[number];
    });
  };
};

export default remarkShellTranscript;
