/**
 * One search of the box, engine aside: the query's rewrites, the any-word
 * fallback, and the rows ranked by page. The engine is passed in (the worker in
 * the page; the index itself in tests and benchmarks), so this runs anywhere.
 */
import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {
  anyWordTerms,
  HAN,
  literalPhrases,
  pageOf,
  queryIntent,
  readQuery,
  rankByPage,
  type SynonymGroup,
} from './queryRules';
import type {Simplify} from './traditional';

/** The rows of each query (at most `limit` each), and how telling each word of them is. */
export interface QueriesAnswer {
  rows: EngineResult[][];
  weights: Record<string, number>;
  /** Pages that hold most of the `cover` words, wherever on the page (one row each). */
  covered: EngineResult[];
  /** How much of the `label` text each page's title, keywords and headings hold (0 to 1; pages holding none left out). */
  labels?: ReadonlyMap<number, number>;
  /** How close the `asked` wordings come to one of each page's keywords or readers' questions (0 to 1). */
  entries?: ReadonlyMap<number, number>;
}
export type RunQueries = (
  queries: string[],
  limit: number,
  cover?: string[],
  label?: string,
  asked?: readonly string[],
  /** The reader compares two things: readers' comparison questions count in full (entryMatch). */
  comparing?: boolean,
) => Promise<QueriesAnswer>;

/** Candidate rows asked of the engine per row shown. */
const CANDIDATES_PER_ROW = 3;
/** The any-word fallback runs when the rewrites found fewer pages than this... */
const ANY_WORD_BELOW_PAGES = 5;
/** ...and its rows count this much against those of a whole query. */
const ANY_WORD_WEIGHT = 0.7;

/**
 * The rows for what the reader typed, best page first, at most `shown` and two
 * per page.
 */
export async function rankedSearch(
  run: RunQueries,
  input: string,
  synonyms: readonly SynonymGroup[],
  {
    shown,
    simplify,
    explain,
  }: {shown: number; simplify?: Simplify; explain?: Parameters<typeof rankByPage>[1]['explain']},
): Promise<EngineResult[]> {
  // A query in Traditional Chinese is read in the pages' Simplified wording.
  const text = simplify ? simplify(input) : input;
  const {variants, anyWords, message, asked} = readQuery(text, synonyms);
  if (variants.length === 0) return [];
  const intent = queryIntent(text);
  // More rows than are shown: the engine stops at the limit, so a larger one lets
  // its looser queries (a word left out) reach the page named after the question.
  const limit = shown * CANDIDATES_PER_ROW;
  // The question's words one by one: how much of them each page holds anywhere.
  const words = anyWordTerms(anyWords);
  const found = await run(
    variants.map((v) => v.query),
    limit,
    words.length > 1 ? words : undefined,
    // The reader's words as typed (question words out) and in the pages' wording.
    `${anyWords} ${variants[0].query}`,
    // The reader's words alone (in the pages' wording and as typed), to compare with what other readers asked.
    asked,
    // Question words are out of them, so whether the reader compares is told here.
    intent === 'compare',
  );
  const lists = variants.map(({weight}, i) => ({rows: found.rows[i] ?? [], weight}));
  // Next to nothing found with all words in one row: pages that hold most of them.
  const pages = new Set(lists.flatMap(({rows}) => rows.map(pageOf)));
  const best = found.covered[0]?.score ?? 0;
  if (pages.size < ANY_WORD_BELOW_PAGES && best > 0) {
    // The any-word search scores whole pages; each counts by its score against the best one's.
    for (const row of found.covered) lists.push({rows: [row], weight: (ANY_WORD_WEIGHT * row.score) / best});
  }
  // A question in words: how much of it each page holds anywhere also counts. Not
  // for a command line or a pasted message, whose generic words (run, name, error)
  // are on every page of commands: their rows, holding the words as typed, decide.
  const coverage =
    HAN.test(text) && best > 0 ? new Map(found.covered.map((row) => [pageOf(row), row.score / best])) : undefined;
  return rankByPage(lists, {
    limit: shown,
    perPage: 2,
    intent,
    weights: new Map(Object.entries(found.weights)),
    phrases: literalPhrases(variants[0].query),
    message,
    coverage,
    labels: found.labels,
    entries: found.entries,
    explain,
  });
}
