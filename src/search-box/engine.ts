/**
 * The search run inside the search box's web worker, over the index that
 * @easyops-cn/docusaurus-search-local builds (one lunr index per row kind:
 * titles, headings, descriptions, keywords, body).
 *
 * It asks lunr the same queries as the package's own worker, built by the
 * package's query builder (smartQueries), so it finds the same rows. What
 * differs is only for speed:
 * - the Chinese word list handed to the query builder is narrowed to the
 *   query's characters (./dictionary.ts);
 * - a question has a hundred or more readings, and lunr spends as long on one
 *   that matches nothing as on one that matches: every word of a reading is
 *   required, so the rows each word matches (looked up once, kept for later
 *   keystrokes) tell which readings can match, and only those are asked;
 * - rows are looked up by id instead of by scanning every document per row.
 */
import lunr from 'lunr';
import {tokenize} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize';
import {smartQueries, type SmartQuery} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries';
import {sortSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults';
import {processTreeStatusOfSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults';
import {language} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
import type {
  EngineDocument,
  EngineResult,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {ZhDictionary} from './dictionary';

/** One entry of search-index.json: the rows of one kind and their lunr index. */
export interface SerializedPart {
  documents: EngineDocument[];
  index: object & {invertedIndex: [string, unknown][]};
}

interface LoadedPart {
  type: number;
  documents: Map<string, EngineDocument>;
  index: lunr.Index;
  /** Refs of the rows each query word matches; null when lunr could not say. */
  wordRows: Map<string, Set<string> | null>;
}

type QueryWord = SmartQuery['term'][number];

/** Words looked up per row kind before the oldest are forgotten. */
const WORD_ROWS_MAX = 5000;

export interface LoadedIndex {
  parts: LoadedPart[];
  /** The first part holds the page titles: the page of any other row. */
  pages: Map<number, EngineDocument>;
  dictionary: ZhDictionary;
}

const HAN = /\p{Unified_Ideograph}/u;

export function loadIndex(json: readonly SerializedPart[]): LoadedIndex {
  const parts = json.map(({documents, index}, type) => ({
    type,
    documents: new Map(documents.map((doc) => [String(doc.i), doc])),
    index: lunr.Index.load(index),
    wordRows: new Map<string, Set<string> | null>(),
  }));
  // Indexed Chinese words, in the order the package's worker lists them (the
  // order decides which partial word wins when several fit).
  const words = new Set<string>();
  for (const {index} of json) {
    for (const [term] of index.invertedIndex) if (HAN.test(term[0])) words.add(term);
  }
  return {
    parts,
    pages: new Map((json[0]?.documents ?? []).map((doc) => [doc.i, doc])),
    dictionary: new ZhDictionary(words),
  };
}

function wordOptions(item: QueryWord) {
  return {
    wildcard: item.wildcard,
    presence: item.presence,
    ...(item.editDistance ? {editDistance: item.editDistance} : {}),
  };
}

function rowsOfWord(part: LoadedPart, item: QueryWord): Set<string> | null {
  const key = `${item.wildcard}:${item.editDistance ?? 0}:${item.presence}:${item.value}`;
  let rows = part.wordRows.get(key);
  if (rows === undefined) {
    try {
      rows = new Set(part.index.query((query) => void query.term(item.value, wordOptions(item))).map((m) => m.ref));
    } catch {
      rows = null;
    }
    if (part.wordRows.size >= WORD_ROWS_MAX) part.wordRows.delete(part.wordRows.keys().next().value as string);
    part.wordRows.set(key, rows);
  }
  return rows;
}

/**
 * The rows a reading can match in this part, when lunr's answer can be told
 * without asking it: a row must hold every required word. Undefined when it
 * cannot be told (a word lunr could not look up alone, or an optional word).
 */
function candidateRows(part: LoadedPart, term: SmartQuery['term']): string[] | undefined {
  if (term.some((item) => item.presence !== lunr.Query.presence.REQUIRED)) return undefined;
  const sets: Set<string>[] = [];
  for (const item of term) {
    const rows = rowsOfWord(part, item);
    if (rows === null) return undefined;
    if (rows.size === 0) return [];
    sets.push(rows);
  }
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = sets;
  if (!smallest) return undefined;
  return [...smallest].filter((ref) => others.every((rows) => rows.has(ref)));
}

/** The rows for one query, at most `limit`, pages' rows grouped as the package's dropdown expects. */
export function searchIndex(loaded: LoadedIndex, input: string, limit: number): EngineResult[] {
  const tokens = tokenize(input, language);
  if (tokens.length === 0) return [];
  const results: EngineResult[] = [];
  const taken = new Set<string>();
  search: for (const {term, tokens: queryTokens} of smartQueries(tokens, loaded.dictionary.wordsFor(tokens))) {
    for (const part of loaded.parts) {
      // Nothing, or only rows already taken: lunr's answer would add nothing.
      const candidates = candidateRows(part, term);
      if (candidates && candidates.every((ref) => taken.has(ref))) continue;
      const matches = part.index.query((query) => {
        for (const item of term) query.term(item.value, wordOptions(item));
      });
      // The package keeps the first `limit` matches of each query, then drops rows it already has.
      for (const match of matches.slice(0, limit)) {
        if (results.length >= limit) break;
        if (taken.has(match.ref)) continue;
        const document = part.documents.get(match.ref);
        if (!document) continue;
        taken.add(match.ref);
        results.push({
          document,
          type: part.type,
          page: part.type !== 0 && document.p !== undefined ? (loaded.pages.get(document.p) ?? false) : false,
          metadata: match.matchData.metadata as Record<string, unknown>,
          tokens: queryTokens,
          score: match.score,
        });
      }
      if (results.length >= limit) break search;
    }
  }
  sortSearchResults(results);
  processTreeStatusOfSearchResults(results);
  return results;
}
