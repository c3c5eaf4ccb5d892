/**
 * The box's packed index file (src/search-box/boxFormat.ts): whatever rows and
 * words lunr indexed, it unpacks to exactly the positions-free index, scores
 * included, and an index it cannot rebuild is written plain rather than changed.
 */
import {jest} from '@jest/globals';
import fc from 'fast-check';
import lunr from 'lunr';
import type {EngineDocument} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {
  FORMAT,
  isPackedBoxIndex,
  packBoxIndex,
  readBoxIndex,
  unpackBoxIndex,
  type PackedBoxIndex,
} from '../../src/search-box/boxFormat';
import {packedOrPlain, withoutPositions} from '../../src/search-box/boxIndex';
import type {SerializedPart} from '../../src/search-box/engine';

const WORDS = [
  'docker',
  'run',
  'volume',
  '容器',
  '镜像',
  '网络',
  'cgroup',
  'the',
  'restart',
  'on-failure',
  '--rm',
  '日志',
];

/** A part as the package writes it: its rows and a lunr index of their text, positions kept. */
function part(documents: EngineDocument[], fields: string[] = ['t']): SerializedPart {
  const index = lunr(function () {
    this.ref('i');
    for (const field of fields) this.field(field);
    this.metadataWhitelist = ['position'];
    for (const doc of documents) this.add(doc);
  });
  return {documents, index: JSON.parse(JSON.stringify(index)) as SerializedPart['index']};
}

/** Through JSON, as the build writes the file and the worker reads it. */
const roundTrip = (parts: SerializedPart[]) =>
  unpackBoxIndex(JSON.parse(JSON.stringify(packBoxIndex(parts))) as PackedBoxIndex);

const text = fc.array(fc.constantFrom(...WORDS), {maxLength: 12}).map((words) => words.join(' '));

describe('the packed box index', () => {
  test('unpacks to the same index for any rows, pages and words (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(5000), {minLength: 1, maxLength: 12}),
        fc.array(fc.record({text, page: fc.nat(20), sameUrl: fc.boolean(), section: fc.option(text)}), {
          maxLength: 30,
        }),
        (pageIds, rows) => {
          const pages = pageIds.map((i) => ({i, t: `page ${i} 容器`, u: `/docs/p${i}`, b: []}));
          const body = rows.map((row, n): EngineDocument => {
            const page = pages[row.page % pages.length];
            const doc: EngineDocument = {
              i: 10000 + n * 7,
              t: row.text,
              u: row.sameUrl ? page.u : '/elsewhere',
              p: page.i,
            };
            if (row.section !== null) doc.s = row.section;
            return doc;
          });
          const parts = withoutPositions([part(pages), part(body)]);
          expect(roundTrip(parts)).toEqual(parts);
        },
      ),
    );
  });

  test("unpacks to the same scores when they are not lunr's own (property)", () => {
    fc.assert(
      fc.property(
        fc.array(text, {minLength: 1, maxLength: 20}),
        fc.array(fc.integer({min: -40, max: 40}), {minLength: 1, maxLength: 50}),
        (texts, shifts) => {
          const parts = withoutPositions([part(texts.map((t, n) => ({i: n * 3 + 1, t, u: `/p${n}`})))]);
          const vectors = (parts[0].index as unknown as {fieldVectors: [string, number[]][]}).fieldVectors;
          // Shift scores by whole thousandths, as boosts or another lunr's formula would.
          let k = 0;
          for (const [, vector] of vectors) {
            for (let n = 1; n < vector.length; n += 2, k++) {
              vector[n] = Math.max(0, Math.round(vector[n] * 1000 + shifts[k % shifts.length])) / 1000;
            }
          }
          expect(roundTrip(parts)).toEqual(parts);
        },
      ),
    );
  });

  test('keeps a row key only once when every row repeats its page, and every row key otherwise', () => {
    const pages = [{i: 1, t: '数据卷', u: '/docs/volumes', b: []}];
    const same = part([{i: 2, t: 'docker volume', u: '/docs/volumes', s: '数据卷', p: 1}]);
    const other = part([
      {i: 3, t: 'docker run', u: '/docs/volumes', s: '创建', p: 1},
      {i: 4, t: 'docker rm', u: '/docs/other', s: '数据卷', p: 1},
    ]);
    const parts = withoutPositions([part(pages), same, other]);
    const packed = packBoxIndex(parts);
    expect(packed.parts[1].fromPage).toEqual({u: 'u', s: 't'});
    expect(packed.parts[1].documents).toEqual([{i: 2, t: 'docker volume', p: 1}]);
    expect(packed.parts[2].fromPage).toEqual({});
    expect(roundTrip(parts)).toEqual(parts);
  });

  test('rows of several fields, and rows with no indexed word', () => {
    const parts = withoutPositions([
      part(
        [
          {i: 1, t: 'docker run', u: '/a', s: '容器 日志', b: []},
          {i: 5, t: '', u: '/b', s: 'the', b: []},
        ],
        ['t', 's'],
      ),
    ]);
    expect(roundTrip(parts)).toEqual(parts);
  });

  test('a file of the plain format is read as it is', () => {
    const parts = withoutPositions([part([{i: 1, t: 'docker', u: '/a'}])]);
    expect(isPackedBoxIndex(parts)).toBe(false);
    expect(readBoxIndex(parts)).toBe(parts);
    expect(isPackedBoxIndex(packBoxIndex(parts))).toBe(true);
    expect(packBoxIndex(parts).format).toBe(FORMAT);
  });

  test('a row whose scores no denominator gives back keeps its vector as lunr wrote it', () => {
    const parts = withoutPositions([
      part([
        {i: 1, t: 'docker run docker', u: '/a'},
        {i: 2, t: 'docker rm', u: '/b'},
      ]),
    ]);
    const index = parts[0].index as unknown as {fieldVectors: [string, number[]][]};
    // A score of more than lunr's three decimals (another lunr version, say).
    index.fieldVectors[0][1][1] = 0.12345;
    const packed = packBoxIndex(parts);
    expect(Object.keys(packed.parts[0].exact)).toEqual(['t/1']);
    expect(roundTrip(parts)).toEqual(parts);
  });

  test('a word met several times in a row is packed with its count, a word met once with none', () => {
    const parts = withoutPositions([
      part([
        {i: 1, t: 'docker docker docker run', u: '/a'},
        {i: 2, t: 'docker volume', u: '/b'},
        {i: 3, t: 'volume volume', u: '/c'},
      ]),
    ]);
    const packed = packBoxIndex(parts);
    const docker = packed.parts[0].terms.find(([word]) => word === 'docker');
    expect(docker?.slice(2)).toEqual([[-3, 1, 1]]);
    expect(packed.parts[0].exact).toEqual({});
    expect(roundTrip(parts)).toEqual(parts);
  });

  test('a file of another packed format is refused by name, not read as rows', () => {
    expect(() => readBoxIndex({format: 'search-box-index/1', parts: []})).toThrow(
      /format search-box-index\/1; this site reads search-box-index\/2/,
    );
  });

  test('an index it cannot rebuild is written plain, with a warning naming the file', () => {
    const parts = withoutPositions([part([{i: 1, t: 'docker run', u: '/a'}])]);
    const index = parts[0].index as unknown as {fieldVectors: [string, number[]][]};
    // A vector of a row the part does not list.
    index.fieldVectors[0][0] = 't/7';
    expect(() => packBoxIndex(parts)).toThrow(/vector t\/7 is of no row/);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(packedOrPlain(parts, '/site/build/search-index.json')).toBe(parts);
      const printed = warn.mock.calls.flat().join(' ');
      expect(printed).toContain('/site/build/search-index.json');
      expect(printed).toContain('unpacked');
    } finally {
      warn.mockRestore();
    }
  });
});
