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

/** What the scan learnt from one page, kept between scans (the dev server reloads the glossary often). */
interface ScannedPage {
  /** The file's content and the edition's glossary (terms, options) this result holds for. */
  value: string;
  glossary: string;
  /** Undefined when the page is left out: unreadable front matter, unparsable, or a draft. */
  page?: PageRef;
  used: string[];
}

const scans = new WeakMap<GlossaryStore, Map<string, ScannedPage>>();
const stats = new WeakMap<GlossaryStore, Map<string, {parsed: number; reused: number}>>();

/** How many pages the store's last scan of an edition parsed, and how many it took from earlier scans. */
export function usageScanStats(store: GlossaryStore, edition: Edition): {parsed: number; reused: number} {
  return {...(stats.get(store)?.get(edition.name) ?? {parsed: 0, reused: 0})};
}

function scanPage(
  store: GlossaryStore,
  edition: Edition,
  source: string,
  file: string,
  value: string,
): Omit<ScannedPage, 'value' | 'glossary'> {
  let frontMatter: Record<string, unknown>;
  let tree: Root;
  try {
    frontMatter = readFrontMatter(file, value);
    tree = parsePage(value);
  } catch {
    return {used: []}; // the build reports broken pages; a usage list must not crash it
  }
  // Drafts are not built in production: a link to one would be broken.
  if (frontMatter.draft === true) return {used: []};
  const used = linkTree(tree, {
    store,
    options: store.options,
    location: {edition, source},
    locale: undefined,
    file,
    onUnknownTerm: 'ignore',
  });
  return {page: {source, title: titleOf(tree, frontMatter, source)}, used: [...used]};
}

/**
 * Parses every page of the edition and links it as the build would. A page whose
 * content and edition glossary are unchanged since the store's last scan is not
 * parsed again: the dev server rescans on every term page change.
 */
export function computeUsage(store: GlossaryStore, edition: Edition): Usage {
  const usage: Usage = new Map();
  const ignore = store.options.usageIgnore;
  let cache = scans.get(store);
  if (!cache) {
    cache = new Map();
    scans.set(store, cache);
  }
  const count = {parsed: 0, reused: 0};
  // Everything of the glossary a page's links depend on (a changed term body changes nothing here).
  const glossary = JSON.stringify({edition: edition.name, options: store.options, terms: edition.terms});
  for (const source of listPages(edition.root)) {
    if (ignore.some((prefix) => source.startsWith(prefix))) continue;
    const file = path.join(edition.root, source);
    let value: string;
    try {
      value = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    let scanned = cache.get(file);
    if (scanned && scanned.value === value && scanned.glossary === glossary) {
      count.reused += 1;
    } else {
      scanned = {value, glossary, ...scanPage(store, edition, source, file, value)};
      cache.set(file, scanned);
      count.parsed += 1;
    }
    if (!scanned.page) continue;
    const page: PageRef = {...scanned.page};
    for (const id of scanned.used) {
      const pages = usage.get(id) ?? [];
      pages.push(page);
      usage.set(id, pages);
    }
  }
  if (!stats.has(store)) stats.set(store, new Map());
  stats.get(store)!.set(edition.name, count);
  return usage;
}

GlossaryStore.computeUsage = computeUsage;
