/**
 * Which pages of an edition use which term: every page is parsed the way
 * Docusaurus parses it and run through the same linker, so "出现在" lists
 * exactly the pages where a link (automatic or `:term[...]`) appears.
 */
import fs from 'node:fs';
import path from 'node:path';
import {unified, type Processor} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {readFrontMatter, type Edition} from './load';
import {GlossaryStore, type PageRef, type Usage} from './store';
import {linkTree} from './transform';

const MARKDOWN_FILE = /\.mdx?$/;

let mdxParser: Processor<Root> | undefined;
let mdParser: Processor<Root> | undefined;

/** Parses a page as MDX, falling back to plain Markdown (a page MDX rejects fails the build anyway). */
export function parsePage(value: string): Root {
  mdxParser ??= unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).use(remarkFrontmatter) as unknown as Processor<Root>;
  mdParser ??= unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkFrontmatter) as unknown as Processor<Root>;
  try {
    return mdxParser.parse(value);
  } catch {
    return mdParser.parse(value);
  }
}

/** Markdown pages Docusaurus builds in a folder (no `_` partials, no tests). */
export function listPages(root: string, dir = ''): string[] {
  const abs = path.join(root, dir);
  let names: string[];
  try {
    names = fs.readdirSync(abs).sort();
  } catch {
    return [];
  }
  const pages: string[] = [];
  for (const name of names) {
    if (name.startsWith('_') || name.startsWith('.') || name === '__tests__' || name === 'node_modules') continue;
    const rel = dir ? `${dir}/${name}` : name;
    if (fs.statSync(path.join(abs, name)).isDirectory()) pages.push(...listPages(root, rel));
    else if (MARKDOWN_FILE.test(name) && !/\.test\.mdx?$/.test(name)) pages.push(rel);
  }
  return pages;
}

function titleOf(tree: Root, frontMatter: Record<string, unknown>, source: string): string {
  for (const key of ['title', 'sidebar_label']) {
    const value = frontMatter[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  return h1 ? toString(h1) : path.posix.basename(source).replace(MARKDOWN_FILE, '');
}

export function computeUsage(store: GlossaryStore, edition: Edition): Usage {
  const usage: Usage = new Map();
  const ignore = store.options.usageIgnore;
  for (const source of listPages(edition.root)) {
    if (ignore.some((prefix) => source.startsWith(prefix))) continue;
    const file = path.join(edition.root, source);
    let frontMatter: Record<string, unknown>;
    let tree: Root;
    try {
      const value = fs.readFileSync(file, 'utf8');
      frontMatter = readFrontMatter(file, value);
      tree = parsePage(value);
    } catch {
      continue; // the build reports broken pages; a usage list must not crash it
    }
    // Drafts are not built in production: a link to one would be broken.
    if (frontMatter.draft === true) continue;
    const used = linkTree(tree, {
      store,
      options: store.options,
      location: {edition, source},
      locale: undefined,
      file,
      onUnknownTerm: 'ignore',
    });
    const page: PageRef = {source, title: titleOf(tree, frontMatter, source)};
    for (const id of used) {
      const pages = usage.get(id) ?? [];
      pages.push(page);
      usage.set(id, pages);
    }
  }
  return usage;
}

GlossaryStore.computeUsage = computeUsage;
