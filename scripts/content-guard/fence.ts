/**
 * What a front-matter parser makes of a file's first line. gray-matter (the
 * parser behind Docusaurus) strips a BOM, then reads `---<word>` as "parse this
 * block with engine <word>", and its `javascript` engine evaluates the block.
 * Pure: no file system.
 */

/** The front-matter opening of a file, or undefined when the file has no front matter. */
export interface FrontMatterOpening {
  /** The first line, without its line ending, e.g. `---js`. */
  line: string;
  /** The engine named after `---`, trimmed and lower-cased (`''` for a bare `---`). */
  language: string;
  /** Column (1-based) of the first character of the opening line: 2 after a BOM. */
  column: number;
}

/** Engines that parse the block as YAML, which is data only (js-yaml 4 has no code-running tags). */
export const YAML_LANGUAGES: readonly string[] = ['', 'yaml', 'yml'];

export function frontMatterOpening(source: string): FrontMatterOpening | undefined {
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  const text = source.slice(bom);
  // gray-matter: `---` opens front matter unless a fourth `-` follows (then it is a thematic break).
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const end = text.search(/\r?\n/u);
  const line = end === -1 ? text : text.slice(0, end);
  return {line, language: line.slice(3).trim().toLowerCase(), column: 1 + bom};
}
