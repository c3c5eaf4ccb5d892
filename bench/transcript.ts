/**
 * Benchmark of remark-shell-transcript, printed as JSON:
 *   npx jiti bench/transcript.ts
 * 1. parser throughput (MB/s) on a generated ~10 MB corpus of sessions;
 * 2. the plugin's share of MDX compile time over the site's docs: every
 *    docs/**\/*.md and versioned_docs/**\/*.md compiled with @mdx-js/mdx and
 *    the syntax plugins Docusaurus uses, with and without our plugin, in the
 *    same run, each file both ways back to back in alternating order, several
 *    rounds. Reported as medians over rounds of CPU time and of wall-clock
 *    time (CPU time counts this process only, but also its GC and JIT
 *    threads; wall time counts the neighbours on a shared machine), plus the
 *    ratio from each file's fastest compile. Also times the plugin's own
 *    transformer directly.
 * Targets: >= 50 MB/s and < 3 % added to compile time (pass.parser, pass.compile).
 * `run()` returns the same object for an aggregate `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {parseTranscript} from '@docker-k8s-notes/docusaurus-theme-shell-transcript/parse';
import remarkShellTranscript from '@docker-k8s-notes/docusaurus-theme-shell-transcript/remark';
import {compareCompile, cpuMs, median} from './compile-compare';

// ESM-only packages are loaded through a plain CommonJS file (see import-esm.cjs).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- dynamically imported ESM modules carry no static types here
const importEsm = createRequire(__filename)('./import-esm.cjs') as (specifier: string) => Promise<any>;

const ROOT = path.resolve(__dirname, '..');

/**
 * CPU time of this process in ms. The machine is shared (other builds run
 * next to the bench), so wall-clock time measures the neighbours too.
 */
const CORPUS_BYTES = 10 * 1024 * 1024;
const PARSE_ROUNDS = 9;
const COMPILE_ROUNDS = 7;

/** Deterministic PRNG (mulberry32) so every run parses the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Code blocks (their text) of realistic sessions: prompts, continuations, heredocs, REPLs, ANSI. */
export function generateCorpus(bytes: number, seed = 42): {blocks: string[]; bytes: number} {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const prompts = ['$', '[root@node1 ~]#', 'alice@web01:~/app$', 'root@4f2a9c1e77d0:/#', '/ #', 'PS C:\\Users\\me>'];
  const words = [
    'docker',
    'run',
    '-d',
    '--name',
    'web',
    'nginx:1.27',
    'ps',
    '-a',
    'kubectl',
    'get',
    'pods',
    '-o',
    'wide',
    '|',
    'grep',
    'ready',
    '"${HOME}"',
    "'{{.Name}}'",
  ];
  const outputs = [
    'CONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS',
    '3f1c0d2e9a7b   nginx:1.27     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes',
    '<none>         <none>         4a3b2c1d0e9f   3 weeks ago    7.8MB',
    '\u001b[32m[+] Running 2/2\u001b[0m',
    'NAME                     READY   STATUS    RESTARTS   AGE',
    '# comment line of a config file',
    '',
  ];
  const command = (): string =>
    Array.from({length: 2 + Math.floor(rnd() * 6)}, () => pick(words))
      .join(' ')
      .replace(/( \|)+$/, '');
  const blocks: string[] = [];
  let total = 0;
  while (total < bytes) {
    const lines: string[] = [];
    const steps = 1 + Math.floor(rnd() * 12);
    for (let s = 0; s < steps; s++) {
      const r = rnd();
      if (r < 0.08) {
        lines.push('$ cat <<EOF > /etc/app.conf', '> key=value', '> other=1', '> EOF');
      } else if (r < 0.18) {
        lines.push(`$ ${command()} \\`, `>   ${command()} \\`, `>   ${command()}`);
      } else if (r < 0.24) {
        lines.push('>>> for i in range(3):', '...     print(i)', '...', '0', '1', '2');
        continue;
      } else {
        lines.push(`${pick(prompts)} ${command()}`);
      }
      const n = Math.floor(rnd() * 8);
      for (let k = 0; k < n; k++) lines.push(pick(outputs));
    }
    const block = lines.join('\n');
    blocks.push(block);
    total += Buffer.byteLength(block) + 1;
  }
  return {blocks, bytes: total};
}

function benchParser() {
  const {blocks, bytes} = generateCorpus(CORPUS_BYTES);
  let steps = 0;
  let notTranscripts = 0;
  for (const b of blocks) {
    const r = parseTranscript(b, {lang: 'console'});
    if (r) steps += r.length;
    else notTranscripts++;
  }
  const times: number[] = [];
  for (let round = 0; round < PARSE_ROUNDS; round++) {
    const t0 = cpuMs();
    for (const b of blocks) parseTranscript(b, {lang: 'console'});
    times.push(cpuMs() - t0);
  }
  const ms = median(times);
  return {
    corpusBytes: bytes,
    blocks: blocks.length,
    steps,
    notTranscripts,
    rounds: PARSE_ROUNDS,
    medianMs: Math.round(ms),
    mbPerSecond: Math.round((bytes / 1024 / 1024 / (ms / 1000)) * 10) / 10,
  };
}

function listDocs(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) out.push(full);
    }
  };
  walk(path.join(ROOT, 'docs'));
  walk(path.join(ROOT, 'versioned_docs'));
  return out.sort();
}

async function benchCompile() {
  const {compile} = await importEsm('@mdx-js/mdx');
  const gfm = (await importEsm('remark-gfm')).default;
  const directive = (await importEsm('remark-directive')).default;
  const frontmatter = (await importEsm('remark-frontmatter')).default;

  // Our transformer, timed from the inside (CPU time).
  let pluginMs = 0;
  function timedTranscript(this: unknown) {
    const transformer = (
      remarkShellTranscript as unknown as (this: unknown, options: object) => (t: Root, f: VFile) => void
    ).call(this, {onInvalidTranscript: 'ignore'});
    return (tree: Root, file: VFile) => {
      const t0 = cpuMs();
      transformer(tree, file);
      pluginMs += cpuMs() - t0;
    };
  }
  const base = [frontmatter, gfm, directive];
  const files = listDocs().map((file) => ({file, value: fs.readFileSync(file, 'utf8')}));
  const compileOne = (f: (typeof files)[number], withPlugin: boolean) =>
    compile({value: f.value, path: f.file}, {remarkPlugins: withPlugin ? [...base, timedTranscript] : base});

  // Pages that do not compile at all (authors' work in progress) are left out.
  // This pass is also the warm-up (JIT) for both sides.
  const ok: typeof files = [];
  const failed: string[] = [];
  for (const f of files) {
    try {
      await compileOne(f, false);
      await compileOne(f, true);
      ok.push(f);
    } catch {
      failed.push(path.relative(ROOT, f.file));
    }
  }

  const pluginPerRound: number[] = [];
  const result = await compareCompile({
    files: ok,
    rounds: COMPILE_ROUNDS,
    compile: compileOne,
    beforeRound: () => {
      pluginMs = 0;
    },
    afterRound: () => pluginPerRound.push(pluginMs),
  });
  const {withCpuPerRound, ...compared} = result;
  const bytes = ok.reduce((n, f) => n + Buffer.byteLength(f.value), 0);
  return {
    files: ok.length,
    skippedFiles: failed,
    bytes,
    ...compared,
    /** Time inside our transformer (CPU) / total CPU compile time with the plugin, median over rounds. */
    pluginMs: Math.round(median(pluginPerRound)),
    pluginShare: Math.round(median(pluginPerRound.map((ms, r) => ms / withCpuPerRound[r])) * 10000) / 10000,
  };
}

export async function run() {
  const parser = benchParser();
  const compile = await benchCompile();
  return {
    benchmark: 'remark-shell-transcript',
    node: process.version,
    parser,
    compile,
    /**
     * The issue's targets: parser >= 50 MB/s; the plugin adds < 3 % to MDX
     * compile time end to end (with vs without, medians over rounds, CPU and
     * wall-clock both). `pluginShare` (time inside the transformer) is shown
     * but not what the target is about: most of the cost is MDX compiling
     * the nodes the plugin emits.
     */
    targets: {parserMbPerSecond: 50, compileRatio: 0.03},
    pass: {
      parser: parser.mbPerSecond >= 50,
      compile: compile.ratio < 0.03 && compile.wallRatio < 0.03,
    },
  };
}

// Run directly (npx jiti bench/transcript.ts), not when imported by an aggregate bench.
if (require.main === module || process.argv[1]?.endsWith(path.join('bench', 'transcript.ts'))) {
  run().then(
    (result) => process.stdout.write(JSON.stringify(result, null, 2) + '\n'),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
