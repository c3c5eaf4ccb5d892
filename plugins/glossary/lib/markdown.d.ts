import type { Root } from 'mdast';
/** Front matter of a Markdown text as an object (empty when there is none). Throws on invalid YAML. */
export declare function readFrontMatter(content: string): Record<string, unknown>;
/**
 * The mdast of a page as Docusaurus parses it: MDX for `.mdx` and (by
 * default) `.md`, CommonMark for `format: 'md'`. An MDX syntax error falls back
 * to CommonMark: the build reports the page itself; callers only read it.
 */
export declare function parsePage(value: string, format?: 'mdx' | 'md'): Root;
/** Markdown pages Docusaurus builds in a folder, relative with `/` (no `_` partials, no dot files, no tests). */
export declare function listPages(root: string, dir?: string): string[];
