/**
 * Search benchmark: types every query of test/search/queries.yaml (and of the
 * training and held-out sets) into the navbar search box of a production build, in each
 * edition, and records hits@1, hits@3 (distinct pages), wrong-edition results,
 * the time from the last keystroke to the results, the first search (index
 * download included) and the index bytes. The same queries go through Pagefind
 * over the same build (one index per edition) when `pagefind` is installed.
 *
 *   npx jiti bench/search.ts [buildDir ...]   # default: build/
 *   npx jiti bench/search.ts --sets tuned,held-out [buildDir ...]
 *       # only those query sets (the training set alone takes most of the run)
 *
 * `run()` is what bench/run.ts calls; it builds nothing itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {execFileSync} from 'node:child_process';
import yaml from 'js-yaml';
import type {Page} from 'playwright-core';
import {launchBrowser, startServer} from '../test/e2e/harness';
import {boxIndexName} from '../src/search-box/indexName';

// The repository root: bench scripts and tests run from it.
const ROOT = typeof __dirname === 'string' ? path.resolve(__dirname, '..') : process.cwd();
export const EDITIONS = ['2.0', '1.0'] as const;
export type Edition = (typeof EDITIONS)[number];
/** Where each edition's docs live in the build. */
export const EDITION_PREFIX: Record<Edition, string> = {'2.0': '/docs/', '1.0': '/docs/1.0/'};

export interface Query {
  q: string;
  kind: string;
  targets: string[];
  editions?: Edition[];
}

export function loadQueries(file: string): Query[] {
  const data = yaml.load(fs.readFileSync(file, 'utf8'), {filename: file});
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of queries`);
  return data.map((item: Query, i) => {
    if (typeof item?.q !== 'string' || !Array.isArray(item.targets) || item.targets.length === 0) {
      throw new Error(`${file}: query ${i + 1} needs \`q\` (text) and \`targets\` (a list of page paths)`);
    }
    return {...item, q: String(item.q), editions: item.editions?.map(String) as Edition[] | undefined};
  });
}

export const forEdition = (queries: Query[], edition: Edition) =>
  queries.filter((q) => !q.editions || q.editions.includes(edition));

/** `/docs/1.0/resources/cpu?x#y` -> {edition: '1.0', page: 'resources/cpu'}. */
export function pageOfUrl(url: string): {edition: Edition; page: string} | undefined {
  const pathname = new URL(url, 'http://x').pathname.replace(/\.html$/, '').replace(/\/$/, '');
  if (pathname.startsWith('/docs/1.0/') || pathname === '/docs/1.0') {
    return {edition: '1.0', page: pathname.slice('/docs/1.0/'.length) || 'intro'};
  }
  if (pathname.startsWith('/docs/') || pathname === '/docs') {
    return {edition: '2.0', page: pathname.slice('/docs/'.length) || 'intro'};
  }
  return undefined;
}

export interface QueryOutcome {
  q: string;
  kind: string;
  /** Distinct pages of the results, in order. */
  pages: string[];
  hit1: boolean;
  hit3: boolean;
  wrongEdition: number;
  latencyMs: number;
}

export function scoreResults(query: Query, urls: string[], edition: Edition): Omit<QueryOutcome, 'latencyMs'> {
  const pages: string[] = [];
  let wrongEdition = 0;
  for (const url of urls) {
    const p = pageOfUrl(url);
    if (!p) continue;
    if (p.edition !== edition) {
      wrongEdition += 1;
      continue;
    }
    if (!pages.includes(p.page)) pages.push(p.page);
  }
  const ok = (page: string | undefined) => page !== undefined && query.targets.includes(page);
  return {
    q: query.q,
    kind: query.kind,
    pages,
    hit1: ok(pages[0]),
    hit3: pages.slice(0, 3).some(ok),
    wrongEdition,
  };
}

export interface EngineRun {
  engine: string;
  edition: Edition;
  set: string;
  outcomes: QueryOutcome[];
  firstSearchMs: number;
  indexBytes: number;
  indexBytesGzip: number;
}

const median = (xs: number[]) => percentile(xs, 50);
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Types a query into the navbar box and returns the result URLs and the time
 * from the input event of the last keystroke to the dropdown showing results for
 * it. Rows without a link (the package's own dropdown) are mapped to their page by
 * the title they show.
 */
async function typeQuery(
  page: Page,
  q: string,
  titleToUrl: Map<string, string>,
): Promise<{urls: string[]; latencyMs: number; sinceFirstKeyMs: number}> {
  const input = page.locator('.navbar__search-input');
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('[role="listbox"] [role="option"]'), undefined, {
    timeout: 30_000,
  });
  // Timestamps taken in the page: the input event of every keystroke and every
  // change of the dropdown; latency = last dropdown change - last keystroke.
  await page.evaluate(() => {
    const w = window as unknown as {
      __firstInput: number;
      __lastInput: number;
      __lastChange: number;
      __obs?: MutationObserver;
    };
    const box = document.querySelector('.navbar__search-input') as HTMLInputElement;
    w.__firstInput = 0;
    w.__lastInput = 0;
    w.__lastChange = 0;
    if (!w.__obs) {
      box.addEventListener('input', () => {
        w.__lastInput = performance.now();
        w.__firstInput ||= w.__lastInput;
      });
      w.__obs = new MutationObserver(() => (w.__lastChange = performance.now()));
      w.__obs.observe(document.body, {childList: true, subtree: true, characterData: true});
    }
  });
  await input.pressSequentially(q, {delay: 0});
  // Done when the dropdown shows rows or "no results" and has not changed for
  // 300 ms after the last keystroke (the worker answers every keystroke in turn).
  await page.waitForFunction(
    () => {
      const w = window as unknown as {__lastInput: number; __lastChange: number};
      const shown = document.querySelector('[role="listbox"] [role="option"], [class*="noResults"]');
      const now = performance.now();
      return (
        shown &&
        now - w.__lastInput > 300 &&
        ((w.__lastChange > w.__lastInput && now - w.__lastChange > 300) || now - w.__lastInput > 3000)
      );
    },
    undefined,
    {polling: 20, timeout: 20_000},
  );
  const {latencyMs, sinceFirstKeyMs} = await page.evaluate(() => {
    const w = window as unknown as {__firstInput: number; __lastInput: number; __lastChange: number};
    return {
      latencyMs: Math.max(0, w.__lastChange - w.__lastInput),
      sinceFirstKeyMs: Math.max(0, w.__lastChange - w.__firstInput),
    };
  });
  const rows = await page.$$eval('[role="listbox"] [role="option"]', (els) =>
    els.map((el) => ({
      href: el.querySelector('a[href]')?.getAttribute('href') ?? null,
      title: el.querySelector('[class*="hitTitle"]')?.textContent ?? '',
      path: el.querySelector('[class*="hitPath"]')?.textContent ?? '',
    })),
  );
  const urls: string[] = [];
  let previous: string | undefined;
  for (const row of rows) {
    let url = row.href ?? titleToUrl.get(row.title);
    if (!url && row.path) {
      const parts = row.path.split(' › ').reverse();
      url = parts.map((p) => titleToUrl.get(p)).find(Boolean);
    }
    url ??= previous; // a tree row of the package's dropdown belongs to the page above it
    if (url) urls.push(url);
    previous = url;
  }
  return {urls, latencyMs, sinceFirstKeyMs};
}

/** The package's index files of an edition in a build. */
export function indexFiles(buildDir: string, edition: Edition): string[] {
  const dir = edition === '2.0' ? buildDir : path.join(buildDir, 'docs', '1.0');
  return fs
    .readdirSync(dir)
    .filter((f) => /^search-index.*\.json$/.test(f))
    .map((f) => path.join(dir, f));
}

/** The file the search box downloads for an index: its own copy when the build has one. */
export function downloadedFile(file: string): string {
  const name = boxIndexName(path.basename(file));
  const copy = name && path.join(path.dirname(file), name);
  return copy && fs.existsSync(copy) ? copy : file;
}

function titleMap(files: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {documents: {t: string; u: string}[]}[];
    for (const doc of data[0]?.documents ?? []) if (!map.has(doc.t)) map.set(doc.t, doc.u);
  }
  return map;
}

/** The navbar box of the build (our search box or the package's). */
export async function benchNavbar(
  buildDir: string,
  engine: string,
  sets: Record<string, Query[]>,
): Promise<EngineRun[]> {
  const server = await startServer(buildDir);
  const browser = await launchBrowser();
  const runs: EngineRun[] = [];
  try {
    for (const edition of EDITIONS) {
      const files = indexFiles(buildDir, edition);
      const raw = files.map((f) => fs.readFileSync(downloadedFile(f)));
      const titles = titleMap(files);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${EDITION_PREFIX[edition].replace(/\/$/, '')}`, {waitUntil: 'load'});
      await page.waitForSelector('.navbar__search-input', {state: 'visible', timeout: 60_000});
      // Hydrated: React has attached its handlers to the root.
      await page.waitForFunction(
        () => Object.keys(document.getElementById('__docusaurus') ?? {}).some((k) => k.startsWith('__react')),
        undefined,
        {timeout: 60_000},
      );
      let firstSearchMs = NaN;
      for (const [set, queries] of Object.entries(sets)) {
        const outcomes: QueryOutcome[] = [];
        for (const query of forEdition(queries, edition)) {
          const {urls, latencyMs, sinceFirstKeyMs} = await typeQuery(page, query.q, titles).catch((error: unknown) => {
            process.stderr.write(
              `bench: search ${edition} \`${query.q}\` showed nothing: ${String(error).split('\n')[0]}\n`,
            );
            return {urls: [] as string[], latencyMs: NaN, sinceFirstKeyMs: NaN};
          });
          // First keystroke of the first query to its results (index download and load included).
          if (Number.isNaN(firstSearchMs)) firstSearchMs = sinceFirstKeyMs;
          outcomes.push({...scoreResults(query, urls, edition), latencyMs});
        }
        runs.push({
          engine,
          edition,
          set,
          outcomes,
          firstSearchMs,
          indexBytes: raw.reduce((n, b) => n + b.length, 0),
          indexBytesGzip: raw.reduce((n, b) => n + zlib.gzipSync(b).length, 0),
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return runs;
}

/**
 * Pagefind over the same build: one index per edition (only that edition's
 * pages), queried through its own browser API with the same queries.
 */
export async function benchPagefind(buildDir: string, sets: Record<string, Query[]>): Promise<EngineRun[]> {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'pagefind');
  if (!fs.existsSync(bin)) throw new Error('pagefind is not installed (npm install --save-dev pagefind)');
  const site = path.join(ROOT, 'bench', '.work', 'pagefind-site');
  fs.rmSync(site, {recursive: true, force: true});
  fs.cpSync(buildDir, site, {recursive: true});
  // Pagefind's globs have no negation: index 1.0 first, then 2.0 with 1.0 moved aside.
  const run = (glob: string, edition: Edition) =>
    execFileSync(
      bin,
      ['--site', site, '--glob', glob, '--output-subdir', `pagefind-${edition}`, '--force-language', 'zh'],
      {
        stdio: 'pipe',
      },
    );
  run('docs/1.0/**/*.html', '1.0');
  const aside = path.join(ROOT, 'bench', '.work', 'pagefind-1.0-aside');
  fs.rmSync(aside, {recursive: true, force: true});
  fs.renameSync(path.join(site, 'docs', '1.0'), aside);
  try {
    run('docs/**/*.html', '2.0');
  } finally {
    fs.renameSync(aside, path.join(site, 'docs', '1.0'));
  }
  const server = await startServer(site);
  const browser = await launchBrowser();
  const runs: EngineRun[] = [];
  try {
    for (const edition of EDITIONS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bytes = {n: 0};
      page.on('response', async (r) => {
        if (r.url().includes(`/pagefind-${edition}/`) && !r.url().endsWith('.js')) {
          bytes.n += (await r.body().catch(() => Buffer.alloc(0))).length;
        }
      });
      await page.goto(`${server.url}${EDITION_PREFIX[edition]}`.replace(/\/$/, ''), {waitUntil: 'load'});
      let firstSearchMs = NaN;
      for (const [set, queries] of Object.entries(sets)) {
        const outcomes: QueryOutcome[] = [];
        for (const query of forEdition(queries, edition)) {
          // A string, so the transpiler running this file leaves the page's import() alone.
          const {urls, ms} = (await page.evaluate(`(async () => {
            const t0 = performance.now();
            window.__pf ??= import(${JSON.stringify(`/pagefind-${edition}/pagefind.js`)});
            const pf = await window.__pf;
            const res = await pf.search(${JSON.stringify(query.q)});
            const top = await Promise.all(res.results.slice(0, 10).map((r) => r.data()));
            return {urls: top.map((d) => d.url), ms: performance.now() - t0};
          })()`)) as {urls: string[]; ms: number};
          if (Number.isNaN(firstSearchMs)) firstSearchMs = ms;
          outcomes.push({...scoreResults(query, urls, edition), latencyMs: ms});
        }
        runs.push({
          engine: 'Pagefind',
          edition,
          set,
          outcomes,
          firstSearchMs,
          indexBytes: bytes.n,
          indexBytesGzip: NaN,
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return runs;
}

/** The set of queries written apart and never tuned on (test/search/heldout.yaml). */
export const HELD_OUT = 'held-out';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((n / d) * 1000) / 10} %`);
const kib = (n: number) => (Number.isNaN(n) ? '–' : `${Math.round(n / 1024)} KiB`);

export function table(runs: EngineRun[]): string[] {
  const lines = [
    '| engine | edition | set | queries | hits@1 | hits@3 | wrong edition | median latency | p95 latency | first search | index (raw / gzip) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of runs) {
    const n = r.outcomes.length;
    const lat = r.outcomes.map((o) => o.latencyMs).filter((x) => !Number.isNaN(x));
    lines.push(
      `| ${r.engine} | ${r.edition} | ${r.set} | ${n} | ${pct(r.outcomes.filter((o) => o.hit1).length, n)} | ${pct(
        r.outcomes.filter((o) => o.hit3).length,
        n,
      )} | ${r.outcomes.reduce((s, o) => s + o.wrongEdition, 0)} | ${Math.round(median(lat))} ms | ${Math.round(
        percentile(lat, 95),
      )} ms | ${Math.round(r.firstSearchMs)} ms | ${kib(r.indexBytes)} / ${kib(r.indexBytesGzip)} |`,
    );
  }
  return lines;
}

/**
 * The queries without a target in the first three pages, by engine, edition and set. A held-out
 * set's are only counted: it measures what nobody tuned on, so its misses are not shown to whoever
 * tunes the next change.
 */
export function misses(runs: EngineRun[]): string[] {
  const lines: string[] = [];
  for (const r of runs) {
    const missed = r.outcomes.filter((x) => !x.hit3);
    if (r.set === HELD_OUT) {
      if (missed.length > 0) lines.push(`- ${r.engine} ${r.edition} (${r.set}): ${missed.length}, not listed`);
      continue;
    }
    for (const o of missed) {
      lines.push(
        `- ${r.engine} ${r.edition} (${r.set}, ${o.kind}): \`${o.q}\` → ${o.pages.slice(0, 3).join(', ') || 'nothing'}`,
      );
    }
  }
  return lines;
}

export interface SearchBenchOptions {
  /** Builds to measure with their navbar box: label -> build folder (default: build/). */
  builds?: Record<string, string>;
  pagefindBuild?: string;
  /** Query sets to run (tuned, training, held-out); all of them when absent. */
  sets?: string[];
}

export async function run(options?: SearchBenchOptions): Promise<{runs: EngineRun[]; markdown: string[]}> {
  const builds = options?.builds ?? {'search box': path.join(ROOT, 'build')};
  const files: Record<string, string> = {
    tuned: 'test/search/queries.yaml',
    // Training batches: their questions are in the index (search/questions.yaml), so they show what was learnt.
    training: 'test/search/training.yaml',
    [HELD_OUT]: 'test/search/heldout.yaml',
  };
  const chosen = options?.sets ?? Object.keys(files);
  const unknown = chosen.filter((s) => !(s in files));
  if (unknown.length > 0) {
    throw new Error(`--sets: unknown set "${unknown.join('", "')}" (known: ${Object.keys(files).join(', ')}).`);
  }
  const sets = Object.fromEntries(chosen.map((s) => [s, loadQueries(path.join(ROOT, files[s]))]));
  const runs: EngineRun[] = [];
  for (const [label, dir] of Object.entries(builds)) {
    process.stderr.write(`bench: search, ${label} (${dir})…\n`);
    runs.push(...(await benchNavbar(dir, label, sets)));
  }
  const pfBuild = options?.pagefindBuild ?? Object.values(builds).at(-1);
  if (pfBuild) {
    try {
      process.stderr.write('bench: search, Pagefind…\n');
      runs.push(...(await benchPagefind(pfBuild, sets)));
    } catch (error) {
      process.stderr.write(`bench: Pagefind skipped: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return {runs, markdown: [...table(runs), '', 'Misses (no target in the first three pages):', '', ...misses(runs)]};
}

if (typeof __filename === 'string' && process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2);
  const setsAt = args.indexOf('--sets');
  const sets = setsAt >= 0 ? (args.splice(setsAt, 2)[1] ?? '').split(',').filter(Boolean) : undefined;
  const builds = Object.fromEntries(args.map((d) => [path.basename(d), path.resolve(d)]));
  run({builds: args.length > 0 ? builds : undefined, sets}).then(
    ({runs, markdown}) => {
      fs.mkdirSync(path.join(ROOT, 'bench', '.work'), {recursive: true});
      // Per query, for looking into a change; a held-out set's results stay out, as in the report.
      const kept = runs.map((r) =>
        r.set === HELD_OUT
          ? {
              ...r,
              outcomes: undefined,
              queries: r.outcomes.length,
              hits1: r.outcomes.filter((o) => o.hit1).length,
              hits3: r.outcomes.filter((o) => o.hit3).length,
            }
          : r,
      );
      fs.writeFileSync(path.join(ROOT, 'bench', '.work', 'search.json'), JSON.stringify(kept, null, 2));
      process.stdout.write(markdown.join('\n') + '\n');
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
