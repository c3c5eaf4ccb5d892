/**
 * Benchmark of remark-glossary, printed as JSON:
 *   npx jiti bench/glossary.ts
 * 1. matcher throughput (MB/s) over a generated 10 MB Chinese corpus, with the
 *    whole glossary of the current edition (every term and alias);
 * 2. the plugin's share of MDX compile time over the site's docs (every .md in
 *    docs/ and versioned_docs/, compiled with @mdx-js/mdx and the syntax plugins
 *    Docusaurus uses, with and without the plugin, interleaved, same run), plus
 *    the plugin's own transform time measured directly (medians of interleaved
 *    rounds, wall and CPU); the usage scan the Docusaurus plugin does once per
 *    build is reported apart, with the dev server's rescan after a term page
 *    change (pages whose content and glossary are unchanged are not parsed again);
 * 3. gzip bytes of the JS/CSS the tooltip adds (component sources minified with
 *    swc, as the production bundle does, CSS minified).
 * Targets: >= 20 MB/s, < 3 % of compile time, < 3 KB gzip.
 * `run()` returns the same object.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {performance} from 'node:perf_hooks';
import {transformSync} from '@swc/core';
import {createRequire} from 'node:module';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {createGlossary, type Options} from '@docker-k8s-notes/docusaurus-plugin-glossary';
import {remarkGlossary} from '@docker-k8s-notes/docusaurus-plugin-glossary/remark';
import {defaultEditionSources} from '@docker-k8s-notes/docusaurus-plugin-glossary/tools';
import {glossaryOptions} from '../glossary.config';
import {compareCompile, median} from './compile-compare';

const ROOT = path.resolve(__dirname, '..');
const importEsm = createRequire(__filename)('./import-esm.cjs') as (
  specifier: string,
) => Promise<typeof import('@mdx-js/mdx')>;
const CORPUS_BYTES = 10 * 1000 * 1000;
const MATCH_ROUNDS = 5;
const COMPILE_ROUNDS = 7;
const USAGE_RESCANS = 3;

/** Deterministic PRNG (mulberry32): every run matches the same corpus. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraph-sized Chinese text with terms, near-misses (RUNNING, $USER, docker run) and ASCII. */
function corpus(spellings: string[]): string[] {
  const random = prng(42);
  const words = [
    '容器',
    '镜像',
    '构建',
    '运行',
    '使用',
    '指令',
    '参数',
    '网络',
    '端口',
    '进程',
    '文件系统',
    '的',
    '了',
    '和',
    '在',
    '，',
    '。',
    '：',
  ];
  const noise = [
    'docker run',
    'RUNNING',
    '$USER',
    '--env',
    '/etc/ENV',
    'ENV_FILE',
    'apt-get',
    'nginx:1.27',
    '8080',
    ' ',
  ];
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < CORPUS_BYTES) {
    let p = '';
    while (p.length < 300) {
      const r = random();
      p += r < 0.08 ? pick(spellings) : r < 0.14 ? pick(noise) : pick(words);
    }
    paragraphs.push(p);
    bytes += Buffer.byteLength(p);
  }
  return paragraphs;
}

async function matcherThroughput() {
  const store = createGlossary(glossaryOptions).load(defaultEditionSources(ROOT), {siteDir: ROOT});
  const edition = store.glossary.editions[0];
  const matcher = store.matcher(edition);
  const paragraphs = corpus(matcher.spellings.map((s) => s.text));
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
  let matches = 0;
  const times: number[] = [];
  for (let round = 0; round <= MATCH_ROUNDS; round++) {
    const start = performance.now();
    matches = 0;
    for (const p of paragraphs) matches += matcher.find(p).length;
    if (round > 0) times.push(performance.now() - start); // round 0 warms up the JIT
  }
  const ms = median(times);
  return {
    corpusBytes: bytes,
    spellings: matcher.spellings.length,
    matches,
    medianMs: Math.round(ms),
    mbPerSecond: Math.round((bytes / 1e6 / (ms / 1000)) * 10) / 10,
    targetMbPerSecond: 20,
  };
}

/** Wall and CPU milliseconds of `fn` (CPU: user + system of this process, so GC threads count too). */
async function timed<T>(fn: () => T | Promise<T>): Promise<{wall: number; cpu: number; value: T}> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const cpu = process.cpuUsage(cpu0);
  return {wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000, value};
}

const round1 = (n: number) => Math.round(n * 10) / 10;

async function compileShare() {
  const {compile} = await importEsm('@mdx-js/mdx');
  const glossary = createGlossary({...glossaryOptions, onUnknownTerm: 'ignore'} satisfies Options);
  const load = () => glossary.load(defaultEditionSources(ROOT), {siteDir: ROOT});
  let store = load();
  // The usage scan runs once per build (the plugin's allContentLoaded), not per page;
  // the dev server runs it again after every content change (a new load of the same instance).
  const scanAll = () => {
    for (const edition of store.glossary.editions) store.usage(edition);
  };
  const firstScan = await timed(scanAll);
  const rescans: Array<{wall: number; cpu: number}> = [];
  for (let round = 0; round < USAGE_RESCANS; round++) {
    store = load();
    rescans.push(await timed(scanAll));
  }

  const files = store.glossary.editions.flatMap((e) => e.pages.map((page) => page.file));
  const sources = files.map((file) => ({file, value: fs.readFileSync(file, 'utf8')}));
  let transform = {wall: 0, cpu: 0};
  // Times the plugin's own transformer inside the "with" compiles.
  function timedGlossary(this: unknown) {
    const transformer = remarkGlossary.call(this, {glossary});
    return (tree: Root, file: VFile) => {
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      transformer(tree, file, () => {});
      const cpu = process.cpuUsage(cpu0);
      transform.wall += performance.now() - start;
      transform.cpu += (cpu.user + cpu.system) / 1000;
    };
  }
  const base = [remarkFrontmatter, remarkDirective, remarkGfm];
  const compileOne = async ({file, value}: (typeof sources)[number], withPlugin: boolean) => {
    try {
      await compile({value, path: file}, {remarkPlugins: withPlugin ? [timedGlossary, ...base] : base});
    } catch {
      // A page MDX rejects fails the real build; it does not matter here.
    }
  };
  for (const source of sources) await compileOne(source, true); // warm-up
  const transformRounds: Array<{wall: number; cpu: number}> = [];
  const compared = await compareCompile({
    files: sources,
    rounds: COMPILE_ROUNDS,
    compile: compileOne,
    beforeRound: () => {
      transform = {wall: 0, cpu: 0};
    },
    afterRound: () => transformRounds.push(transform),
  });
  const cpuShares = transformRounds.map((t, r) => (t.cpu / compared.withCpuPerRound[r]) * 100);
  return {
    pages: sources.length,
    rounds: COMPILE_ROUNDS,
    compileWithMs: compared.wall.withPluginMs,
    compileWithoutMs: compared.wall.withoutPluginMs,
    compileWithCpuMs: compared.cpu.withPluginMs,
    compileWithoutCpuMs: compared.cpu.withoutPluginMs,
    /** (with − without) / without, median over rounds of per-file interleaved compiles (bench/compile-compare.ts). */
    ratioPercent: round1(compared.ratio * 100),
    wallRatioPercent: round1(compared.wallRatio * 100),
    roundRatiosPercent: compared.roundRatios.cpu.map((x) => round1(x * 100)),
    minRatioPercent: {cpu: round1(compared.minRatio.cpu * 100), wall: round1(compared.minRatio.wall * 100)},
    transformMs: round1(median(transformRounds.map((t) => t.wall))),
    transformCpuMs: round1(median(transformRounds.map((t) => t.cpu))),
    cpuSharePercent: round1(median(cpuShares)),
    usageScanMs: Math.round(firstScan.wall),
    usageScanCpuMs: Math.round(firstScan.cpu),
    usageRescanMs: round1(median(rescans.map((r) => r.wall))),
    usageRescanCpuMs: round1(median(rescans.map((r) => r.cpu))),
    targetPercent: 3,
  };
}

function gzip(text: string): number {
  return zlib.gzipSync(text, {level: 9}).length;
}

/** A component source minified as the production bundle does (swc). */
function minifyTsx(file: string): string {
  return transformSync(fs.readFileSync(file, 'utf8'), {
    filename: path.basename(file),
    jsc: {
      parser: {syntax: 'typescript', tsx: true},
      target: 'es2020',
      transform: {react: {runtime: 'automatic'}},
      minify: {compress: true, mangle: true},
    },
    minify: true,
    module: {type: 'es6'},
  }).code;
}

/** Comments and whitespace removed, as a CSS minifier would at least do. */
function minifyCss(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,])\s*/g, '$1');
}

export function tooltipBytes() {
  const theme = path.join(ROOT, 'plugins', 'glossary', 'src', 'theme');
  // Everything the glossary adds to a page with tooltips: the tooltip, the code
  // keyword links (context + wrapper + token), and their CSS.
  const scripts = [
    'GlossaryTerm/index.tsx',
    'GlossaryCode/index.tsx',
    'GlossaryCode/context.ts',
    'CodeBlock/Line/Token/index.tsx',
  ];
  const styles = [
    'GlossaryTerm/styles.module.css',
    'GlossaryIndex/styles.module.css',
    'GlossaryAppearsIn/styles.module.css',
  ];
  // The tooltip's own files come first in both lists: [0] is the tooltip alone.
  const jsParts = scripts.map((file) => minifyTsx(path.join(theme, file)));
  const cssParts = styles.map((file) => minifyCss(path.join(theme, file)));
  const [tooltipJs, tooltipCss] = [jsParts[0], cssParts[0]];
  const [js, css] = [jsParts.join('\n'), cssParts.join('\n')];
  return {
    method: 'component sources minified with swc (as the production bundle), CSS minified, gzip -9',
    tooltipJsGzipBytes: gzip(tooltipJs),
    tooltipCssGzipBytes: gzip(tooltipCss),
    allGlossaryJsGzipBytes: gzip(js),
    allGlossaryCssGzipBytes: gzip(css),
    totalGzipBytes: gzip(js) + gzip(css),
    targetBytes: 3 * 1024,
  };
}

export async function run() {
  return {
    matcher: await matcherThroughput(),
    compile: await compileShare(),
    tooltip: tooltipBytes(),
  };
}

if (process.argv[1] && /glossary\.ts$/.test(process.argv[1])) {
  run().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
