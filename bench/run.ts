/**
 * `npm run bench`: every benchmark of the project in one run, written to
 * BENCHMARKS.md as ratios between measurements taken side by side.
 *
 *   npm run bench                     # everything (about 15 minutes on 2 cores)
 *   npm run bench -- --skip-builds    # only the plugin and page-weight benchmarks
 *   npm run bench -- --pages 300      # corpus size per edition (default 1000)
 *   npm run bench -- --search-baseline DIR  # also measure another build's search box (e.g. before a change)
 *
 * Each timed build starts cold: .docusaurus/, the output folder and
 * node_modules/.cache are removed first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {timedBuild, type BuildRun} from './build';
import {generateCorpus} from './corpus';

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, 'bench', '.work');
const args = process.argv.slice(2);
const skipBuilds = args.includes('--skip-builds');
const pagesArg = args.indexOf('--pages');
const pages = pagesArg >= 0 ? Number(args[pagesArg + 1]) : 1000;
const baselineArg = args.indexOf('--search-baseline');
const searchBaseline = baselineArg >= 0 ? path.resolve(args[baselineArg + 1]) : undefined;
if (!Number.isInteger(pages) || pages < 50) {
  throw new Error(`--pages must be an integer of at least 50 (got "${args[pagesArg + 1]}").`);
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : NaN);
const row = (r: BuildRun) => `| ${r.label} | ${r.seconds} s | ${r.peakMiB} MiB | ${r.ok ? 'ok' : '**failed**'} |`;

async function optional<T>(name: string, load: () => Promise<{run: () => Promise<T>}>): Promise<T | {error: string}> {
  try {
    const mod = await load();
    return await mod.run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: ${name} failed: ${message}\n`);
    return {error: message};
  }
}

async function main() {
  fs.mkdirSync(WORK, {recursive: true});
  const sections: string[] = [];
  const raw: Record<string, unknown> = {};

  if (!skipBuilds) {
    process.stderr.write('bench: site build, Docusaurus Faster (Rspack + SWC)…\n');
    const siteFaster = await timedBuild('site, faster', ROOT, path.join(WORK, 'site-faster'), {});
    process.stderr.write('bench: site build, default bundler (webpack + Babel)…\n');
    const siteDefault = await timedBuild('site, default bundler', ROOT, path.join(WORK, 'site-default'), {
      DOCUSAURUS_FASTER: 'false',
    });
    process.stderr.write(`bench: generating a corpus of ${pages} pages x 2 editions…\n`);
    const corpus = generateCorpus(ROOT, path.join(WORK, 'corpus'), pages);
    process.stderr.write('bench: corpus build, our plugins on…\n');
    const corpusOn = await timedBuild('corpus, plugins on', corpus.dir, path.join(WORK, 'corpus-on'), {});
    process.stderr.write('bench: corpus build, our plugins off…\n');
    const corpusOff = await timedBuild('corpus, plugins off', corpus.dir, path.join(WORK, 'corpus-off'), {}, [
      '--config',
      'bench/plugins-off.config.ts',
    ]);
    raw.builds = {siteFaster, siteDefault, corpus: corpus.pages, corpusOn, corpusOff};
    sections.push(
      '## Production builds',
      '',
      `Cold builds (caches cleared before each), measured one after the other in this run. Corpus: the site's pages repeated to ${corpus.pages.current} pages in 2.0 and ${corpus.pages['1.0']} in 1.0.`,
      '',
      '| build | wall time | peak memory (process tree RSS) | result |',
      '| --- | --- | --- | --- |',
      row(siteFaster),
      row(siteDefault),
      row(corpusOn),
      row(corpusOff),
      '',
      `- Faster vs default bundler, our site: **${ratio(siteFaster.seconds, siteDefault.seconds)}x** the wall time, ${ratio(siteFaster.peakMiB, siteDefault.peakMiB)}x the peak memory.`,
      `- Our remark plugins on vs off, corpus: **${ratio(corpusOn.seconds, corpusOff.seconds)}x** the wall time, ${ratio(corpusOn.peakMiB, corpusOff.peakMiB)}x the peak memory.`,
      '',
    );
  }

  // Search: the build just timed (or ./build with --skip-builds), Pagefind over the same build.
  const searchBuild = skipBuilds ? path.join(ROOT, 'build') : path.join(WORK, 'site-faster');
  if (fs.existsSync(path.join(searchBuild, 'index.html'))) {
    process.stderr.write('bench: search…\n');
    const builds: Record<string, string> = {};
    if (searchBaseline) builds['baseline'] = searchBaseline;
    builds['search box'] = searchBuild;
    const search = await optional('search', async () => {
      const mod = await import('./search');
      return {run: () => mod.run({builds, pagefindBuild: searchBuild})};
    });
    raw.search = 'runs' in search ? search.runs : search;
    sections.push(
      '## Search (issue 11)',
      '',
      'Every query of `test/search/queries.yaml` ("tuned"), `test/search/training.yaml` ("training": batches by separate sessions whose misses were read and whose questions are in `search/questions.yaml`) and `test/search/heldout.yaml` ("held-out": batches by separate sessions, never tuned on) typed into the navbar box of each edition of the production build; Pagefind over the same build, one index per edition, same queries. A hit is a target page among the first 1 / 3 distinct pages of the results; latency runs from the input event of the last keystroke to the last change of the dropdown; first search includes downloading and loading the index.',
      '',
      ...('markdown' in search ? search.markdown : [`Failed: ${search.error}`]),
      '',
    );
  } else {
    process.stderr.write(`bench: search skipped, no build in ${searchBuild}\n`);
  }

  process.stderr.write('bench: shell transcript plugin…\n');
  const transcript = await optional('transcript', () => import('./transcript'));
  process.stderr.write('bench: transcript parser on real documentation…\n');
  const transcriptCorpus = await optional('transcript corpus', () => import('./transcript-corpus'));
  process.stderr.write('bench: glossary plugin…\n');
  const glossary = await optional('glossary', () => import('./glossary'));
  const pageWeight = fs.existsSync(path.join(__dirname, 'page-weight.ts'))
    ? await optional('page weight', () => import('./page-weight'))
    : {error: 'bench/page-weight.ts is missing'};
  process.stderr.write('bench: robustness (issue 13)…\n');
  const robustness = await optional('robustness', () => import('./robustness'));
  raw.robustness = robustness;
  raw.transcript = transcript;
  raw.transcriptCorpus = transcriptCorpus;
  raw.glossary = glossary;
  raw.pageWeight = pageWeight;

  const md = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB. Every comparison below is a ratio of two measurements taken in this same run, never a figure from another machine or day.`,
    '',
    ...sections,
    '## Plugins and page weight',
    '',
    'The raw results of `bench/transcript.ts`, `bench/transcript-corpus.ts`, `bench/glossary.ts` and `bench/page-weight.ts` (each can be run alone with `npx jiti bench/<name>.ts`):',
    '',
    '```json',
    JSON.stringify({transcript, transcriptCorpus, glossary, pageWeight}, null, 2),
    '```',
    '',
    ...(Array.isArray(robustness)
      ? (await import('./robustness')).section(robustness)
      : ['## Robustness (issue 13)', '', `Not measured: ${robustness.error}`, '']),
  ];
  const existing = fs.existsSync(path.join(ROOT, 'BENCHMARKS.md'))
    ? fs.readFileSync(path.join(ROOT, 'BENCHMARKS.md'), 'utf8')
    : '';
  // Keep the hand-written analysis (after the marker) across runs.
  const marker = '<!-- analysis -->';
  const analysis = existing.includes(marker) ? existing.slice(existing.indexOf(marker)) : `${marker}\n`;
  if (skipBuilds && existing.includes('## Production builds')) {
    // A partial run keeps the last build figures rather than dropping them.
    const builds = existing.slice(
      existing.indexOf('## Production builds'),
      existing.indexOf('## Plugins and page weight'),
    );
    md.splice(md.indexOf('## Plugins and page weight'), 0, ...builds.trimEnd().split('\n'), '');
  }
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), md.join('\n') + '\n' + analysis);
  process.stdout.write(JSON.stringify(raw, null, 2) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
