/**
 * The search box's index file format: the package's rows and lunr indexes,
 * written without what the worker can rebuild. Pure (the build packs, the
 * worker unpacks), so it runs in Node and in the browser.
 *
 * A lunr index holds every (word, row) pair twice: once in the word's postings
 * (`invertedIndex`, `{"1599":{}}` per row) and once in the row's vector
 * (`fieldVectors`, `termIndex, score` per word). Packed, each word carries its
 * rows once, as gaps between ascending row ids, and the vectors are rebuilt
 * from them in the rows' order.
 *
 * The scores are rebuilt too. lunr scores a pair by BM25 from the word's idf
 * (which only depends on how many rows hold the word), the word's count in the
 * row (tf) and a denominator of the row's length, rounded to three decimals.
 * The file keeps one idf per row count, one denominator per row (any number
 * that gives back every score of the row, the shortest found) and a pair's
 * count only where it is not 1, so a pair costs its gap instead of its gap and
 * a four-digit score. A row whose scores no denominator gives back (another
 * lunr's boosts, say) keeps its vector as lunr wrote it. Computed with basic
 * arithmetic on the stored numbers, the scores come out the same in every
 * browser.
 *
 * A body or heading row also repeats its page's URL (and a description or
 * keywords row its page's title), which the page's title row already holds:
 * kept once. `unpackBoxIndex` gives back exactly the positions-free index
 * (./boxIndex.ts checks every file it writes).
 */
import type {EngineDocument} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import type {SerializedPart} from './engine';

/** A lunr index as lunr 2 serializes it (Index#toJSON). */
interface LunrJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown> & {_index: number}][];
  pipeline: string[];
}

/**
 * One word: the word, its lunr term index, then per field its rows as gaps
 * between ascending row ids, each preceded by −count when the word is in the row
 * more than once.
 */
type PackedTerm = [string, number, ...number[][]];

interface PackedPart {
  /** Rows, without the keys listed in `fromPage`. */
  documents: Partial<EngineDocument>[];
  /** Keys every row shares with its page's title row (key in the row: key in the title row). */
  fromPage: Record<string, string>;
  version: string;
  fields: string[];
  pipeline: string[];
  /** idf by the number of rows (over all fields) holding a word. */
  idf: Record<string, number>;
  /** Per field, each row's score denominator, in the order of `documents` (0 for a row kept in `exact`). */
  denominators: number[][];
  /** Vectors kept as lunr wrote them, by field/row. */
  exact: Record<string, number[]>;
  terms: PackedTerm[];
}

export interface PackedBoxIndex {
  format: typeof FORMAT;
  parts: PackedPart[];
}

export const FORMAT = 'search-box-index/2';

/** Keys a row may share with its page's title row (the titles are the first part). */
const PAGE_KEYS: Record<string, string> = {u: 'u', s: 't'};

export function isPackedBoxIndex(json: unknown): json is PackedBoxIndex {
  return typeof json === 'object' && json !== null && (json as {format?: unknown}).format === FORMAT;
}

/** The rows of each part as the worker loads them, whichever file format it fetched. */
export function readBoxIndex(json: unknown): SerializedPart[] {
  if (isPackedBoxIndex(json)) return unpackBoxIndex(json);
  const format = (json as {format?: unknown} | null)?.format;
  // A file of another packed format (a cached one from an older build, say) is not rows.
  if (format !== undefined) throw new Error(`Search index of format ${String(format)}; this site reads ${FORMAT}`);
  return json as SerializedPart[];
}

/** Packs a positions-free index; throws when a part is not in the shape this format rebuilds. */
export function packBoxIndex(parts: readonly SerializedPart[]): PackedBoxIndex {
  const pages = new Map((parts[0]?.documents ?? []).map((doc) => [doc.i, doc]));
  return {
    format: FORMAT,
    parts: parts.map(({documents, index}, type) => {
      const lunrJson = index as LunrJson;
      const fromPage = type === 0 ? {} : sharedWithPage(documents, pages);
      return {
        documents: documents.map((doc) => withoutKeys(doc, Object.keys(fromPage))),
        fromPage,
        version: lunrJson.version,
        fields: lunrJson.fields,
        pipeline: lunrJson.pipeline,
        ...packTerms(lunrJson, documents),
      };
    }),
  };
}

export function unpackBoxIndex(packed: PackedBoxIndex): SerializedPart[] {
  const parts: SerializedPart[] = [];
  // The title rows, once the first part (which keeps every key) is unpacked.
  let pages = new Map<number, EngineDocument>();
  for (const part of packed.parts) {
    const documents = part.documents.map((row) => {
      const doc = {...row} as EngineDocument & Record<string, unknown>;
      const page = pages.get(row.p as number) as (EngineDocument & Record<string, unknown>) | undefined;
      for (const [key, pageKey] of Object.entries(part.fromPage)) doc[key] = page?.[pageKey];
      return doc;
    });
    parts.push({documents, index: unpackIndex(part, documents)});
    if (parts.length === 1) pages = new Map(documents.map((doc) => [doc.i, doc]));
  }
  return parts;
}

/** The keys every row of a part holds with the same value as its page's title row. */
function sharedWithPage(
  documents: readonly EngineDocument[],
  pages: Map<number, EngineDocument>,
): Record<string, string> {
  const shared: Record<string, string> = {};
  for (const [key, pageKey] of Object.entries(PAGE_KEYS)) {
    const same = documents.every((doc) => {
      const page = doc.p === undefined ? undefined : (pages.get(doc.p) as unknown as Record<string, unknown>);
      const value = (doc as unknown as Record<string, unknown>)[key];
      return page !== undefined && value !== undefined && value === page[pageKey];
    });
    if (same && documents.length > 0) shared[key] = pageKey;
  }
  return shared;
}

function withoutKeys(doc: EngineDocument, keys: readonly string[]): Partial<EngineDocument> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!keys.includes(key)) out[key] = value;
  return out as Partial<EngineDocument>;
}

/** lunr's k1 (Builder#k1); b only enters through the stored denominators. */
const K1 = 1.2;
/** Half of lunr's rounding step: a stored score s stands for scores in [s − HALF, s + HALF). */
const HALF = 0.0005;
/** Beyond this count a word's score no longer tells counts apart at three decimals. */
const MAX_COUNT = 10000;

/** lunr's score of a pair (Builder#createFieldVectors, boosts of 1), in the same operations. */
function pairScore(idf: number, count: number, denominator: number): number {
  const score = (idf * ((K1 + 1) * count)) / (denominator + count);
  return Math.round(score * 1000) / 1000;
}

/** lunr.idf, from the number of rows holding the word among `rows`. */
function lunrIdf(holding: number, rows: number): number {
  const x = (rows - holding + 0.5) / (holding + 0.5);
  return Math.log(1 + Math.abs(x));
}

/** The count that gives `score` under `denominator`, if one does. */
function countFor(idf: number, score: number, denominator: number): number | undefined {
  const top = (K1 + 1) * idf - score;
  if (!(top > 0)) return undefined;
  // score = idf(k1+1)c / (d + c)  ⇔  c = score·d / (idf(k1+1) − score); rounding moves it by at most one.
  const near = Math.round((score * denominator) / top);
  for (const count of [near, near - 1, near + 1, near - 2, near + 2]) {
    if (count >= 1 && count <= MAX_COUNT && pairScore(idf, count, denominator) === score) return count;
  }
  return undefined;
}

/**
 * A denominator and counts that give back every score of a row, or undefined.
 * Every pair bounds the denominator to an interval per count; the pair with the
 * widest reach is tried at count 1, 2, … and the others narrow its interval.
 */
function fitRow(pairs: readonly {idf: number; score: number}[]): {denominator: number; counts: number[]} | undefined {
  if (pairs.length === 0) return {denominator: 0, counts: []};
  // A pair of score s met c times allows d ∈ (c·a, c·b], with a = idf(k1+1)/(s + HALF) − 1
  // and b = idf(k1+1)/(s − HALF) − 1.
  const bounds = pairs.map(({idf, score}) => ({
    a: ((K1 + 1) * idf) / (score + HALF) - 1,
    b: score > HALF ? ((K1 + 1) * idf) / (score - HALF) - 1 : Number.POSITIVE_INFINITY,
  }));
  if (bounds.some(({a}) => !(a > 0))) return undefined;
  // A word met once reaches the highest denominator; the pair reaching highest is likely met once.
  let anchor = 0;
  for (let k = 1; k < bounds.length; k++) if (bounds[k].a > bounds[anchor].a) anchor = k;
  for (let count = 1; count <= 64; count++) {
    let low = count * bounds[anchor].a;
    let high = count * bounds[anchor].b;
    for (const {a, b} of bounds) {
      // Counts c with c·a < high and c·b > low; their hull narrows the interval.
      const first = Math.max(1, Math.floor(low / b));
      const last = Math.ceil(high / a);
      if (last < first) {
        low = high;
        break;
      }
      low = Math.max(low, first * a);
      high = Math.min(high, last * b);
      if (!(low < high)) break;
    }
    if (!(low < high)) continue;
    const denominator = shortestIn(low, high, (d) =>
      pairs.every(({idf, score}) => countFor(idf, score, d) !== undefined),
    );
    if (denominator !== undefined) {
      return {denominator, counts: pairs.map(({idf, score}) => countFor(idf, score, denominator) as number)};
    }
  }
  return undefined;
}

/** The number with fewest decimals in (low, high] that `fits`, trying a few per length. */
function shortestIn(low: number, high: number, fits: (d: number) => boolean): number | undefined {
  for (let digits = 0; digits <= 12; digits++) {
    const step = 10 ** -digits;
    let n = Math.floor(low / step) + 1;
    for (let tries = 0; tries < 8 && n * step <= high; tries++, n++) {
      const d = Number((n * step).toFixed(digits));
      if (d > low && d <= high && fits(d)) return d;
    }
  }
  return undefined;
}

/** Rows holding a word, over all fields. */
function holding(posting: Record<string, unknown>, fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) n += Object.keys((posting[field] ?? {}) as object).length;
  return n;
}

function packTerms(
  index: LunrJson,
  documents: readonly EngineDocument[],
): Pick<PackedPart, 'idf' | 'denominators' | 'exact' | 'terms'> {
  const {fields} = index;
  const idfByTerm = new Map<number, number>();
  const idf: Record<string, number> = {};
  for (const [, posting] of index.invertedIndex) {
    const n = holding(posting, fields);
    idf[n] ??= lunrIdf(n, documents.length);
    idfByTerm.set(posting._index, idf[n]);
  }
  const rowAt = new Map(documents.map((doc, k) => [`${doc.i}`, k]));
  const denominators = fields.map(() => documents.map(() => 0));
  const exact: Record<string, number[]> = {};
  // Count of each (field/row, term index) not met once.
  const counts = new Map<string, Map<number, number>>();
  for (const [fieldRef, vector] of index.fieldVectors) {
    const slash = fieldRef.lastIndexOf('/');
    const f = fields.indexOf(fieldRef.slice(0, slash));
    const at = rowAt.get(fieldRef.slice(slash + 1));
    if (f < 0 || at === undefined) throw new Error(`vector ${fieldRef} is of no row`);
    const pairs: {idf: number; score: number}[] = [];
    for (let k = 0; k < vector.length; k += 2) {
      const termIdf = idfByTerm.get(vector[k]);
      if (termIdf === undefined) throw new Error(`vector ${fieldRef} holds no word's index ${vector[k]}`);
      pairs.push({idf: termIdf, score: vector[k + 1]});
    }
    const fit = fitRow(pairs);
    if (!fit) {
      exact[fieldRef] = vector;
      continue;
    }
    denominators[f][at] = fit.denominator;
    const byTerm = new Map<number, number>();
    fit.counts.forEach((count, k) => count !== 1 && byTerm.set(vector[2 * k], count));
    counts.set(fieldRef, byTerm);
  }
  const terms = index.invertedIndex.map(([term, posting]) => {
    const packedTerm: PackedTerm = [term, posting._index];
    for (const field of fields) {
      const flat: number[] = [];
      let previous = 0;
      for (const ref of Object.keys((posting[field] ?? {}) as object)) {
        const row = Number(ref);
        if (String(row) !== ref || row < previous || !rowAt.has(ref))
          throw new Error(`row ${field}/${ref} of "${term}" cannot be packed`);
        const count = counts.get(`${field}/${ref}`)?.get(posting._index);
        if (count !== undefined) flat.push(-count);
        flat.push(row - previous);
        previous = row;
      }
      packedTerm.push(flat);
    }
    return packedTerm;
  });
  return {idf, denominators, exact, terms};
}

function unpackIndex(part: PackedPart, documents: readonly EngineDocument[]): LunrJson {
  const {fields, terms, idf, exact} = part;
  // Rows by their place in `documents` (every posting's row is one of them: packTerms checks),
  // so each pair costs one lookup; the index is large and the worker is waiting on it.
  const placeOf = new Map(documents.map((doc, k) => [doc.i, k]));
  // Each field's row vectors, sized first so that no array grows while it is filled.
  const lengths = fields.map(() => new Int32Array(documents.length));
  // Rows holding each word over all fields, counted in the same pass: the word's idf.
  const holdingOf = new Int32Array(terms.length);
  terms.forEach((packed, k) => {
    for (let f = 0; f < fields.length; f++) {
      const flat = packed[2 + f] as number[] | undefined;
      if (!flat) continue;
      let row = 0;
      for (const value of flat) {
        if (value < 0) continue;
        row += value;
        lengths[f][placeOf.get(row) as number] += 2;
        holdingOf[k]++;
      }
    }
  });
  const vectors = lengths.map((byPlace) => Array.from(byPlace, (length) => new Array<number>(length)));
  // Words taken in descending term-index order fill every vector from its end, so each
  // ends up in ascending order with no sorting per row; `lengths` counts down to 0.
  const order = terms.map((_, k) => k).sort((a, b) => terms[b][1] - terms[a][1]);
  // lunr only reads the (emptied) metadata of a posting, so all rows share one.
  const noMetadata = Object.freeze({});
  const invertedIndex: LunrJson['invertedIndex'] = new Array(terms.length);
  for (const k of order) {
    const packed = terms[k];
    const termIndex = packed[1];
    const termIdf = idf[holdingOf[k]];
    const posting: Record<string, unknown> & {_index: number} = {_index: termIndex};
    for (let f = 0; f < fields.length; f++) {
      const refs: Record<number, object> = {};
      const flat = (packed[2 + f] as number[] | undefined) ?? [];
      const denominators = part.denominators[f];
      let row = 0;
      let count = 1;
      for (const value of flat) {
        if (value < 0) {
          count = -value;
          continue;
        }
        row += value;
        refs[row] = noMetadata;
        const place = placeOf.get(row) as number;
        const at = (lengths[f][place] -= 2);
        const vector = vectors[f][place];
        vector[at] = termIndex;
        vector[at + 1] = pairScore(termIdf, count, denominators[place]);
        count = 1;
      }
      posting[fields[f]] = refs;
    }
    invertedIndex[k] = [packed[0], posting];
  }
  // Row by row, field by field, as lunr's builder wrote them.
  const fieldVectors: LunrJson['fieldVectors'] = [];
  documents.forEach((doc, place) => {
    for (let f = 0; f < fields.length; f++) {
      const fieldRef = `${fields[f]}/${doc.i}`;
      fieldVectors.push([fieldRef, exact[fieldRef] ?? vectors[f][place]]);
    }
  });
  return {version: part.version, fields, fieldVectors, invertedIndex, pipeline: part.pipeline};
}
