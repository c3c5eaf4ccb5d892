/**
 * One search of the box, engine aside: the query's rewrites, the any-word
 * fallback, and the rows ranked by page. The engine is passed in (the worker in
 * the page; the index itself in tests and benchmarks), so this runs anywhere.
 */
import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {
  anyWordTerms,
  mergeAnyWord,
  pageOf,
  queryIntent,
  queryVariants,
  rankByPage,
  type SynonymGroup,
} from './queryRules';

/** The rows of each query, at most `limit` each. */
export type RunQueries = (queries: string[], limit: number) => Promise<EngineResult[][]>;

/** Candidate rows asked of the engine per row shown. */
const CANDIDATES_PER_ROW = 3;
/** The any-word fallback runs when the rewrites found fewer pages than this... */
const ANY_WORD_BELOW_PAGES = 3;
/** ...and its rows count this much against those of a whole query. */
const ANY_WORD_WEIGHT = 0.7;

/**
 * The rows for what the reader typed, best page first, at most `shown` and two
 * per page. `isCurrent` says whether the reader still wants this query: after a
 * later keystroke the any-word fallback is not worth running.
 */
export async function rankedSearch(
  run: RunQueries,
  input: string,
  synonyms: readonly SynonymGroup[],
  {shown, isCurrent = () => true}: {shown: number; isCurrent?: () => boolean},
): Promise<EngineResult[]> {
  const variants = queryVariants(input, synonyms);
  if (variants.length === 0) return [];
  // More rows than are shown: the engine stops at the limit, so a larger one lets
  // its looser queries (a word left out) reach the page named after the question.
  const limit = shown * CANDIDATES_PER_ROW;
  const found = await run(
    variants.map((v) => v.query),
    limit,
  );
  const lists = variants.map(({weight}, i) => ({rows: found[i] ?? [], weight}));
  // Next to nothing found: look for the question's words one by one.
  const pages = new Set(lists.flatMap(({rows}) => rows.map(pageOf)));
  const words = pages.size < ANY_WORD_BELOW_PAGES ? anyWordTerms(variants[0].query) : [];
  if (words.length > 1 && isCurrent()) {
    const perWord = await run(words, limit);
    lists.push({rows: mergeAnyWord(words.map((word, i) => ({word, rows: perWord[i] ?? []}))), weight: ANY_WORD_WEIGHT});
  }
  return rankByPage(lists, {limit: shown, perPage: 2, intent: queryIntent(input)});
}
