/**
 * Fits the weights a page's score gives to what is known of it (PAGE_WEIGHTS in
 * src/search-box/queryRules.ts) on development splits, and scores each split with
 * weights fitted on the others.
 *
 *   node bench/search-node.cjs bench/fit-ranking.ts BUILD:QUERIES.yaml [BUILD:QUERIES.yaml ...]
 *
 * A development split is a set of readers' queries (training batches) and a
 * production build whose search/questions.yaml lacks those queries' questions
 * (delete them in a git worktree, build there), so the index has not heard from
 * these readers, as it has not from the held-out ones. Never give it held-out
 * batches. The search is the box's own (rankedSearch and the worker's answer),
 * in Node; `explain` hands over each page's factors.
 *
 * The fit: for each query, a softmax over the pages found, by their scores' logs;
 * gradient descent on the mean negative log of the target pages' share, pulled
 * gently toward the weights in use. The weights printed are over that of the rows'
 * own score (which stays 1 in the product).
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {loadQueries, forEdition, pageOfUrl, indexFiles, downloadedFile, EDITIONS, type Edition} from './search';
import {readBoxIndex} from '../src/search-box/boxFormat';
import {answerQueries, loadIndex, type LoadedIndex} from '../src/search-box/engine';
import {rankedSearch, type RunQueries} from '../src/search-box/rankedSearch';
import {PAGE_WEIGHTS, type PageFactors, type PageWeights, type SynonymGroup} from '../src/search-box/queryRules';
import {loadSynonyms} from '../src/search-box/synonyms';
import {createSimplify, type Simplify} from '../src/search-box/traditional';
import {localSearchOptions} from '../search.config';

const ROOT = path.resolve(__dirname, '..');
const KEYS = ['best', ...Object.keys(PAGE_WEIGHTS)] as (keyof PageFactors)[];
const EPOCHS = 1500;
const RATE = 0.5;
const PULL = 1e-3;

/** The pages one query found: their factors in KEYS order, and which of them are targets. */
interface Sample {
  split: number;
  edition: Edition;
  x: number[][];
  target: boolean[];
}

function registerLunrLanguages(): void {
  // The generated client module registers lunr's zh / en support on the shared lunr;
  // building a one-row index with the site's options does the same here.
  const require = createRequire(__filename);
  const {buildIndex} = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex.js');
  buildIndex([[{i: 1, t: 'x', u: '/x'}], [], [], [], []], {
    ...localSearchOptions,
    zhUserDict: undefined,
    zhUserDictPath: undefined,
  });
}

/** The index the search box downloads for an edition: its own copy, or the package's. */
function loadEdition(build: string, edition: Edition): LoadedIndex {
  const [file, ...more] = indexFiles(build, edition);
  if (!file || more.length > 0)
    throw new Error(`${build}: expected one search index for ${edition} (a production build of this site?)`);
  return loadIndex(readBoxIndex(JSON.parse(fs.readFileSync(downloadedFile(file), 'utf8'))));
}

async function collect(
  split: number,
  build: string,
  queriesFile: string,
  synonyms: readonly SynonymGroup[],
  simplify: Simplify,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const edition of EDITIONS) {
    const index = loadEdition(build, edition);
    const run: RunQueries = async (queries, limit, cover, label, asked, comparing) =>
      answerQueries(index, {queries, limit, cover, label, asked, comparing});
    for (const query of forEdition(loadQueries(queriesFile), edition)) {
      let pages: readonly {url?: string; factors: PageFactors}[] = [];
      await rankedSearch(run, query.q, synonyms, {shown: 10, simplify, explain: (found) => (pages = found)});
      // A page whose rows all scored 0 (log −∞) is last whatever the weights, and would make the gradient NaN.
      pages = pages.filter(({factors}) => KEYS.every((k) => Number.isFinite(factors[k])));
      samples.push({
        split,
        edition,
        x: pages.map(({factors}) => KEYS.map((k) => factors[k])),
        target: pages.map(({url}) => query.targets.includes(pageOfUrl(url ?? '')?.page ?? '')),
      });
    }
  }
  return samples;
}

const dot = (w: number[], x: number[]) => x.reduce((sum, v, i) => sum + w[i] * v, 0);

function firstIsTarget(w: number[], s: Sample): boolean {
  let best = -1;
  let bestScore = -Infinity;
  s.x.forEach((x, i) => {
    const score = dot(w, x);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best >= 0 && s.target[best];
}

function fit(samples: readonly Sample[], start: number[]): number[] {
  const w = [...start];
  const usable = samples.filter((s) => s.target.some(Boolean));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = w.map((v, i) => PULL * (v - start[i]));
    for (const s of usable) {
      const scores = s.x.map((x) => dot(w, x));
      const top = Math.max(...scores);
      const p = scores.map((v) => Math.exp(v - top));
      const total = p.reduce((a, b) => a + b, 0);
      const onTargets = p.reduce((sum, v, i) => sum + (s.target[i] ? v : 0), 0);
      // d(-log(share of targets))/dw = E_all[x] - E_targets[x]
      s.x.forEach((x, i) => {
        const coefficient = p[i] / total - (s.target[i] ? p[i] / onTargets : 0);
        x.forEach((v, j) => (gradient[j] += (coefficient * v) / usable.length));
      });
    }
    gradient.forEach((g, j) => (w[j] -= RATE * g));
  }
  return w;
}

function hits(w: number[], samples: readonly Sample[], edition: Edition): string {
  const mine = samples.filter((s) => s.edition === edition);
  const n = mine.filter((s) => firstIsTarget(w, s)).length;
  return `${((100 * n) / Math.max(1, mine.length)).toFixed(1)} %`;
}

async function main(): Promise<void> {
  const splits = process.argv.slice(2).map((arg) => {
    const at = arg.lastIndexOf(':');
    if (at <= 0) throw new Error(`${arg}: expected BUILD_DIR:QUERIES.yaml`);
    return {build: path.resolve(arg.slice(0, at)), queries: path.resolve(arg.slice(at + 1))};
  });
  if (splits.length === 0)
    throw new Error('usage: node bench/search-node.cjs bench/fit-ranking.ts BUILD:QUERIES.yaml [...]');
  registerLunrLanguages();
  const synonyms = loadSynonyms(path.join(ROOT, 'search', 'synonyms.yaml'));
  const simplify = createSimplify();
  const samples: Sample[] = [];
  for (const [i, {build, queries}] of splits.entries())
    samples.push(...(await collect(i, build, queries, synonyms, simplify)));
  const current = [1, ...KEYS.slice(1).map((k) => PAGE_WEIGHTS[k as keyof PageWeights])];
  console.log('| split | edition | queries | weights in use | weights fitted on the other splits |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [i, {queries}] of splits.entries()) {
    const mine = samples.filter((s) => s.split === i);
    const others = samples.filter((s) => s.split !== i);
    const w = others.length > 0 ? fit(others, current) : undefined;
    for (const edition of EDITIONS) {
      const n = mine.filter((s) => s.edition === edition).length;
      console.log(
        `| ${path.basename(queries)} | ${edition} | ${n} | ${hits(current, mine, edition)} | ${w ? hits(w, mine, edition) : '–'} |`,
      );
    }
  }
  const w = fit(samples, current);
  console.log("\nFitted on every split (each weight over the rows' score's):");
  for (const [i, key] of KEYS.entries()) if (i > 0) console.log(`  ${key}: ${(w[i] / w[0]).toFixed(2)},`);
  for (const edition of EDITIONS)
    console.log(
      `  ${edition}: ${hits(current, samples, edition)} in use, ${hits(w, samples, edition)} fitted (on the same queries)`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
