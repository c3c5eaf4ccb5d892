/**
 * `unknown-directive`: remark-directive reads `:name` in prose as a directive,
 * so `nginx:latest`, `-v /data:/data:z` or `4:1` written outside inline code
 * hide a `:latest`, `:z`, `:1` directive. Docusaurus turns unused directives
 * back into text in paragraphs, but not everywhere: in a heading the text is
 * lost from the table of contents. Our only directives are `:term[...]` and
 * the admonitions (`:::tip` ...). Error in headings, warning elsewhere.
 */
import type {Nodes, Parents} from 'mdast';
import type {Rule, RuleContext} from '../types';

export const TEXT_DIRECTIVES: ReadonlySet<string> = new Set(['term']);
/** Docusaurus admonition keywords. */
export const CONTAINER_DIRECTIVES: ReadonlySet<string> = new Set([
  'note',
  'tip',
  'info',
  'warning',
  'danger',
  'caution',
  'important',
  'secondary',
  'success',
]);

export const unknownDirectiveRule: Rule = (context) => {
  walk(context, context.tree, false);
};

function walk(context: RuleContext, parent: Parents, inHeading: boolean): void {
  for (const node of parent.children as Nodes[]) {
    check(context, node, inHeading);
    if ('children' in node) walk(context, node as Parents, inHeading || node.type === 'heading');
  }
}

function check(context: RuleContext, node: Nodes, inHeading: boolean): void {
  if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
  if (node.type === 'textDirective' && TEXT_DIRECTIVES.has(node.name)) return;
  if (node.type === 'containerDirective' && CONTAINER_DIRECTIVES.has(node.name)) return;
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  const written = `${colons}${node.name}`;
  const message =
    node.type === 'containerDirective'
      ? `\`${written}\` is not an admonition: use :::note, :::tip, :::info, :::warning or :::danger`
      : `\`${written}\` is read as a directive, not text${inHeading ? ' (it disappears from the table of contents)' : ''}: put it in inline code, e.g. \`nginx:latest\`, \`-v /src:/dst:z\`, or write \`\\:\``;
  context.report(
    'unknown-directive',
    message,
    node,
    inHeading || node.type === 'containerDirective' ? 'error' : 'warning',
  );
}
