/**
 * The page's side of the search worker (src/search-box/worker.ts): one worker
 * for the site, requests matched to answers by id.
 */
import type {SearchRequest, SearchResponse} from '../../worker';
import type {QueriesAnswer} from '../../rankedSearch';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, {resolve(answer: QueriesAnswer): void; reject(error: Error): void}>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('../../worker.ts', import.meta.url));
  created.onmessage = (event: MessageEvent<SearchResponse>) => {
    const request = pending.get(event.data.id);
    if (!request) return;
    pending.delete(event.data.id);
    if ('error' in event.data) request.reject(new Error(event.data.error));
    else {
      const {rows, weights, covered, labels, entries} = event.data;
      request.resolve({rows, weights, covered, labels, entries});
    }
  };
  // A worker that cannot start or crashed answers nothing: fail what waits, start a new one next time.
  created.onerror = (event) => {
    event.preventDefault();
    const error = new Error(`Search worker failed: ${event.message || 'unknown error'}`);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    created.terminate();
    if (worker === created) worker = undefined;
  };
  worker = created;
  return created;
}

/** The rows of each query in the index of the edition at `url` (its base URL). */
export function searchQueries(
  url: string,
  queries: string[],
  limit: number,
  cover?: string[],
  label?: string,
  asked?: readonly string[],
  comparing?: boolean,
): Promise<QueriesAnswer> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, {resolve, reject});
    const request: SearchRequest = {id, url, queries, limit, cover, label, asked, comparing};
    getWorker().postMessage(request);
  });
}

/** Downloads and loads the index of the edition at `url` ahead of the first query. */
export async function loadIndexOf(url: string): Promise<void> {
  await searchQueries(url, [], 0);
}
