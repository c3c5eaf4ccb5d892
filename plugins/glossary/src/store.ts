/**
 * One glossary's data for one build: the editions with their terms, the
 * matchers, and (lazily) which pages use which term. Owned by the instance
 * `createGlossary` returns; nothing here is shared between instances.
 */
import path from 'node:path';
import {sourceOf, type Edition, type Glossary, type Term} from './load';
import {createMatcher, type Matcher, type Spelling} from './match';
import type {NormalizedOptions} from './options';
import {computeUsage, type UsageCache} from './usage';

/** Where a Markdown file sits: its edition and its path inside the edition. */
export interface Location {
  edition: Edition;
  /** Path relative to the edition folder (or its translation), with `/`. */
  source: string;
}

/** A page that uses a term. */
export interface PageRef {
  /** Path relative to the edition folder: `06-dockerfile/run-cmd.md`. */
  source: string;
  /** Absolute path of the page (the translated copy when there is one). */
  file: string;
  title: string;
}

export type Usage = Map<string, PageRef[]>;

export interface TermIndex {
  byId: ReadonlyMap<string, Term>;
  bySource: ReadonlyMap<string, Term>;
}

export class GlossaryStore {
  readonly options: NormalizedOptions;
  readonly glossary: Glossary;
  /** The locale being built (UI text generated into pages). */
  readonly locale: string | undefined;
  /** For messages: paths are shown relative to it. */
  readonly siteDir: string;
  private readonly matchers = new Map<string, Matcher>();
  private readonly usages = new Map<string, Usage>();
  private readonly indexes = new Map<string, TermIndex>();
  /** Relative link URLs by source folder and target file: path.relative is the transform's hot spot. */
  private readonly urls = new Map<string, Map<string, string>>();

  constructor(init: {
    options: NormalizedOptions;
    glossary: Glossary;
    locale?: string;
    siteDir?: string;
    usageCache?: UsageCache;
  }) {
    this.options = init.options;
    this.glossary = init.glossary;
    this.locale = init.locale;
    this.siteDir = path.resolve(init.siteDir ?? process.cwd());
    this.usageCache = init.usageCache ?? new Map();
  }

  /** Kept across reloads of one instance, so an unchanged page is not parsed again. */
  readonly usageCache: UsageCache;
  /** Per edition: pages the last usage scan parsed and reused. */
  readonly scanStats = new Map<string, {parsed: number; reused: number}>();

  /** Which edition a file belongs to, if any. */
  locate(file: string): Location | undefined {
    const abs = path.resolve(file);
    for (const edition of this.glossary.editions) {
      const source = sourceOf(edition, abs);
      if (source) return {edition, source};
    }
    return undefined;
  }

  /** An edition's terms by id and by page. */
  termIndex(edition: Edition): TermIndex {
    let index = this.indexes.get(edition.name);
    if (!index) {
      const bySource = new Map<string, Term>();
      for (const t of edition.terms) if (!bySource.has(t.source)) bySource.set(t.source, t);
      index = {byId: new Map(edition.terms.map((t) => [t.id, t])), bySource};
      this.indexes.set(edition.name, index);
    }
    return index;
  }

  /** The URL of `toFile` relative to `fromFile`'s folder, as `./x.md` or `../x.md` (memoized). */
  relativeUrl(fromFile: string, toFile: string): string {
    const dir = path.dirname(fromFile);
    let fromDir = this.urls.get(dir);
    if (!fromDir) {
      fromDir = new Map();
      this.urls.set(dir, fromDir);
    }
    let url = fromDir.get(toFile);
    if (url === undefined) {
      const rel = path.relative(dir, toFile).split(path.sep).map(encodeURIComponent).join('/');
      // `./` or `../` makes Docusaurus resolve the link from this file's folder only.
      url = rel.startsWith('../') ? rel : `./${rel}`;
      fromDir.set(toFile, url);
    }
    return url;
  }

  /** One matcher per edition: every spelling, so longer ones shadow shorter ones. */
  matcher(edition: Edition): Matcher {
    let matcher = this.matchers.get(edition.name);
    if (!matcher) {
      const spellings: Spelling[] = [];
      for (const term of edition.terms) {
        for (const text of [term.term, ...term.aliases])
          spellings.push({text, termId: term.id, caseSensitive: term.caseSensitive});
      }
      matcher = createMatcher(spellings);
      this.matchers.set(edition.name, matcher);
    }
    return matcher;
  }

  /** Pages of an edition that use each term (computed once per load: one parse of each page). */
  usage(edition: Edition): Usage {
    let usage = this.usages.get(edition.name);
    if (!usage) {
      usage = computeUsage(this, edition);
      this.usages.set(edition.name, usage);
    }
    return usage;
  }
}
