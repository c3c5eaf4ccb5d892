/**
 * Parses a page the way Docusaurus compiles it: the MDX loader's text
 * preprocessing (```` ```mdx-code-block ```` fences unwrapped into live MDX,
 * `{#id}` heading ids escaped), then MDX (or CommonMark when the page's front
 * matter switches its format) with GFM, directives (admonitions, `:term`) and
 * YAML front matter. Rules work on this tree only; positions are those of the
 * file as written.
 */
import type {Root, Yaml} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import {load} from 'js-yaml';
import type {Point} from 'unist';
import {escapeMarkdownHeadingIds, unwrapMdxCodeBlocks} from '@docusaurus/utils';
import {frontMatterOpening} from '../content-guard/fence';
import {pageFormat, type FormatOption, type MarkdownFormat} from '../content-guard/format';

const frontMatterOnly = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const mdProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);
const mdxProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkMdx);

export interface ParseOptions {
  /** Path of the page (its extension matters when the format is `detect`). */
  file?: string;
  /** The site's `markdown.format`. */
  siteFormat?: FormatOption;
}

export type Parsed =
  | {
      ok: true;
      tree: Root;
      format: MarkdownFormat;
      frontMatter: Record<string, unknown> | undefined;
      frontMatterError?: {message: string; point: Point};
      /** Line in the file as written, for each line (1-based index) of the tree's positions. */
      originalLine(line: number): number;
    }
  | {ok: false; rule: 'mdx-syntax' | 'security-front-matter' | 'nesting-depth'; message: string; point: Point};

/**
 * Deepest container nesting a page may have: block quote markers, or columns of
 * indentation before a line's text. The Markdown parser's time grows faster
 * than linearly with nesting (a 500-deep list takes seconds), and no page needs
 * more than a few levels; YAML in a code block stays far below the column limit.
 */
export const MAX_QUOTE_DEPTH = 64;
export const MAX_INDENT_COLUMNS = 256;

/** The first line nested deeper than the limits, checked before any parsing. */
function tooDeep(source: string): {message: string; point: Point} | undefined {
  let line = 1;
  let start = 0;
  while (start <= source.length) {
    const end = source.indexOf('\n', start);
    const stop = end === -1 ? source.length : end;
    let quotes = 0;
    let columns = 0;
    for (let i = start; i < stop; i += 1) {
      const char = source[i];
      if (char === '>') quotes += 1;
      else if (char === ' ') columns += 1;
      else if (char === '\t') columns += 4 - (columns % 4);
      else if (!'-*+.)0123456789'.includes(char)) break;
      if (quotes > MAX_QUOTE_DEPTH || columns > MAX_INDENT_COLUMNS) {
        return {
          message: `Nested too deep (more than ${MAX_QUOTE_DEPTH} block quotes or ${MAX_INDENT_COLUMNS} columns of indentation): flatten the lists or quotes`,
          point: {line, column: i - start + 1},
        };
      }
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return undefined;
}

export function parsePage(rawSource: string, options: ParseOptions = {}): Parsed {
  const opening = frontMatterOpening(rawSource);
  if (opening && opening.language !== '') {
    return {
      ok: false,
      rule: 'security-front-matter',
      message: `Front matter opens with \`${opening.line}\`: only \`---\` (YAML) is allowed; other engines run code at build time`,
      point: {line: 1, column: opening.column},
    };
  }
  const deep = tooDeep(rawSource);
  if (deep) return {ok: false, rule: 'nesting-depth', ...deep};
  // The build's front-matter parser drops a BOM; columns of line 1 shift by one, nothing else.
  const source = rawSource.startsWith('\uFEFF') ? rawSource.slice(1) : rawSource;
  const yamlNode = frontMatterOnly.parse(source).children[0];
  const yaml = yamlNode?.type === 'yaml' ? yamlNode : undefined;
  const {frontMatter, frontMatterError} = readYaml(yaml);
  const format = pageFormat(options.file ?? 'page.mdx', frontMatter, options.siteFormat);
  const preprocessed = escapeMarkdownHeadingIds(unwrapMdxCodeBlocks(source));
  const originalLine = lineMapper(source, preprocessed);
  let tree: Root;
  try {
    tree = (format === 'md' ? mdProcessor : mdxProcessor).parse(preprocessed);
  } catch (error) {
    const {message, point} = syntaxError(error);
    return {ok: false, rule: 'mdx-syntax', message, point: {line: originalLine(point.line), column: point.column}};
  }
  return {ok: true, tree, format, frontMatter, frontMatterError, originalLine};
}

function readYaml(yaml: Yaml | undefined): Pick<Extract<Parsed, {ok: true}>, 'frontMatter' | 'frontMatterError'> {
  if (!yaml) return {frontMatter: undefined};
  try {
    const data = load(yaml.value);
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    return {frontMatter: isObject ? (data as Record<string, unknown>) : undefined};
  } catch (error) {
    const mark = (error as {mark?: {line: number; column: number}}).mark;
    const start = yaml.position?.start.line ?? 1;
    return {
      frontMatter: undefined,
      frontMatterError: {
        message: `Front matter is not valid YAML: ${(error as {reason?: string}).reason ?? String(error)}`,
        point: mark ? {line: start + 1 + mark.line, column: mark.column + 1} : {line: start, column: 1},
      },
    };
  }
}

/**
 * The preprocessing only removes whole lines (the fences of unwrapped
 * `mdx-code-block`s), so the lines that remain are a subsequence of the file's:
 * match them in order to map a position back to the file as written.
 */
function lineMapper(original: string, preprocessed: string): (line: number) => number {
  if (original === preprocessed) return (line) => line;
  const before = original.split('\n');
  const after = preprocessed.split('\n');
  const map: number[] = [];
  let i = 0;
  for (const line of after) {
    const stripped = line.replace(/\\([{}])/gu, '$1');
    while (i < before.length && before[i] !== line && before[i] !== stripped) i += 1;
    map.push(i < before.length ? i + 1 : before.length);
    i += 1;
  }
  return (line) => map[line - 1] ?? line;
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
