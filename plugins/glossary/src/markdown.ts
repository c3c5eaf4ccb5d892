/**
 * Reading Markdown the way Docusaurus does, for the glossary and for the
 * site's tools (lint, checks, bench): front matter (YAML only: a `---js`
 * fence is never evaluated), the mdast of a page (MDX, GFM, directives), and
 * the list of pages in a folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {unified, type Processor} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import type {Root} from 'mdast';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const MARKDOWN_FILE = /\.mdx?$/;

/** Front matter of a Markdown text as an object (empty when there is none). Throws on invalid YAML. */
export function readFrontMatter(content: string): Record<string, unknown> {
  const block = FRONT_MATTER.exec(content.startsWith('\uFEFF') ? content.slice(1) : content);
  if (!block) return {};
  const data = yaml.load(block[1]);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

let mdxParser: Processor<Root> | undefined;
let mdParser: Processor<Root> | undefined;

/**
 * The mdast of a page as Docusaurus parses it: MDX for `.mdx` and (by
 * default) `.md`, CommonMark for `format: 'md'`. An MDX syntax error falls back
 * to CommonMark: the build reports the page itself; callers only read it.
 */
export function parsePage(value: string, format: 'mdx' | 'md' = 'mdx'): Root {
  mdxParser ??= unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkFrontmatter) as unknown as Processor<Root>;
  mdParser ??= unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkFrontmatter) as unknown as Processor<Root>;
  if (format === 'md') return mdParser.parse(value);
  try {
    return mdxParser.parse(value);
  } catch {
    return mdParser.parse(value);
  }
}

/** Markdown pages Docusaurus builds in a folder, relative with `/` (no `_` partials, no dot files, no tests). */
export function listPages(root: string, dir = ''): string[] {
  const abs = path.join(root, dir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(abs, {withFileTypes: true});
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pages: string[] = [];
  for (const entry of entries) {
    const {name} = entry;
    if (name.startsWith('_') || name.startsWith('.') || name === '__tests__' || name === 'node_modules') continue;
    const rel = dir ? `${dir}/${name}` : name;
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && fs.statSync(path.join(abs, name)).isDirectory());
    if (isDir) pages.push(...listPages(root, rel));
    else if (MARKDOWN_FILE.test(name) && !/\.test\.mdx?$/.test(name)) pages.push(rel);
  }
  return pages;
}
