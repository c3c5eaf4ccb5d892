/**
 * Pages a maintainer allows to choose their own format with `mdx: {format: ...}`
 * front matter, as paths relative to the site root. A page compiled as
 * CommonMark passes raw HTML to the reader's browser, so each entry is a
 * reviewed decision; the build and the content lint both read this list.
 */
export const FORMAT_SWITCH_ALLOWED: readonly string[] = [];
