/**
 * Parses a page the way Docusaurus compiles docs: MDX with GFM, directives
 * (admonitions, `:term`) and YAML front matter. Rules work on this tree only.
 */
import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import {load} from 'js-yaml';
import type {Point} from 'unist';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkMdx);

export type Parsed =
  | {
      ok: true;
      tree: Root;
      frontMatter: Record<string, unknown> | undefined;
      frontMatterError?: {message: string; point: Point};
    }
  | {ok: false; message: string; point: Point};

export function parsePage(source: string): Parsed {
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    return {ok: false, ...syntaxError(error)};
  }
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yaml) return {ok: true, tree, frontMatter: undefined};
  try {
    const data = load(yaml.value);
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    return {ok: true, tree, frontMatter: isObject ? (data as Record<string, unknown>) : undefined};
  } catch (error) {
    const mark = (error as {mark?: {line: number; column: number}}).mark;
    const start = yaml.position?.start.line ?? 1;
    return {
      ok: true,
      tree,
      frontMatter: undefined,
      frontMatterError: {
        message: `Front matter is not valid YAML: ${(error as {reason?: string}).reason ?? String(error)}`,
        point: mark ? {line: start + 1 + mark.line, column: mark.column + 1} : {line: start, column: 1},
      },
    };
  }
}

/** Turns a micromark/MDX parse error into a message with a hint for the usual causes. */
function syntaxError(error: unknown): {message: string; point: Point} {
  const message = error as {
    reason?: string;
    message?: string;
    line?: number;
    column?: number;
    place?: Point | {start: Point};
  };
  const place = message.place && 'start' in message.place ? message.place.start : message.place;
  const point = {line: place?.line ?? message.line ?? 1, column: place?.column ?? message.column ?? 1};
  const reason = (message.reason ?? message.message ?? String(error)).split('\n')[0];
  return {
    message: `MDX cannot parse this page: ${reason}. A bare \`{\` or \`<\` in prose is read as code: put it in inline code, or write \`\\{\` / \`&lt;\``,
    point,
  };
}
