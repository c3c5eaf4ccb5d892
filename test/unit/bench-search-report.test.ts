import {HELD_OUT, misses, type EngineRun} from '../../bench/search';

const run = (set: string, hit3: boolean[]): EngineRun => ({
  engine: 'search box',
  edition: '1.0',
  set,
  outcomes: hit3.map((hit, i) => ({
    q: `${set} query ${i}`,
    kind: 'question',
    pages: ['a', 'b', 'c'],
    hit1: hit,
    hit3: hit,
    wrongEdition: 0,
    latencyMs: 1,
  })),
  firstSearchMs: 1,
  indexBytes: 1,
  indexBytesGzip: 1,
});

describe('search benchmark report', () => {
  test('lists the misses of tuned and training sets with what came first', () => {
    expect(misses([run('tuned', [true, false])])).toEqual([
      '- search box 1.0 (tuned, question): `tuned query 1` → a, b, c',
    ]);
  });

  test('counts the misses of the held-out set without showing them', () => {
    const lines = misses([run(HELD_OUT, [false, true, false])]);
    expect(lines).toEqual(['- search box 1.0 (held-out): 2, not listed']);
    expect(lines.join('\n')).not.toContain('query');
  });
});
