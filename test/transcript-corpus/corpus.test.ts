/**
 * The transcript parser over real documentation (test/transcript-corpus/,
 * see SOURCES.md): every block must give its expected commands, or stay
 * plain when it is not a session. Blocks marked `gap` are known misses: the
 * parser must still never take prose or output for a command there, and a
 * gap that closes must be recorded (remove the mark).
 */
import fs from 'node:fs';
import path from 'node:path';
import {corpusCommands, scoreBlock, scoreCorpus, type CorpusFile} from './corpus';

const dir = path.join(process.cwd(), 'test/transcript-corpus');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CorpusFile] as const);

describe.each(files)('%s', (_name, corpus) => {
  test('names its source', () => {
    expect(corpus.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(corpus.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(['Apache-2.0', 'MIT', 'CC-BY-4.0']).toContain(corpus.license);
  });

  const exact = corpus.blocks.filter((b) => !b.gap);
  test.each(exact.map((b) => [`${b.path}:${b.line}`, b] as const))('%s', (_where, block) => {
    expect(corpusCommands(block)).toEqual(block.expected);
  });

  const gaps = corpus.blocks.filter((b) => b.gap);
  if (gaps.length > 0) {
    test.each(gaps.map((b) => [`${b.path}:${b.line} (known gap)`, b] as const))('%s', (_where, block) => {
      const actual = corpusCommands(block);
      expect(actual).not.toEqual(block.expected);
      expect(scoreBlock(block, actual).extra).toBe(0);
    });
  }
});

test('the whole corpus: at least 400 sessions from 4 projects, no prose or output as a command', () => {
  const all = files.flatMap(([, c]) => c.blocks);
  const score = scoreCorpus(all);
  expect(files.filter(([, c]) => scoreCorpus(c.blocks).sessions > 0).length).toBeGreaterThanOrEqual(4);
  expect(score.sessions).toBeGreaterThanOrEqual(400);
  expect(score.extraCommands).toBe(0);
  expect(score.unconverted / score.sessions).toBeLessThan(0.01);
});
