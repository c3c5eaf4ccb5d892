/**
 * The search box's index file format: the package's rows and lunr indexes,
 * written without what the worker can rebuild. Pure (the build packs, the
 * worker unpacks), so it runs in Node and in the browser.
 *
 * A lunr index holds every (word, row) pair twice: once in the word's postings
 * (`invertedIndex`, `{"1599":{}}` per row) and once in the row's vector
 * (`fieldVectors`, `termIndex, score` per word). Packed, each word carries its
 * rows once, as gaps between ascending row ids each followed by the score in
 * thousandths (lunr keeps three decimals); the vectors are rebuilt from them,
 * in the rows' order. A body or heading row also repeats its page's URL (and a
 * description or keywords row its page's title), which the page's title row
 * already holds: kept once. `unpackBoxIndex` gives back exactly the
 * positions-free index (./boxIndex.ts checks every file it writes).
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

/** One word: the word, its lunr term index, then per field [row gap, score × 1000, …]. */
type PackedTerm = [string, number, ...number[][]];

interface PackedPart {
  /** Rows, without the keys listed in `fromPage`. */
  documents: Partial<EngineDocument>[];
  /** Keys every row shares with its page's title row (key in the row: key in the title row). */
  fromPage: Record<string, string>;
  version: string;
  fields: string[];
  pipeline: string[];
  terms: PackedTerm[];
}

export interface PackedBoxIndex {
  format: typeof FORMAT;
  parts: PackedPart[];
}

export const FORMAT = 'search-box-index/1';

/** Keys a row may share with its page's title row (the titles are the first part). */
const PAGE_KEYS: Record<string, string> = {u: 'u', s: 't'};

export function isPackedBoxIndex(json: unknown): json is PackedBoxIndex {
  return typeof json === 'object' && json !== null && (json as {format?: unknown}).format === FORMAT;
}

/** The rows of each part as the worker loads them, whichever file format it fetched. */
export function readBoxIndex(json: unknown): SerializedPart[] {
  return isPackedBoxIndex(json) ? unpackBoxIndex(json) : (json as SerializedPart[]);
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
        terms: packTerms(lunrJson),
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

function packTerms(index: LunrJson): PackedTerm[] {
  // Score of each (field/row, term index), from the rows' vectors.
  const scores = new Map<string, Map<number, number>>();
  for (const [fieldRef, vector] of index.fieldVectors) {
    const byTerm = new Map<number, number>();
    for (let k = 0; k < vector.length; k += 2) byTerm.set(vector[k], vector[k + 1]);
    scores.set(fieldRef, byTerm);
  }
  return index.invertedIndex.map(([term, posting]) => {
    const packedTerm: PackedTerm = [term, posting._index];
    for (const field of index.fields) {
      const flat: number[] = [];
      let previous = 0;
      for (const ref of Object.keys((posting[field] ?? {}) as object)) {
        const row = Number(ref);
        const score = scores.get(`${field}/${ref}`)?.get(posting._index);
        const thousandths = score === undefined ? Number.NaN : Math.round(score * 1000);
        if (String(row) !== ref || row < previous || thousandths / 1000 !== score)
          throw new Error(`row ${field}/${ref} of "${term}" cannot be packed`);
        flat.push(row - previous, thousandths);
        previous = row;
      }
      packedTerm.push(flat);
    }
    return packedTerm;
  });
}

function unpackIndex(part: PackedPart, documents: readonly EngineDocument[]): LunrJson {
  const {fields, terms} = part;
  // Each field's row vectors by row id, sized first: the index is large and the worker is
  // waiting on it, so no array grows while it is filled.
  const lengths = fields.map(() => new Map<number, number>());
  for (const doc of documents) for (const byRow of lengths) byRow.set(doc.i, 0);
  for (const packed of terms) {
    for (let f = 0; f < fields.length; f++) {
      const flat = packed[2 + f] as number[] | undefined;
      if (!flat) continue;
      let row = 0;
      for (let n = 0; n < flat.length; n += 2) {
        row += flat[n];
        lengths[f].set(row, (lengths[f].get(row) ?? 0) + 2);
      }
    }
  }
  const vectors = lengths.map((byRow) => new Map([...byRow].map(([row, length]) => [row, new Array<number>(length)])));
  // Words taken in descending term-index order fill every vector from its end, so each
  // ends up in ascending order with no sorting per row; `lengths` counts down to 0.
  const order = terms.map((_, k) => k).sort((a, b) => terms[b][1] - terms[a][1]);
  // lunr only reads the (emptied) metadata of a posting, so all rows share one.
  const noMetadata = Object.freeze({});
  const invertedIndex: LunrJson['invertedIndex'] = new Array(terms.length);
  for (const k of order) {
    const packed = terms[k];
    const termIndex = packed[1];
    const posting: Record<string, unknown> & {_index: number} = {_index: termIndex};
    for (let f = 0; f < fields.length; f++) {
      const refs: Record<number, object> = {};
      const flat = (packed[2 + f] as number[] | undefined) ?? [];
      let row = 0;
      for (let n = 0; n < flat.length; n += 2) {
        row += flat[n];
        refs[row] = noMetadata;
        const at = (lengths[f].get(row) as number) - 2;
        const vector = vectors[f].get(row) as number[];
        vector[at] = termIndex;
        vector[at + 1] = flat[n + 1] / 1000;
        lengths[f].set(row, at);
      }
      posting[fields[f]] = refs;
    }
    invertedIndex[k] = [packed[0], posting];
  }
  // Row by row, field by field, as lunr's builder wrote them.
  const fieldVectors: LunrJson['fieldVectors'] = [];
  const rows = new Set<number>(documents.map((doc) => doc.i));
  for (const byRow of vectors) for (const row of byRow.keys()) rows.add(row);
  for (const row of rows) {
    for (let f = 0; f < fields.length; f++) {
      const vector = vectors[f].get(row);
      if (vector) fieldVectors.push([`${fields[f]}/${row}`, vector]);
    }
  }
  return {version: part.version, fields, fieldVectors, invertedIndex, pipeline: part.pipeline};
}
