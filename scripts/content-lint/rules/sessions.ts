/**
 * Shell sessions, judged by the transcript plugin's own parser
 * (`@docker-k8s-notes/docusaurus-theme-shell-transcript/parse`), so the lint and the build agree:
 * - `session-parse`: a block tagged as a session (`console`, `shell-session`,
 *   ... or meta `transcript`) that the parser rejects; the build would leave it
 *   as a plain block without tabs.
 * - `bash-prompt`: a `bash`/`sh`/`shell`/`zsh` block with a prompt line
 *   (`$ docker ps`, `[root@node1 ~]# ...`): a pasted session in a script block.
 */
import type {Code} from 'mdast';
import {visit} from 'unist-util-visit';
import {
  isSessionLanguage,
  parseMeta,
  parseTranscriptDetailed,
} from '@docker-k8s-notes/docusaurus-theme-shell-transcript/parse';
import type {Rule, RuleContext} from '../types';

const SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'zsh']);

export const sessionRule: Rule = (context) => {
  visit(context.tree, 'code', (node) => {
    const lang = node.lang?.toLowerCase() ?? '';
    const meta = parseMeta(node.meta);
    if (meta.noTranscript) return;
    // Same language rule as the plugin's transform: `transcript` meta reads the block as `console`.
    if (meta.transcript) checkSession(context, node, 'console', meta.prompts);
    else if (isSessionLanguage(lang)) checkSession(context, node, lang, meta.prompts);
    else if (SCRIPT_LANGUAGES.has(lang)) checkScript(context, node, lang);
  });
};

function checkSession(context: RuleContext, node: Code, lang: string, prompts: string[]): void {
  const result = parseTranscriptDetailed(node.value, {lang, prompts});
  if (result.ok) return;
  context.report(
    'session-parse',
    `This \`${node.lang ?? 'console'}\` session does not parse: ${result.failure.reason}. Start every command line with a prompt (\`$ \`, \`[root@node1 ~]# \`, \`root@node1:~# \`); continue commands with \` \\\` or a heredoc`,
    contentPoint(node, result.failure.line),
  );
}

function checkScript(context: RuleContext, node: Code, lang: string): void {
  const lines = node.value.split('\n');
  const index = lines.findIndex((line) => {
    const single = parseTranscriptDetailed(line, {lang});
    return single.ok && single.steps.length > 0;
  });
  if (index === -1) return;
  const prompt = parseTranscriptDetailed(lines[index], {lang});
  const shown = prompt.ok ? prompt.steps[0].prompt : '$';
  context.report(
    'bash-prompt',
    `A \`${node.lang}\` block with a prompt (\`${shown}\`): a pasted session is tagged \`console\` so it gets 命令/输出 tabs; a script has no prompts`,
    contentPoint(node, index + 1),
  );
}

/** Line `line` (1-based) of a fenced block's content: the fence is on the node's first line. */
function contentPoint(node: Code, line: number): {line: number; column: number} {
  const start = node.position?.start ?? {line: 1, column: 1};
  return {line: start.line + line, column: start.column};
}
