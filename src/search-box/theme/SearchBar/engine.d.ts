/**
 * Types of the parts of @easyops-cn/docusaurus-search-local (0.55) that our
 * search bar and worker use: row types, the query builder and the options
 * generated at build time.
 * The package ships JavaScript only for its client.
 */
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  export interface EngineDocument {
    /** Row id; for a title row, the page id. */
    i: number;
    /** Text of the row: page title, heading or a sentence of the body. */
    t: string;
    /** Page URL (without the heading anchor). */
    u: string;
    /** Heading anchor, e.g. `#limits`. */
    h?: string;
    /** Page id of a heading or content row. */
    p?: number;
    /** Section title of a content row. */
    s?: string;
    /** Breadcrumb labels of a title row. */
    b?: string[];
  }
  export interface EngineResult {
    document: EngineDocument;
    type: number;
    page?: EngineDocument | false;
    metadata: Record<string, unknown>;
    tokens: string[];
    score: number;
  }
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants' {
  export const searchResultLimits: number;
  /** `search-index{dir}.json?_=<hash>`: {dir} is the search context ('' for the whole edition). */
  export const searchIndexUrl: string;
  export const language: string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize' {
  /** English words and runs of Chinese characters, lower-cased. */
  export function tokenize(text: string, language: string[]): string[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries' {
  export interface SmartQuery {
    /** The words this query searches (for a run of Chinese, one way of cutting it). */
    tokens: string[];
    term: {value: string; presence: number; wildcard: number; editDistance?: number}[];
  }
  /** The lunr queries for the tokens, strictest first. */
  export function smartQueries(tokens: string[], zhDictionary: string[]): SmartQuery[];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/cutZhWords' {
  export function cutZhWords(token: string, zhDictionary: string[]): {value: string; trailing?: boolean}[][];
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults' {
  import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
  /** Puts the rows of a page right after its title row. */
  export function sortSearchResults(results: EngineResult[]): void;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults' {
  import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
  /** Marks the rows drawn as a tree under their page's row. */
  export function processTreeStatusOfSearchResults(results: EngineResult[]): void;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated' {
  export const docsPluginIdForPreferredVersion: string | undefined;
  export const Mark: (new (root: Element) => {mark(words: string[], options?: object): void; unmark(): void}) | null;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css' {
  const classes: Record<string, string>;
  export default classes;
}

declare module '@easyops-cn/autocomplete.js' {
  interface AutocompleteInstance {
    autocomplete: {destroy(): void; open(): void; close(): void; setVal(value: string): void};
    on(event: string, handler: (event: unknown, suggestion: never) => void): AutocompleteInstance;
  }
  type Autocomplete = ((input: HTMLInputElement, options: object, datasets: object[]) => AutocompleteInstance) & {
    noConflict?: () => void;
  };
  const autocomplete: Autocomplete;
  export default autocomplete;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/icons' {
  export const iconTitle: string;
  export const iconHeading: string;
  export const iconContent: string;
  export const iconNoResults: string;
}

/** OpenCC's tables, one module each (the package types its entry points only). */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/from/*' {
  import type {DictGroup} from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/*' {
  import type {DictGroup} from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
