/**
 * @docker-k8s-notes/docusaurus-plugin-glossary: a versioned glossary for
 * Docusaurus. Term pages live in each docs version's glossary folder; terms
 * are linked (with a tooltip) to the term page of the same version; each term
 * page lists the pages that use it. See README.md.
 *
 *   const glossary = createGlossary({groups: {…}});
 *   plugins: [glossary.plugin],
 *   docs: {beforeDefaultRemarkPlugins: [glossary.remark]}
 *
 * Docusaurus does not let a plugin add remark plugins to the docs plugin yet,
 * hence the second line. Each instance owns its data: two sites (or two
 * builds) in one process never share state.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {createPlugin} from './docusaurus';
import {loadGlossary, type EditionSource} from './load';
import {normalizeOptions, type NormalizedOptions, type Options} from './options';
import {remarkGlossary, type RemarkGlossaryOptions} from './remark';
import {GlossaryStore} from './store';
import type {UsageCache} from './usage';

export interface Glossary {
  /** The validated options. */
  readonly options: NormalizedOptions;
  /** The data of the last load; undefined until the Docusaurus plugin (or `load`) ran. */
  readonly store: GlossaryStore | undefined;
  /** For `plugins: [glossary.plugin]`. */
  readonly plugin: (context: LoadContext) => Plugin;
  /** For the docs plugin's `beforeDefaultRemarkPlugins: [glossary.remark]`. */
  readonly remark: [typeof remarkGlossary, RemarkGlossaryOptions];
  /** Loads the glossary from folders, outside a Docusaurus build (tools, tests). */
  load(sources: EditionSource[], init?: {locale?: string; siteDir?: string}): GlossaryStore;
}

export function createGlossary(options: Options = {}): Glossary {
  const normalized = normalizeOptions(options);
  const usageCache: UsageCache = new Map();
  let store: GlossaryStore | undefined;
  const glossary: Glossary = {
    options: normalized,
    get store() {
      return store;
    },
    plugin: createPlugin({
      options: normalized,
      usageCache,
      setStore: (next) => {
        store = next;
      },
    }),
    // Docusaurus serializes plugin options (cache keys): the handle shows no data and no cycle.
    remark: [
      remarkGlossary,
      {glossary: Object.defineProperty({} as {readonly store: GlossaryStore | undefined}, 'store', {get: () => store})},
    ],
    load(sources, init = {}) {
      store = new GlossaryStore({
        options: normalized,
        glossary: loadGlossary(sources, normalized, init.siteDir),
        locale: init.locale,
        siteDir: init.siteDir,
        usageCache,
      });
      return store;
    },
  };
  return glossary;
}

export default createGlossary;

export type {Options, GroupOptions, LocalizedText, Once, Severity} from './options';
export type {Term, Edition, EditionSource, SourcePage} from './load';
export type {GlossaryStore, PageRef} from './store';
export type {TermFrontMatter} from './schema';
