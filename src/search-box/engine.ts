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
 * One difference is deliberate: a page's title, description and keywords rows
 * all carry the page's id, and the package keeps only the first of them found;
 * here a row is known by its kind and id, so a page whose description matched
 * still shows that its keywords (weighed above descriptions) match too.
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
import {
  characterPairs,
  HAN,
  labelPieces,
  pageOfDocument,
  readListedQuestion,
  ROW_CONTENT,
  ROW_KEYWORDS,
  ROW_WEIGHT,
  queryIntent,
} from './queryRules';

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
  /** How telling each word is (see wordWeights), once computed. */
  weights: Map<string, number>;
  /** The first part holds the page titles: the page of any other row. */
  pages: Map<number, EngineDocument>;
  /** Each page's length for coverageSearch: its rows (title, headings, body…) over the mean page's. */
  pageLengths: Map<number, number>;
  dictionary: ZhDictionary;
  /** The pages whose labels hold each label piece, and how many pages have labels (see labelMatch), once needed. */
  labels?: {pages: number; byPiece: Map<string, Set<number>>};
  /** Each keyword and reader's question of every page on its own (see entryMatch), once needed. */
  entries?: {list: {page: number; weight: number; compare: boolean}[]; byPiece: Map<string, number[]>};
}

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
  const pageLengths = new Map<number, number>();
  let rowCount = 0;
  for (const part of parts) {
    for (const row of part.documents.values()) {
      const page = pageOfDocument(part.type, row);
      pageLengths.set(page, (pageLengths.get(page) ?? 0) + 1);
      rowCount++;
    }
  }
  const meanRows = rowCount / (pageLengths.size || 1);
  for (const [page, rows] of pageLengths) pageLengths.set(page, rows / meanRows);
  return {
    parts,
    pages: new Map((json[0]?.documents ?? []).map((doc) => [doc.i, doc])),
    pageLengths,
    dictionary: new ZhDictionary(words),
    weights: new Map(),
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
  // Rows already found, per kind: a page's title, description and keywords rows share its id.
  const taken = loaded.parts.map(() => new Set<string>());
  search: for (const {term, tokens: queryTokens} of smartQueries(tokens, loaded.dictionary.wordsFor(tokens))) {
    for (const part of loaded.parts) {
      // Nothing, or only rows already taken: lunr's answer would add nothing.
      const candidates = candidateRows(part, term);
      const takenHere = taken[part.type];
      if (candidates && candidates.every((ref) => takenHere.has(ref))) continue;
      const matches = part.index.query((query) => {
        for (const item of term) query.term(item.value, wordOptions(item));
      });
      // The package keeps the first `limit` matches of each query, then drops rows it already has.
      for (const match of matches.slice(0, limit)) {
        if (results.length >= limit) break;
        if (takenHere.has(match.ref)) continue;
        const document = part.documents.get(match.ref);
        if (!document) continue;
        takenHere.add(match.ref);
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

/** A word as the page-level lookups match it: a Chinese word also as the start of a longer one. */
function pageWord(word: string): QueryWord {
  return {
    value: word,
    presence: lunr.Query.presence.REQUIRED,
    wildcard: HAN.test(word) ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
  };
}

/** The pages that hold a word anywhere (title, headings, body), with the rows that do. */
function rowsOfWordByPage(loaded: LoadedIndex, word: string): Map<number, {part: LoadedPart; row: EngineDocument}[]> {
  const pages = new Map<number, {part: LoadedPart; row: EngineDocument}[]>();
  for (const part of loaded.parts) {
    for (const ref of rowsOfWord(part, pageWord(word)) ?? []) {
      const row = part.documents.get(ref);
      if (!row) continue;
      const page = pageOfDocument(part.type, row);
      const list = pages.get(page);
      if (list) list.push({part, row});
      else pages.set(page, [{part, row}]);
    }
  }
  return pages;
}

/** How telling something held by `holding` of `pages` pages is: ln(1 + pages / (1 + holding)). */
function rarity(pages: number, holding: number): number {
  return Math.log(1 + pages / (1 + holding));
}

/**
 * How telling each word is: the inverse of the share of pages that hold it
 * (ln(1 + pages / (1 + pages holding it))). 的 or 容器 are on nearly every page
 * and say little about which page is meant; 清理 or 轮转 say much.
 */
export function wordWeights(loaded: LoadedIndex, words: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const word of words) {
    let weight = loaded.weights.get(word);
    if (weight === undefined) {
      weight = rarity(loaded.pages.size, rowsOfWordByPage(loaded, word).size);
      loaded.weights.set(word, weight);
    }
    out[word] = weight;
  }
  return out;
}

/** Row kinds in the order a page's best row is chosen among rows holding as much. */
const ROW_PREFERENCE = [0, 3, 1, 2, 4];
const TOP_ROW_WEIGHT = Math.max(...Object.values(ROW_WEIGHT));
/** Okapi BM25's usual constants: how soon repeats of a word stop adding, and how much a long page is discounted. */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/**
 * Pages holding less than this share of the words' weight are left out. Not half:
 * a question padded with a rare everyday word no good page uses (做成, 冒出来) would
 * leave out the page holding its two topic words, and the ranking, which weighs
 * these scores against the rows', would count that page as holding nothing.
 */
const LEAST_SHARE = 0.25;
/** How much more a page counts when one of its rows holds all the words (x1 to x2). */
const TOGETHER_BOOST = 1;

/**
 * Pages by how much of the words they hold anywhere: the pages to offer when no
 * row holds all of a question's words (容器日志太大把磁盘占满了: the page on log
 * rotation has 日志, 磁盘 and 占满, in different paragraphs), and for any question
 * how well each page matches it as a whole. Pages holding less than a
 * quarter of the words' weight are left out.
 * The rest are scored as BM25 does over whole pages, with the page's fields
 * weighed: each word counts its weight, times the weight of the best kind of row
 * holding it (a word in the title says more than one in a paragraph), times how
 * often the page holds it for its length. Words found together count more than
 * words scattered over the page: the score grows with the share of the words'
 * weight that the page's best row holds.
 * Each page comes as its row holding the most of the words; `tokens` are the
 * words the page holds.
 */
export function coverageSearch(loaded: LoadedIndex, typed: readonly string[], limit: number): EngineResult[] {
  const words = knownWords(loaded, typed);
  const weights = wordWeights(loaded, words);
  type PageHits = {
    covered: number;
    score: number;
    words: string[];
    rows: Map<EngineDocument, {part: LoadedPart; weight: number; words: string[]}>;
  };
  const pages = new Map<number, PageHits>();
  let total = 0;
  for (const word of new Set(words)) {
    const holding = rowsOfWordByPage(loaded, word);
    // A word no page holds (a piece the index does not know) does not count against any.
    if (holding.size === 0) continue;
    const weight = weights[word] ?? 0;
    total += weight;
    for (const [page, rows] of holding) {
      const entry: PageHits = pages.get(page) ?? {covered: 0, score: 0, words: [], rows: new Map()};
      entry.covered += weight;
      entry.words.push(word);
      const field = Math.max(...rows.map(({part}) => ROW_WEIGHT[part.type] ?? 1)) / TOP_ROW_WEIGHT;
      const length = loaded.pageLengths.get(page) ?? 1;
      const often = (rows.length * (BM25_K1 + 1)) / (rows.length + BM25_K1 * (1 - BM25_B + BM25_B * length));
      entry.score += weight * field * often;
      for (const {part, row} of rows) {
        const hit = entry.rows.get(row) ?? {part, weight: 0, words: []};
        hit.weight += weight;
        hit.words.push(word);
        entry.rows.set(row, hit);
      }
      pages.set(page, entry);
    }
  }
  if (total === 0) return [];
  // A keywords row is a list of separate phrases (keywords, readers' questions): a page listing many
  // questions holds every everyday word somewhere in it. Its words count halfway between all it holds
  // (the list still says what the page is about) and what its best phrase holds together.
  for (const {rows} of pages.values()) {
    for (const [row, hit] of rows) {
      if (hit.part.type === ROW_KEYWORDS)
        hit.weight = (hit.weight + bestEntryWeight(row.t ?? '', hit.words, weights)) / 2;
    }
  }
  const byRow = (a: {part: LoadedPart; weight: number}, b: {part: LoadedPart; weight: number}) =>
    b.weight - a.weight || ROW_PREFERENCE.indexOf(a.part.type) - ROW_PREFERENCE.indexOf(b.part.type);
  const held = [...pages].filter(([, entry]) => entry.covered / total >= LEAST_SHARE);
  const candidates = held.map(([page, entry]) => {
    const best = [...entry.rows].reduce((a, b) => (byRow(a[1], b[1]) <= 0 ? a : b));
    return {page, entry, best, score: entry.score * (1 + (TOGETHER_BOOST * best[1].weight) / total)};
  });
  // Among pages scoring the same, the one with more of the words in one row (and
  // that row a title or heading) first.
  candidates.sort((a, b) => b.score - a.score || byRow(a.best[1], b.best[1]));
  return candidates.slice(0, limit).map(({page, entry, score, best: [row, {part}]}): EngineResult => ({
    document: row,
    type: part.type,
    page: part.type === 0 ? false : (loaded.pages.get(page) ?? false),
    metadata: {},
    tokens: entry.words,
    score: score / total,
  }));
}

/** The weight of the words one phrase of a keywords row holds, for the phrase holding the most. */
function bestEntryWeight(text: string, words: readonly string[], weights: Record<string, number>): number {
  const lower = words.map((word) => [word.toLowerCase(), weights[word] ?? 0] as const);
  let best = 0;
  for (const entry of text.toLowerCase().split(', ')) {
    let held = 0;
    for (const [word, weight] of lower) if (entry.includes(word)) held += weight;
    best = Math.max(best, held);
  }
  return best;
}

/**
 * The words as the index holds them: a Chinese word of three characters or more
 * that no page holds (构建镜像, which jieba indexed as 构建 and 镜像) goes in as
 * its pairs of characters, of which those the index knows count.
 */
function knownWords(loaded: LoadedIndex, words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    if (word.length < 3 || !HAN.test(word) || rowsOfWordByPage(loaded, word).size > 0) {
      out.add(word);
      continue;
    }
    for (const pair of characterPairs(word)) out.add(pair);
  }
  return [...out];
}

/** The pages whose title, description, keywords or headings (all rows but the body's) hold each label piece. */
function pageLabels(loaded: LoadedIndex): NonNullable<LoadedIndex['labels']> {
  if (loaded.labels) return loaded.labels;
  const text = new Map<number, string>();
  for (const part of loaded.parts) {
    if (part.type === ROW_CONTENT) continue;
    for (const row of part.documents.values()) {
      const page = pageOfDocument(part.type, row);
      text.set(page, `${text.get(page) ?? ''} ${row.t ?? ''}`);
    }
  }
  const byPiece = new Map<string, Set<number>>();
  for (const [page, label] of text) {
    for (const piece of labelPieces(label)) {
      const holding = byPiece.get(piece);
      if (holding) holding.add(page);
      else byPiece.set(piece, new Set([page]));
    }
  }
  loaded.labels = {pages: text.size, byPiece};
  return loaded.labels;
}

/**
 * How much of a query each page's labels hold, 0 to 1: the share of the query's
 * pieces (labelPieces), each weighed by how few pages' labels hold it, found in
 * the page's title, description, keywords or headings. Only pages holding some.
 */
export function labelMatch(loaded: LoadedIndex, query: string): Map<number, number> {
  const {pages, byPiece} = pageLabels(loaded);
  const found = new Map<number, number>();
  let total = 0;
  for (const piece of labelPieces(query)) {
    const holding = byPiece.get(piece);
    const weight = rarity(pages, holding?.size ?? 0);
    total += weight;
    for (const page of holding ?? []) found.set(page, (found.get(page) ?? 0) + weight);
  }
  for (const [page, weight] of found) found.set(page, weight / total);
  return found;
}

/** Entries longer than this are readers' questions rather than keywords. */
const QUESTION_LENGTH = 6;

/** A page's keywords and readers' questions one by one, with the label pieces each holds. */
function pageEntries(loaded: LoadedIndex): NonNullable<LoadedIndex['entries']> {
  if (loaded.entries) return loaded.entries;
  const labels = pageLabels(loaded);
  const list: {page: number; weight: number; compare: boolean}[] = [];
  const byPiece = new Map<string, number[]>();
  for (const part of loaded.parts) {
    if (part.type !== ROW_KEYWORDS) continue;
    for (const row of part.documents.values()) {
      const page = pageOfDocument(part.type, row);
      // The plugin joins the front matter's keywords with ", "; a question holds none.
      for (const text of (row.t ?? '').split(', ')) {
        // A reader's question is read as a query is (question words out), so 镜像和容器有什么区别 meets
        // 镜像和容器到底差在哪; a keyword (a short term) is taken as it is, which keeps the first search fast.
        const pieces = labelPieces(text.length > QUESTION_LENGTH ? readListedQuestion(text) : text);
        if (pieces.size === 0) continue;
        let weight = 0;
        for (const piece of pieces) {
          weight += rarity(labels.pages, labels.byPiece.get(piece)?.size ?? 0);
          const holding = byPiece.get(piece);
          if (holding) holding.push(list.length);
          else byPiece.set(piece, [list.length]);
        }
        list.push({page, weight, compare: text.length > QUESTION_LENGTH && queryIntent(text) === 'compare'});
      }
    }
  }
  loaded.entries = {list, byPiece};
  return loaded.entries;
}

/** A question comparing two things counts this much for a query that names them without comparing. */
const COMPARISON_ENTRY = 0.5;

/**
 * How close the query comes to one of the keywords or readers' questions a page
 * lists, 0 to 1 (the best entry's Dice overlap of label pieces, each weighed by
 * how few pages' labels hold it). A reader who asks nearly what another reader
 * asked wants the page that question was listed under; in the keywords row as a
 * whole, that question is one phrase among many. Only pages with some overlap.
 * Given several wordings of the query, each page keeps its closest.
 */
export function entryMatch(
  loaded: LoadedIndex,
  asked: string | readonly string[],
  comparing = [asked].flat().some((text) => queryIntent(text) === 'compare'),
): Map<number, number> {
  const best = new Map<number, number>();
  for (const text of [asked].flat()) closestEntries(loaded, text, comparing, best);
  return best;
}

/** Raises each page's figure in `best` to the closeness of its entries to `query` (see entryMatch). */
function closestEntries(loaded: LoadedIndex, query: string, comparing: boolean, best: Map<number, number>): void {
  const labels = pageLabels(loaded);
  const {list, byPiece} = pageEntries(loaded);
  const overlap = new Map<number, number>();
  let total = 0;
  for (const piece of labelPieces(query)) {
    const weight = rarity(labels.pages, labels.byPiece.get(piece)?.size ?? 0);
    total += weight;
    for (const entry of byPiece.get(piece) ?? []) overlap.set(entry, (overlap.get(entry) ?? 0) + weight);
  }
  // A question comparing two things (镜像加速器和代理是一回事吗) is what a reader asks who compares
  // them, not one who names the first alone.
  for (const [entry, shared] of overlap) {
    const {page, weight, compare} = list[entry];
    const dice = ((2 * shared) / (total + weight)) * (compare && !comparing ? COMPARISON_ENTRY : 1);
    if (dice > (best.get(page) ?? 0)) best.set(page, dice);
  }
}

/** What the search box asks of an edition's index for one query (see worker.ts). */
export interface QueriesRequest {
  queries: string[];
  limit: number;
  /** Words to find pages by, wherever on the page they are (coverageSearch). */
  cover?: string[];
  /** Text to match against pages' titles, keywords and headings (labelMatch). */
  label?: string;
  /** The reader's words in one or more wordings, to compare with each keyword and reader's question (entryMatch). */
  asked?: readonly string[];
  /** The reader compares two things (entryMatch). */
  comparing?: boolean;
}

/** The index's answer to a QueriesRequest, as rankedSearch reads it (its QueriesAnswer). */
export interface QueriesResult {
  /** One row list per query. */
  rows: EngineResult[][];
  weights: Record<string, number>;
  covered: EngineResult[];
  labels: Map<number, number>;
  entries: Map<number, number>;
}

/**
 * Everything ranking reads for one query: one row list per query, how telling each
 * word is, the pages holding most of the `cover` words, and how well each page's
 * labels and entries match. `search` lets the worker answer from its recent rows.
 */
export function answerQueries(
  index: LoadedIndex,
  {queries, limit, cover = [], label, asked, comparing}: QueriesRequest,
  search: (query: string) => EngineResult[] = (query) => searchIndex(index, query, limit),
): QueriesResult {
  const results = queries.map(search);
  // The weights of the words the rows were found with, and of the queries themselves.
  const words = new Set(queries);
  for (const rows of results) for (const row of rows) for (const token of row.tokens) words.add(token);
  const covered = cover.length > 0 ? coverageSearch(index, cover, limit) : [];
  for (const word of cover) words.add(word);
  const labels = label ? labelMatch(index, label) : new Map<number, number>();
  const entries = asked?.length ? entryMatch(index, asked, comparing ?? false) : new Map<number, number>();
  return {rows: results, weights: wordWeights(index, words), covered, labels, entries};
}
