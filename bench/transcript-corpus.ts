/**
 * The transcript parser on real documentation (issue 10), printed as JSON:
 *   npx jiti bench/transcript-corpus.ts
 * 1. accuracy over test/transcript-corpus/*.json (see SOURCES.md there):
 *    blocks, sessions, converted, commands right, prose or output taken for a
 *    command, sessions left plain;
 * 2. parser throughput (MB/s of block text, CPU time) on that corpus and, in
 *    the same run, on the generated corpus of bench/transcript.ts, which must
 *    stay >= 50 MB/s.
 * `run()` returns the same object for the aggregate `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseTranscript} from '@docker-k8s-notes/docusaurus-theme-shell-transcript/parse';
import {scoreCorpus, type CorpusBlock, type CorpusFile} from '../test/transcript-corpus/corpus';
import {generateCorpus} from './transcript';

const DIR = path.resolve(__dirname, '../test/transcript-corpus');
const ROUNDS = 9;
// The real corpus is ~1 MB: each round parses it this many times so a round lasts long enough to time.
const REPEAT = 10;

function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function throughput(
  inputs: {value: string; lang?: string}[],
  repeat: number,
): {mb: number; medianMs: number; mbPerSecond: number} {
  const bytes = inputs.reduce((n, b) => n + Buffer.byteLength(b.value), 0) * repeat;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = cpuMs();
    for (let r = 0; r < repeat; r++) for (const b of inputs) parseTranscript(b.value, {lang: b.lang});
    times.push(cpuMs() - t0);
  }
  const ms = median(times);
  return {
    mb: Math.round((bytes / 1024 / 1024) * 100) / 100,
    medianMs: Math.round(ms),
    mbPerSecond: Math.round((bytes / 1024 / 1024 / (ms / 1000)) * 10) / 10,
  };
}

const pct = (a: number, b: number): number => Math.round((a / b) * 10000) / 100;

export async function run() {
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as CorpusFile);
  const blocks: CorpusBlock[] = files.flatMap((f) => f.blocks);
  const perProject = Object.fromEntries(files.map((f) => [f.repo, scoreCorpus(f.blocks)]));
  const total = scoreCorpus(blocks);
  const real = throughput(
    blocks.map((b) => ({value: b.value, lang: b.lang ?? undefined})),
    REPEAT,
  );
  const generated = throughput(
    generateCorpus(10 * 1024 * 1024).blocks.map((value) => ({value, lang: 'console'})),
    1,
  );
  return {
    benchmark: 'transcript parser on real documentation',
    node: process.version,
    projects: files.map((f) => ({repo: f.repo, commit: f.commit, license: f.license})),
    perProject,
    total,
    rates: {
      convertedPct: pct(total.converted, total.sessions),
      sessionsRightPct: pct(total.sessionsRight, total.sessions),
      commandsRightPct: pct(total.commandsRight, total.expectedCommands),
      unconvertedPct: pct(total.unconverted, total.sessions),
    },
    throughput: {real, generated},
    targets: {extraCommands: 0, unconvertedPct: 1, generatedMbPerSecond: 50},
    pass: {
      extraCommands: total.extraCommands === 0,
      unconverted: total.unconverted / total.sessions < 0.01,
      generated: generated.mbPerSecond >= 50,
    },
  };
}

if (require.main === module || process.argv[1]?.endsWith(path.join('bench', 'transcript-corpus.ts'))) {
  run().then(
    (result) => process.stdout.write(JSON.stringify(result, null, 2) + '\n'),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
