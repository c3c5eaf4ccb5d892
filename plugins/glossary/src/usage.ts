/**
 * Which pages of an edition use which term: every page is parsed the way
 * Docusaurus parses it and run through the same linker, so "used on" lists
 * exactly the pages where a link (automatic or `:term[...]`) appears. That is
 * one extra parse of each page per build; a page whose text and glossary are
 * unchanged since the instance's last scan (dev server) is not parsed again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import type {Edition, SourcePage} from './load';
import {parsePage, readFrontMatter} from './markdown';
import type {GlossaryStore, PageRef, Usage} from './store';
import {linkTree} from './transform';

const MARKDOWN_FILE = /\.mdx?$/;

/** What the scan learnt from one page, kept between scans. */
export interface ScannedPage {
  /** The file's text and the edition's glossary (terms, options) this result holds for. */
  value: string;
  glossary: string;
  /** Undefined when the page is left out: unreadable, or a draft. */
  page?: PageRef;
  used: string[];
}

/** Per file; owned by one glossary instance. */
export type UsageCache = Map<string, ScannedPage>;

/** How many pages the last scan of an edition parsed, and how many it reused. */
export function usageScanStats(store: GlossaryStore, edition: Edition): {parsed: number; reused: number} {
  return {...(store.scanStats.get(edition.name) ?? {parsed: 0, reused: 0})};
}

function titleOf(page: SourcePage, tree: Root, frontMatter: Record<string, unknown>, source: string): string {
  if (page.title) return page.title;
  for (const key of ['title', 'sidebar_label']) {
    const value = frontMatter[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  return h1 ? toString(h1) : path.posix.basename(source).replace(MARKDOWN_FILE, '');
}

function scanPage(
  store: GlossaryStore,
  edition: Edition,
  page: SourcePage,
  source: string,
  value: string,
): Omit<ScannedPage, 'value' | 'glossary'> {
  let frontMatter: Record<string, unknown>;
  let tree: Root;
  try {
    frontMatter = page.frontMatter ?? readFrontMatter(value);
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
    file: page.file,
    onUnknownTerm: 'ignore',
  });
  return {page: {source, file: page.file, title: titleOf(page, tree, frontMatter, source)}, used: [...used]};
}

export function computeUsage(store: GlossaryStore, edition: Edition): Usage {
  const usage: Usage = new Map();
  const ignore = [`${store.options.glossaryDir}/`, ...store.options.usageIgnore];
  const cache = store.usageCache;
  const count = {parsed: 0, reused: 0};
  // Everything of the glossary a page's links depend on (a changed term body changes nothing here).
  const glossary = JSON.stringify({edition: edition.name, options: store.options, terms: edition.terms});
  for (const page of edition.pages) {
    const source = path.relative(
      page.file.startsWith(edition.localizedRoot ?? '\0') ? edition.localizedRoot! : edition.root,
      page.file,
    );
    const posix = source.split(path.sep).join('/');
    if (posix.startsWith('..') || ignore.some((prefix) => posix.startsWith(prefix))) continue;
    let value: string;
    try {
      value = fs.readFileSync(page.file, 'utf8');
    } catch {
      continue;
    }
    let scanned = cache.get(page.file);
    if (scanned && scanned.value === value && scanned.glossary === glossary) {
      count.reused += 1;
    } else {
      scanned = {value, glossary, ...scanPage(store, edition, page, posix, value)};
      cache.set(page.file, scanned);
      count.parsed += 1;
    }
    if (!scanned.page) continue;
    for (const id of scanned.used) {
      const pages = usage.get(id) ?? [];
      pages.push(scanned.page);
      usage.set(id, pages);
    }
  }
  store.scanStats.set(edition.name, count);
  return usage;
}
