/**
 * `indented-code`: MDX has no indented code blocks, so text indented by four
 * spaces becomes a paragraph (with its `{` and `<` parsed as code). Detected on
 * the tree: a paragraph that starts four or more columns right of where its
 * container's content starts.
 */
import type {Nodes, Parents} from 'mdast';
import type {Rule} from '../types';

export const indentedCodeRule: Rule = (context) => {
  walk(context.tree, 1);

  function walk(parent: Parents, contentColumn: number): void {
    for (const child of parent.children) {
      const column = child.position?.start.column;
      if (
        child.type === 'paragraph' &&
        !isDirectiveLabel(child) &&
        column !== undefined &&
        column >= contentColumn + 4
      ) {
        context.report(
          'indented-code',
          'Indented by 4 or more spaces: MDX renders this as a paragraph, not code. Use a fenced block (```console, ```bash, ```text)',
          child,
        );
      }
      if ('children' in child) walk(child as Parents, innerColumn(child, contentColumn));
    }
  }
};

/** Column where the children of `node` start when nothing is indented. */
function innerColumn(node: Nodes, outer: number): number {
  if (node.type === 'listItem') {
    const first = node.children[0]?.position?.start.column;
    return first ?? outer;
  }
  if (node.type === 'blockquote' || node.type === 'mdxJsxFlowElement') {
    const first = node.children[0]?.position?.start.column;
    return first ?? outer;
  }
  return outer;
}

/** The `[title]` of `:::info[title]` is a paragraph that starts mid-line. */
function isDirectiveLabel(node: Nodes): boolean {
  return Boolean((node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel);
}
