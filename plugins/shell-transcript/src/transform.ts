/**
 * The remark plugin: finds transcript code blocks at any depth, asks the
 * parser for steps, and swaps each block for one MDX JSX element:
 *
 *   <ShellTranscript language="bash" commands="docker ps" steps='[{"prompt":"$",…}]' />
 *
 * Every attribute is a plain string: no JS expression is evaluated and author
 * text reaches React as text. The theme component (src/theme/ShellTranscript)
 * renders the 命令 / 输出 tabs with @theme/Tabs. One element per session keeps
 * what MDX has to compile small (bench/transcript.ts). The element's import is
 * added to the page (once, only when a session was converted), so pages do not
 * depend on which theme registers MDX components last.
 */
import path from 'node:path';
import type {Code, Parent, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {isSessionLanguage, parseTranscriptDetailed, type TranscriptStep} from './parse';
import {parseMeta} from './meta';
import {validateOptions, type NormalizedOptions, type Options} from './options';
import {createCode, createElement, ensureDefaultImport} from './nodes';
import {COMPONENT, COMPONENT_MODULE, serializeSteps} from './shared';
import {logger} from './interop';

const RULE_ID = 'invalid-transcript';
const SOURCE = 'remark-shell-transcript';

/** The language of the 命令 block: bash unless every step is the same REPL. */
export function commandLanguage(steps: readonly TranscriptStep[]): string {
  const prompted = steps.filter((s) => s.kind !== 'comment' && s.prompt !== '');
  const all = (re: RegExp): boolean => prompted.length > 0 && prompted.every((s) => re.test(s.prompt));
  if (all(/^>>>$/)) return 'python';
  if (all(/^(?:mysql>|MariaDB \[|[\w.-]+=)/)) return 'sql';
  if (all(/^PS /)) return 'powershell';
  return 'bash';
}

/** The MDX nodes replacing one transcript block. */
export function transcriptNode(
  node: Code,
  steps: TranscriptStep[],
  meta: string | null,
): Code | ReturnType<typeof createElement> {
  const {position} = node;
  // Comments stay in the command block as shell comments; empty prompts add nothing to it.
  const typed = steps.filter((s) => s.command !== '');
  const commands = createCode(commandLanguage(steps), meta, typed.map((s) => s.command).join('\n'), position);
  if (steps.every((s) => s.output === '')) return commands;
  return createElement(
    COMPONENT,
    {
      language: commands.lang ?? 'bash',
      commands: commands.value,
      steps: serializeSteps(steps),
      // title="…", showLineNumbers, {1,3}: read by @theme/CodeBlock like any fence's meta.
      metastring: meta ?? undefined,
    },
    [],
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
 * directives, JSX such as <details>). A code node has no children, so the
 * nodes `fn` puts in its place are not walked: the generated command block
 * is never parsed again.
 *
 * A plain loop rather than unist-util-visit, measured: over the site's 194
 * docs, `visit(tree, 'code', …)` alone takes 35–50 ms per pass and `visit`
 * with SKIP on phrasing-only nodes 9–18 ms, against 3 ms for this loop
 * (visit-parents builds a parents array and closures per node); and the
 * whole budget of the plugin is 3 % of a ~1.8 s compile, about 55 ms.
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
    let converted = false;
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
      const replacement = transcriptNode(node, result.steps, meta.rest);
      if (replacement.type !== 'code') converted = true;
      parent.children[index] = replacement as (typeof parent.children)[number];
    });
    if (converted) ensureDefaultImport(tree, COMPONENT, COMPONENT_MODULE);
  };
};

export default remarkShellTranscript;
