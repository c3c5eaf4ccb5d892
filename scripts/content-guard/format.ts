/**
 * Which format (`md` or `mdx`) the MDX loader compiles a page in, decided as
 * Docusaurus decides it: the page's `mdx.format` front matter, else the site's
 * `markdown.format`; `detect` picks by file extension. Pure: no file system.
 */
export type MarkdownFormat = 'md' | 'mdx';
export type FormatOption = MarkdownFormat | 'detect';

/** Extensions the MDX loader compiles as CommonMark under `detect`. */
const MD_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron'];

function byExtension(file: string): MarkdownFormat {
  const dot = file.lastIndexOf('.');
  return dot !== -1 && MD_EXTENSIONS.includes(file.slice(dot).toLowerCase()) ? 'md' : 'mdx';
}

/** The page's own format request (`mdx: {format: ...}`), or undefined when it makes none. */
export function frontMatterFormat(frontMatter: Record<string, unknown> | undefined): unknown {
  const mdx = frontMatter?.mdx;
  return mdx && typeof mdx === 'object' && !Array.isArray(mdx) ? (mdx as Record<string, unknown>).format : undefined;
}

export function pageFormat(
  file: string,
  frontMatter: Record<string, unknown> | undefined,
  siteFormat: FormatOption = 'mdx',
): MarkdownFormat {
  const requested = frontMatterFormat(frontMatter);
  const option = requested === 'md' || requested === 'mdx' || requested === 'detect' ? requested : siteFormat;
  return option === 'detect' ? byExtension(file) : option;
}
