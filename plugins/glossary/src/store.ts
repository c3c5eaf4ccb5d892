/**
 * The glossary as the site sees it: term data loaded once at config time, the
 * per-edition matchers, and (lazily) which pages use which term. One store is
 * shared by the remark plugin and the Docusaurus plugin, which reloads it when
 * the term pages change.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadGlossary, type Edition, type Glossary, type Term} from './load';
import {createMatcher, type Matcher, type Spelling} from './match';
import {normalizeOptions, type NormalizedOptions, type Options} from './options';

/** Where a Markdown file sits: its edition, locale copy and path inside the edition. */
export interface Location {
  edition: Edition;
  /** Set when the file is a translated copy under i18n/<locale>/. */
  locale?: string;
  /** Path relative to the edition root (or localized root), with `/`. */
  source: string;
}

/** A page that uses a term. */
export interface PageRef {
  /** Path relative to the edition root: `06-dockerfile/run-cmd.md`. */
  source: string;
  title: string;
}

export type Usage = Map<string, PageRef[]>;

export interface TermIndex {
  byId: ReadonlyMap<string, Term>;
  bySource: ReadonlyMap<string, Term>;
}

export interface StoreInit {
  siteDir: string;
  options?: Options;
}

export class GlossaryStore {
  readonly siteDir: string;
  options: NormalizedOptions;
  glossary!: Glossary;
  /** Bumped on every reload, so per-processor caches know to rebuild. */
  version = 0;
  private matchers = new Map<string, Matcher>();
  private usages = new Map<string, Usage>();
  /** Per edition: terms by id and by page (an Edition object is replaced on reload). */
  private indexes = new WeakMap<Edition, TermIndex>();
  /** Relative link URLs by source folder and target file: path.relative is the transform's hot spot. */
  private urls = new Map<string, Map<string, string>>();
  /** Set by usage.ts (kept apart to avoid an import cycle). */
  static computeUsage: ((store: GlossaryStore, edition: Edition) => Usage) | undefined;

  constructor({siteDir, options}: StoreInit) {
    this.siteDir = path.resolve(siteDir);
    this.options = normalizeOptions(options);
    this.reload();
  }

  /** The Docusaurus plugin hands over the options it validated. */
  setOptions(options: NormalizedOptions): void {
    this.options = options;
    this.reload();
  }

  reload(): void {
    this.glossary = loadGlossary({siteDir: this.siteDir, glossaryDir: this.options.glossaryDir});
    this.version += 1;
    this.matchers.clear();
    this.usages.clear();
    this.urls.clear();
  }

  /** Which edition (and locale copy) a file belongs to, if any. */
  locate(file: string): Location | undefined {
    const abs = path.resolve(file);
    for (const edition of this.glossary.editions) {
      const inside = (root: string) => {
        const rel = path.relative(root, abs);
        return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
      };
      const source = inside(edition.root);
      if (source) return {edition, source};
      for (const locale of this.glossary.locales) {
        const localized = inside(edition.localizedRoot(locale));
        if (localized) return {edition, locale, source: localized};
      }
    }
    return undefined;
  }

  /** The locale a page is built for: its own folder's, else the locale being built. */
  localeOf(location: Location): string | undefined {
    return location.locale ?? process.env.DOCUSAURUS_CURRENT_LOCALE;
  }

  /** A term's text, short definition and page for a locale (translated copy if there is one). */
  termFor(
    term: Term,
    locale: string | undefined,
  ): {term: string; short: string; title: string; file: string; aliases: string[]} {
    const t = locale ? term.translations[locale] : undefined;
    return t ?? term;
  }

  /** The file Docusaurus builds for `source` in an edition and locale: the translation if it exists. */
  fileFor(edition: Edition, source: string, locale: string | undefined): string {
    if (locale) {
      const copy = path.join(edition.localizedRoot(locale), source);
      if (fs.existsSync(copy)) return copy;
    }
    return path.join(edition.root, source);
  }

  /** An edition's terms by id (the last of two with one id wins) and by page (the first wins). */
  termIndex(edition: Edition): TermIndex {
    let index = this.indexes.get(edition);
    if (!index) {
      const bySource = new Map<string, Term>();
      for (const t of edition.terms) if (!bySource.has(t.source)) bySource.set(t.source, t);
      index = {byId: new Map(edition.terms.map((t) => [t.id, t])), bySource};
      this.indexes.set(edition, index);
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

  /** One matcher per edition and locale: every spelling, so longer ones shadow shorter ones. */
  matcher(edition: Edition, locale: string | undefined): Matcher {
    const key = `${edition.name}\0${locale ?? ''}`;
    let matcher = this.matchers.get(key);
    if (!matcher) {
      const spellings: Spelling[] = [];
      for (const term of edition.terms) {
        const t = this.termFor(term, locale);
        for (const text of [t.term, ...t.aliases])
          spellings.push({text, termId: term.id, caseSensitive: term.caseSensitive});
      }
      matcher = createMatcher(spellings);
      this.matchers.set(key, matcher);
    }
    return matcher;
  }

  /** Pages of an edition that use each term (computed once per load). */
  usage(edition: Edition): Usage {
    let usage = this.usages.get(edition.name);
    if (!usage) {
      if (!GlossaryStore.computeUsage) throw new Error('remark-glossary: usage.ts is not loaded');
      usage = GlossaryStore.computeUsage(this, edition);
      this.usages.set(edition.name, usage);
    }
    return usage;
  }

  /** Lets the Docusaurus plugin hand over usage it computed itself. */
  setUsage(edition: Edition, usage: Usage): void {
    this.usages.set(edition.name, usage);
  }
}

export function createGlossaryStore(init: StoreInit): GlossaryStore {
  return new GlossaryStore(init);
}

const stores = new Map<string, GlossaryStore>();

/**
 * The site's one store, created on first use: the site config calls this for the
 * remark plugin and for the Docusaurus plugin, and both get the same object.
 */
export function glossaryStore(siteDir: string): GlossaryStore {
  const key = path.resolve(siteDir);
  let store = stores.get(key);
  if (!store) {
    store = new GlossaryStore({siteDir: key});
    stores.set(key, store);
  }
  return store;
}
