/**
 * The search box's web worker: loads an edition's index once and answers
 * batches of queries, so a keystroke costs one message however many rewrites
 * of the query the box runs.
 *
 * Request {id, url, queries, limit, cover, label, asked, comparing}: `url` is the
 * edition's base URL; with no queries the index is only loaded. Response {id, rows,
 * weights, covered, labels, entries} (one row list per query; how telling each
 * word is; the pages that hold most of the `cover` words; how much of `label`
 * each page's labels hold; how close the `asked` wordings come to each page's
 * keywords and readers' questions) or {id, error}.
 */
import {searchIndexUrl} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {boxIndexName} from './indexName';
import {readBoxIndex} from './boxFormat';
import {
  answerQueries,
  loadIndex,
  searchIndex,
  type LoadedIndex,
  type QueriesRequest,
  type QueriesResult,
} from './engine';

export interface SearchRequest extends QueriesRequest {
  id: number;
  url: string;
}
export type SearchResponse = ({id: number} & QueriesResult) | {id: number; error: string};

// The DOM types the project compiles with describe a window; these are the worker's.
const scope = self as unknown as {
  location: Location;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

const indexes = new Map<string, Promise<LoadedIndex>>();
/** Rows of recent queries: typing and deleting ask the same ones again. */
const recent = new Map<string, EngineResult[]>();
const RECENT_MAX = 300;

/** The index file of an edition, and its rows' positions-free copy for the box (./boxIndex.ts). */
function indexUrls(url: string): URL[] {
  const full = new URL(`${url}${searchIndexUrl.replace('{dir}', '')}`, scope.location.origin);
  const box = new URL(full.href);
  const file = full.pathname.slice(full.pathname.lastIndexOf('/') + 1);
  box.pathname = `${full.pathname.slice(0, -file.length)}${boxIndexName(file) ?? file}`;
  return [box, full];
}

async function download(url: string): Promise<LoadedIndex> {
  const [box, full] = indexUrls(url);
  // The base URL comes from the page; the index must come from the site itself.
  if (full.origin !== scope.location.origin) throw new Error(`Index outside the site: ${full.href}`);
  let response = await fetch(box);
  // A site built without the box's copy (the package's plugin alone): its own index.
  if (response.status === 404) response = await fetch(full);
  if (!response.ok)
    throw new Error(`Search index ${new URL(response.url || full.href).pathname}: HTTP ${response.status}`);
  return loadIndex(readBoxIndex(await response.json()));
}

function indexFor(url: string): Promise<LoadedIndex> {
  let loaded = indexes.get(url);
  if (!loaded) {
    loaded = download(url);
    // A failed download is tried again on the next search.
    loaded.catch(() => indexes.delete(url));
    indexes.set(url, loaded);
  }
  return loaded;
}

function search(url: string, index: LoadedIndex, query: string, limit: number): EngineResult[] {
  const key = `${url}\n${limit}\n${query}`;
  let rows = recent.get(key);
  if (rows) {
    recent.delete(key);
  } else {
    rows = searchIndex(index, query, limit);
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  }
  recent.set(key, rows);
  return rows;
}

scope.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const {id, url, limit} = event.data;
  let response: SearchResponse;
  try {
    const index = await indexFor(url);
    response = {id, ...answerQueries(index, event.data, (query) => search(url, index, query, limit))};
  } catch (error) {
    response = {id, error: error instanceof Error ? error.message : String(error)};
  }
  scope.postMessage(response);
};
