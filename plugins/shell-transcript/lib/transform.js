"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.commandLanguage = commandLanguage;
exports.transcriptNode = transcriptNode;
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
const node_path_1 = __importDefault(require("node:path"));
const parse_1 = require("./parse");
const meta_1 = require("./meta");
const options_1 = require("./options");
const nodes_1 = require("./nodes");
const shared_1 = require("./shared");
const interop_1 = require("./interop");
const RULE_ID = 'invalid-transcript';
const SOURCE = 'remark-shell-transcript';
/** The language of the 命令 block: bash unless every step is the same REPL. */
function commandLanguage(steps) {
    const prompted = steps.filter((s) => s.kind !== 'comment' && s.prompt !== '');
    const all = (re) => prompted.length > 0 && prompted.every((s) => re.test(s.prompt));
    if (all(/^>>>$/))
        return 'python';
    if (all(/^(?:mysql>|MariaDB \[|[\w.-]+=)/))
        return 'sql';
    if (all(/^PS /))
        return 'powershell';
    return 'bash';
}
/** The MDX nodes replacing one transcript block. */
function transcriptNode(node, steps, meta) {
    const { position } = node;
    // Comments stay in the command block as shell comments; empty prompts add nothing to it.
    const typed = steps.filter((s) => s.command !== '');
    const commands = (0, nodes_1.createCode)(commandLanguage(steps), meta, typed.map((s) => s.command).join('\n'), position);
    if (steps.every((s) => s.output === ''))
        return commands;
    return (0, nodes_1.createElement)(shared_1.COMPONENT, {
        language: commands.lang ?? 'bash',
        commands: commands.value,
        steps: (0, shared_1.serializeSteps)(steps),
        // title="…", showLineNumbers, {1,3}: read by @theme/CodeBlock like any fence's meta.
        metastring: meta ?? undefined,
    }, [], position);
}
/** `file:line:column` of line `blockLine` (1-based) of the block's text. */
function place(node, file, blockLine) {
    const start = node.position?.start;
    if (!start)
        return { line: blockLine, column: 1 };
    // Fenced blocks start with the fence line; indented ones with their first line.
    const text = typeof file.value === 'string' ? file.value : '';
    const first = start.offset !== undefined ? text[start.offset] : '`';
    const fenced = first === '`' || first === '~';
    return { line: start.line + blockLine - (fenced ? 0 : 1), column: start.column };
}
function displayPath(file) {
    if (!file.path)
        return '<unknown file>';
    const relative = node_path_1.default.relative(process.cwd(), file.path);
    return relative.startsWith('..') ? file.path : relative;
}
function report(node, file, reason, blockLine, options) {
    if (options.onInvalidTranscript === 'ignore')
        return;
    const { line, column } = place(node, file, blockLine);
    const message = `${displayPath(file)}:${line}:${column}: this \`${node.lang}\` block is not a valid shell transcript: ${reason}. ` +
        'It is shown as a plain code block. Start it with a prompt line such as `$ docker ps`, ' +
        'or add `no-transcript` after the language (```' +
        `${node.lang} no-transcript) if it is not a session.`;
    // Docusaurus does not print vfile messages, hence the logger; the vfile
    // message is for other unified tooling and tests.
    file.message(reason, { place: { line, column }, ruleId: RULE_ID, source: SOURCE });
    interop_1.logger.report(options.onInvalidTranscript)(message);
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
function forEachCode(parent, fn) {
    const { children } = parent;
    for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child.type === 'code')
            fn(child, index, parent);
        else if ('children' in child)
            forEachCode(child, fn);
    }
}
/**
 * remark plugin turning shell transcripts into 命令 / 输出 tabs.
 * Never throws on content unless `onInvalidTranscript: 'throw'`.
 */
const remarkShellTranscript = function remarkShellTranscript(options) {
    const normalized = (0, options_1.validateOptions)(options ?? {});
    return (tree, file) => {
        let converted = false;
        forEachCode(tree, (node, index, parent) => {
            const meta = (0, meta_1.parseMeta)(node.meta);
            if (meta.noTranscript)
                return;
            const declared = meta.transcript || (0, parse_1.isSessionLanguage)(node.lang);
            const result = (0, parse_1.parseTranscriptDetailed)(node.value, {
                lang: meta.transcript ? 'console' : (node.lang ?? undefined),
                prompts: [...normalized.prompts, ...meta.prompts],
            });
            if (!result.ok) {
                if (declared)
                    report(node, file, result.failure.reason, result.failure.line, normalized);
                return;
            }
            const replacement = transcriptNode(node, result.steps, meta.rest);
            if (replacement.type !== 'code')
                converted = true;
            parent.children[index] = replacement;
        });
        if (converted)
            (0, nodes_1.ensureDefaultImport)(tree, shared_1.COMPONENT, shared_1.COMPONENT_MODULE);
    };
};
exports.default = remarkShellTranscript;
