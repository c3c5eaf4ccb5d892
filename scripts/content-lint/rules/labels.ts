/**
 * `security-markup-label`: page titles, sidebar and pagination labels, and
 * headings are plain text. The search index, the sidebar and the browser tab
 * show them, and some of those consumers render them as HTML, so markup there
 * (even entity-escaped in the source: the heading's text is what counts) is
 * rejected. Inline code in a heading is left alone: `` `<none>` `` is a Docker
 * image tag, and the theme renders it as code.
 */
import type {Heading, Nodes, Yaml} from 'mdast';
import {visit} from 'unist-util-visit';
import type {Rule, RuleContext} from '../types';

/** Something a browser would read as a tag, comment or declaration: `<x`, `</`, `<!`, `<?`. */
const MARKUP = /<[A-Za-z/!?]/u;
const LABEL_KEYS = ['title', 'sidebar_label', 'pagination_label'];

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** Text of a heading as readers and indexes see it, without inline code. */
function headingText(node: Heading): string {
  let text = '';
  visit(node, (child: Nodes) => {
    if (child.type === 'inlineCode') return 'skip';
    if (child.type === 'text') text += child.value;
    return undefined;
  });
  return text;
}

export const markupInLabelRule: Rule = (context) => {
  checkFrontMatter(context);
  visit(context.tree, 'heading', (node) => {
    if (hasMarkup(headingText(node))) {
      context.report(
        'security-markup-label',
        'Markup in a heading: headings are plain text (search results and the table of contents show them); write the tag in inline code',
        node,
      );
    }
  });
};

function checkFrontMatter(context: RuleContext): void {
  const {frontMatter} = context;
  const yaml = context.tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!frontMatter || !yaml) return;
  const lines = yaml.value.split('\n');
  const start = yaml.position?.start.line ?? 1;
  for (const key of LABEL_KEYS) {
    const value = frontMatter[key];
    if (typeof value !== 'string' || !hasMarkup(value)) continue;
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    context.report('security-markup-label', `Markup in front matter \`${key}\`: it is plain text (no tags)`, {
      line: index === -1 ? start : start + 1 + index,
      column: 1,
    });
  }
}
