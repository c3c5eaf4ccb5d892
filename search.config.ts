/**
 * The one place where the site's search backend is chosen.
 *
 * Default: offline search built at `docusaurus build` time (one index per
 * docs edition, Chinese segmented with jieba). A site that outgrows it
 * switches with environment variables only, no code change:
 *
 *   SEARCH_BACKEND=algolia   ALGOLIA_APP_ID, ALGOLIA_API_KEY, ALGOLIA_INDEX_NAME
 *   SEARCH_BACKEND=typesense TYPESENSE_HOST, TYPESENSE_API_KEY, TYPESENSE_COLLECTION
 *                            [TYPESENSE_PORT=443] [TYPESENSE_PROTOCOL=https]
 */
import path from 'node:path';
import type {PluginConfig} from '@docusaurus/types';
import searchBoxTheme from './src/search-box';
import localSearchWithBoxIndex from './src/search-box/boxIndex';
import {loadIndexWords} from './src/search-box/words';

export type SearchBackend = 'local' | 'algolia' | 'typesense';

export interface SearchSetup {
  backend: SearchBackend;
  /** Entries for the Docusaurus `themes` array. */
  themes: PluginConfig[];
  /** Keys merged into `themeConfig` (`algolia` or `typesense`). */
  themeConfig: Record<string, unknown>;
}

type Env = Record<string, string | undefined>;

const BACKENDS: readonly SearchBackend[] = ['local', 'algolia', 'typesense'];

// Under Jest's native ESM there is no __dirname; tests run from the site's directory.
const siteDir = typeof __dirname === 'string' ? __dirname : process.cwd();

/** Options of @easyops-cn/docusaurus-search-local, kept here so tests can read them. */
export const localSearchOptions = {
  // Chinese first, English for commands and keywords.
  language: ['zh', 'en'],
  // Keep Chinese function words (的, 和, ...) in the index. The client cuts a
  // query with the dictionary of indexed words; a word missing from it makes the
  // whole query fail, so "ENTRYPOINT 和 CMD 的区别" found nothing. Keep English
  // stop words too: they are parts of flags and keywords (`on-failure`, `AS builder`).
  removeDefaultStopWordFilter: ['zh', 'en'],
  // Words of the pages jieba's dictionary lacks (回滚, 拉取): indexed as words, not
  // as single characters. The box cuts queries with the indexed words, so it knows them too.
  zhUserDict: loadIndexWords(path.join(siteDir, 'search', 'words.txt')),
  hashed: true,
  indexDocs: true,
  indexBlog: false,
  indexPages: false,
  docsRouteBasePath: '/docs',
  // One index per docs version (build/search-index.json for 2.0,
  // build/docs/1.0/search-index.json for 1.0): the search bar loads the index of
  // the edition being read, so results never cross editions.
  docsPluginIdForPreferredVersion: 'default',
  // No edit-distance queries: on two-character Chinese words one edit is a
  // different word (怎么 ≈ 什么, 内存 ≈ 内核), and those rows crowded out the page
  // that leaving a word out (the engine's next fallback) finds.
  fuzzyMatchingDistance: 0,
  searchResultLimits: 10,
  searchResultContextMaxLength: 60,
  highlightSearchTermsOnTargetPage: true,
  explicitSearchResultPath: true,
  searchBarShortcutHint: true,
};

function required(env: Env, names: string[], backend: SearchBackend): string[] {
  const missing = names.filter((n) => !env[n]);
  if (missing.length > 0) {
    throw new Error(
      `SEARCH_BACKEND=${backend} needs the environment variable(s) ${missing.join(', ')}. ` +
        `Set them, or unset SEARCH_BACKEND to use the offline search.`,
    );
  }
  return names.map((n) => env[n] as string);
}

export function searchSetup(env: Env = process.env): SearchSetup {
  const raw = (env.SEARCH_BACKEND ?? 'local').trim().toLowerCase() || 'local';
  if (!(BACKENDS as readonly string[]).includes(raw)) {
    throw new Error(
      `SEARCH_BACKEND="${env.SEARCH_BACKEND}" is not a search backend. Use one of: ${BACKENDS.join(', ')}.`,
    );
  }
  const backend = raw as SearchBackend;

  if (backend === 'algolia') {
    const [appId, apiKey, indexName] = required(
      env,
      ['ALGOLIA_APP_ID', 'ALGOLIA_API_KEY', 'ALGOLIA_INDEX_NAME'],
      backend,
    );
    // The classic preset already ships the Algolia theme; themeConfig.algolia enables it.
    return {
      backend,
      themes: [],
      themeConfig: {
        algolia: {appId, apiKey, indexName, contextualSearch: true, searchPagePath: 'search'},
      },
    };
  }

  if (backend === 'typesense') {
    const [host, apiKey, collectionName] = required(
      env,
      ['TYPESENSE_HOST', 'TYPESENSE_API_KEY', 'TYPESENSE_COLLECTION'],
      backend,
    );
    const port = Number(env.TYPESENSE_PORT ?? 443);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) {
      throw new Error(`TYPESENSE_PORT="${env.TYPESENSE_PORT}" is not a TCP port number.`);
    }
    const protocol = env.TYPESENSE_PROTOCOL ?? 'https';
    return {
      backend,
      themes: ['docusaurus-theme-search-typesense'],
      themeConfig: {
        typesense: {
          typesenseCollectionName: collectionName,
          typesenseServerConfig: {nodes: [{host, port, protocol}], apiKey},
          typesenseSearchParameters: {},
          contextualSearch: true,
          searchPagePath: 'search',
        },
      },
    };
  }

  return {
    backend,
    // Our search box (query rules, synonyms, safe rows) replaces the package's
    // SearchBar; it comes after the package so its theme component wins. The
    // package comes with a step that writes the box's smaller copy of each index.
    themes: [[localSearchWithBoxIndex, localSearchOptions], searchBoxTheme],
    themeConfig: {},
  };
}
