/**
 * Query rules of the offline search box: what readers type -> the queries the
 * engine runs, and the engine's rows -> a list ranked by page.
 *
 * The engine (@easyops-cn/docusaurus-search-local, lunr + jieba) requires every
 * query word to match, so a question word (怎么, 为什么, 吗…) or a reader's word
 * the page does not use makes a good page miss. Instead of teaching the engine,
 * the search box runs a few rewrites of the query and merges what they find.
 * Pure functions: no DOM, no engine, unit-tested in test/unit/search-query-rules.test.ts.
 */

/** A group of words for one thing; the first is the wording the pages use. */
export type SynonymGroup = readonly string[];

// Question words, particles and comparison words: readers type them, pages do not
// need them to be relevant. Longest first, so 有什么区别 goes before 什么.
const QUESTION_WORDS = [
  '是做什么的',
  '有什么区别',
  '有什么不同',
  '有哪些区别',
  '是什么意思',
  '什么意思',
  '怎么回事',
  '怎么解决',
  '怎么处理',
  '怎么办',
  '为什么',
  '是什么',
  '做什么',
  '干什么',
  '哪个好',
  '哪一个',
  '区别是',
  '的区别',
  '的不同',
  '的差别',
  '有什么',
  '怎么样',
  '怎么',
  '怎样',
  '如何',
  '为何',
  '什么',
  '哪些',
  '哪个',
  '区别',
  '不同',
  '差别',
  '对比',
  '比较',
  '还是',
  '能不能',
  '可不可以',
  '可以',
  '一下',
  '请问',
  '这么',
  '那么',
  '之间',
  '用来',
  '应该',
  '需要',
];
// Single characters removed only where they cannot be part of a word: standing
// alone or opening a run of Chinese (给容器, 把镜像), and final particles closing a
// run (…吗). Inside a run they may belong to a word (存在, 目的), so they stay.
const LEADING_PARTICLES = '的给把和与跟及或是要在我让';
const FINAL_PARTICLES = '吗呢吧啊了';
const ENGLISH_FILLER = new Set([
  'vs',
  'versus',
  'how',
  'to',
  'what',
  'is',
  'why',
  'the',
  'a',
  'an',
  'do',
  'i',
  'or',
  'and',
  'difference',
  'between',
]);

const HAN = /\p{Unified_Ideograph}/u;

/** Full-width punctuation and quotes become spaces; case folds. */
export function normalizeQuery(input: string): string {
  return (
    input
      .normalize('NFKC')
      .replace(/[？?！!，,。；;：:、（）()【】[\]{}"“”'‘’`<>《》]/g, ' ')
      // A full stop ends a sentence; a dot inside a word (daemon.json) stays.
      .replace(/\.(?=\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** The query without question words and particles (may equal the input). */
export function stripQuestionWords(query: string): string {
  let out = ` ${query} `;
  for (const word of QUESTION_WORDS) out = out.split(word).join(' ');
  out = out
    .replace(new RegExp(`(?<=\\s)[${LEADING_PARTICLES}${FINAL_PARTICLES}]`, 'gu'), ' ')
    .replace(new RegExp(`[${FINAL_PARTICLES}](?=\\s)`, 'gu'), ' ');
  const words = out.split(/\s+/).filter((w) => w && !ENGLISH_FILLER.has(w));
  const stripped = words.join(' ');
  return stripped || query;
}

/** Replaces every non-first word of a group found in the query by the group's first word. */
export function applySynonyms(query: string, groups: readonly SynonymGroup[]): string {
  // In a command or a pasted message (three English words or more), English words
  // are the text itself, not a reader's wording: only Chinese words are replaced.
  const prose = HAN.test(query) || query.split(' ').length < 3;
  // Longest variant first, so `image layer` wins over `image`.
  const pairs: [string, string][] = [];
  for (const group of groups) {
    const [canonical, ...variants] = group;
    if (!canonical) continue;
    for (const v of variants) if (prose || HAN.test(v)) pairs.push([v.toLowerCase(), canonical.toLowerCase()]);
  }
  pairs.sort((a, b) => b[0].length - a[0].length);
  let out = query;
  const placed: string[] = [];
  for (const [variant, canonical] of pairs) {
    const latin = !HAN.test(variant);
    // Latin words match whole words only (`tag` is not inside `stage`).
    const pattern = latin
      ? new RegExp(`(?<![\\w-])${escapeRegExp(variant)}(?![\\w-])`, 'g')
      : new RegExp(escapeRegExp(variant), 'g');
    if (pattern.test(out)) {
      // A placeholder keeps a replaced word from being replaced again.
      out = out.replace(pattern, ` \uE000${placed.length}\uE000 `);
      placed.push(canonical);
    }
  }
  return out
    .replace(/\uE000(\d+)\uE000/g, (_m, i: string) => placed[Number(i)])
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words of a pasted error message that can be on a page: drops container names,
 * IDs, paths, numbers and quoted values, which differ on every machine.
 */
export function errorMessageCore(query: string): string | undefined {
  if (HAN.test(query)) return undefined;
  // Prefixes every daemon error shares say nothing about which error it is.
  const message = query.replace(/^(?:docker:\s*)?(?:error response from daemon\s*|error\s+)/, '');
  const words = message.split(' ').filter((w) => w.length > 1 && /^[a-z][a-z'-]*$/.test(w) && !ENGLISH_FILLER.has(w));
  if (query.split(' ').length < 4 || words.length < 2) return undefined;
  return words.slice(0, 6).join(' ');
}

export interface QueryVariant {
  query: string;
  /** How much a row found by this variant counts (1 = as typed). */
  weight: number;
}

/** The queries to run for what the reader typed, best first, without duplicates. */
export function queryVariants(input: string, groups: readonly SynonymGroup[]): QueryVariant[] {
  const typed = normalizeQuery(input);
  if (!typed) return [];
  const core = stripQuestionWords(typed);
  const candidates: QueryVariant[] = [
    {query: core, weight: 1},
    {query: applySynonyms(core, groups), weight: 0.95},
    {query: typed, weight: 0.9},
  ];
  const errorCore = errorMessageCore(typed);
  // For a pasted message its distinctive words beat the whole text, whose numbers
  // and names match anything.
  if (errorCore) candidates.unshift({query: errorCore, weight: 1.05});
  const seen = new Set<string>();
  return candidates.filter((v) => v.query && !seen.has(v.query) && (seen.add(v.query), true));
}

/** The engine's row kinds, numbered as in the engine's SearchDocumentType. */
export const ROW_TITLE = 0;
export const ROW_HEADING = 1;
export const ROW_DESCRIPTION = 2;
export const ROW_KEYWORDS = 3;
export const ROW_CONTENT = 4;

const ROW_WEIGHT: Record<number, number> = {
  [ROW_TITLE]: 3,
  [ROW_KEYWORDS]: 2.2,
  [ROW_HEADING]: 2,
  [ROW_DESCRIPTION]: 1.4,
  [ROW_CONTENT]: 1,
};

/** The fields of an engine row that ranking reads. */
export interface EngineRow {
  type: number;
  document: {i: number; p?: number};
  page?: unknown;
}

/** The page a row belongs to (a title row is its own page). */
export function pageOf(row: EngineRow): number {
  return row.type === ROW_TITLE || row.document.p === undefined ? row.document.i : row.document.p;
}

/**
 * Merges the rows found by each variant into one list ranked by page: a page
 * scores its best row (title and headings above body text, earlier variants and
 * earlier rows above later ones) plus a little for every other row; its rows stay
 * together, best first, at most `perPage` of them.
 */
export function rankByPage<R extends EngineRow>(
  lists: readonly {rows: readonly R[]; weight: number}[],
  {limit, perPage = 2}: {limit: number; perPage?: number},
): R[] {
  const pages = new Map<number, {score: number; rows: {row: R; score: number}[]}>();
  const seenRows = new Set<string>();
  for (const {rows, weight} of lists) {
    rows.forEach((row, position) => {
      const key = `${row.type}:${row.document.i}`;
      if (seenRows.has(key)) return;
      seenRows.add(key);
      const score = weight * (ROW_WEIGHT[row.type] ?? 1) * (1 / (1 + position * 0.08));
      const page = pageOf(row);
      const entry = pages.get(page) ?? {score: 0, rows: []};
      entry.rows.push({row, score});
      pages.set(page, entry);
    });
  }
  for (const entry of pages.values()) {
    entry.rows.sort((a, b) => b.score - a.score);
    entry.score = entry.rows[0].score + 0.1 * entry.rows.slice(1).reduce((sum, r) => sum + r.score, 0);
  }
  const ranked = [...pages.values()].sort((a, b) => b.score - a.score);
  const out: R[] = [];
  for (const entry of ranked) {
    for (const {row} of entry.rows.slice(0, perPage)) {
      if (out.length >= limit) return out;
      out.push(row);
    }
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
