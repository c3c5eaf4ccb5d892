/**
 * Robustness on hostile and oversized input (issue 13), printed as JSON and,
 * with `--write`, as the `## Robustness (issue 13)` table of BENCHMARKS.md:
 *   npx jiti bench/robustness.ts [--write]
 * Each input is generated at three sizes (a quarter, a half, the full size)
 * and goes through what the build does with a page: the content guard (the
 * build's markdown.preprocessor), then an MDX compile with the syntax plugins
 * Docusaurus uses plus our two remark plugins; the content lint's full run
 * is timed with them. An input either
 * compiles, or fails with a message that names a line; the "x per 2x" column
 * is time(full) / time(half), about 2 for linear time. Not a timed test:
 * nothing here passes or fails, the table is for reading.
 * `run()` returns the rows for an aggregate `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {performance} from 'node:perf_hooks';
import {lintSource} from '../scripts/content-lint/index';
import {createContentGuard} from '../scripts/content-guard';
import {createGlossary} from '@docker-k8s-notes/docusaurus-plugin-glossary';
import {defaultEditionSources} from '@docker-k8s-notes/docusaurus-plugin-glossary/tools';
import remarkShellTranscript from '@docker-k8s-notes/docusaurus-theme-shell-transcript/remark';
import {glossaryOptions} from '../glossary.config';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- dynamically imported ESM modules carry no static types here
const importEsm = createRequire(__filename)('./import-esm.cjs') as (specifier: string) => Promise<any>;

const ROOT = path.resolve(__dirname, '..');
const FILE = 'docs/01-history/robustness.md';
const HEAD = '---\ntitle: 压力测试\ndescription: 生成的输入。\nkeywords: [测试]\ntags: [测试]\n---\n\n';

interface Input {
  name: string;
  /** Full size, in the unit below. */
  full: number;
  unit: string;
  make(size: number): Buffer;
}

const text = (s: string) => Buffer.from(s, 'utf8');
const hex = (i: number, width = 12) => ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(2).slice(0, width);

function inputs(term: string): Input[] {
  return [
    {
      name: 'one session, output lines',
      full: 5 * 1024 * 1024,
      unit: 'bytes',
      make(bytes) {
        const line = (i: number) =>
          `${hex(i)}   nginx:1.27   "/docker-entrypoint.…"   Up 2 hours   80/tcp   web-${i}\n`;
        let body = '';
        for (let i = 0; body.length < bytes; i += 1) body += line(i);
        return text(`${HEAD}## 会话\n\n\`\`\`console\n$ docker ps\n${body}\`\`\`\n`);
      },
    },
    {
      name: 'page, lines of prose',
      full: 20_000,
      unit: 'lines',
      make: (lines) =>
        text(
          HEAD +
            Array.from({length: lines}, (_, i) =>
              i % 50 === 0 ? `\n## 第 ${i / 50 + 1} 节\n` : `第 ${i} 行：容器共享宿主机内核，镜像按层存储。`,
            ).join('\n'),
        ),
    },
    {
      name: 'glossary mentions',
      full: 10_000,
      unit: 'mentions',
      make: (n) =>
        text(
          HEAD +
            Array.from({length: n}, (_, i) => (i % 10 === 0 ? `\n## 小节 ${i}\n\n` : '') + `这里提到${term}。`).join(
              '',
            ),
        ),
    },
    {
      name: 'nested lists',
      full: 500,
      unit: 'levels',
      make: (depth) =>
        text(HEAD + Array.from({length: depth}, (_, i) => `${'  '.repeat(i)}- 第 ${i} 层`).join('\n') + '\n'),
    },
    {
      name: 'nested block quotes',
      full: 500,
      unit: 'levels',
      make: (depth) =>
        text(HEAD + Array.from({length: depth}, (_, i) => `${'> '.repeat(i + 1)}第 ${i} 层`).join('\n') + '\n'),
    },
    {
      name: 'CRLF line endings',
      full: 20_000,
      unit: 'lines',
      make: (lines) =>
        text((HEAD + Array.from({length: lines}, (_, i) => `第 ${i} 行。`).join('\n\n')).replace(/\n/gu, '\r\n')),
    },
    {
      name: 'BOM + page',
      full: 20_000,
      unit: 'lines',
      make: (lines) => text('\uFEFF' + HEAD + Array.from({length: lines}, (_, i) => `第 ${i} 行。`).join('\n\n')),
    },
    {
      name: 'invalid UTF-8 bytes',
      full: 20_000,
      unit: 'lines',
      make: (lines) =>
        Buffer.concat([
          text(HEAD),
          ...Array.from({length: lines}, (_, i) =>
            Buffer.concat([text(`第 ${i} 行 `), Buffer.from([0xff, 0xc3, 0x28]), text('\n\n')]),
          ),
        ]),
    },
  ];
}

export interface Row {
  input: string;
  unit: string;
  sizes: number[];
  bytes: number[];
  ms: number[];
  /** time(full) / time(half): about 2 when linear. */
  perDoubling: number;
  result: string;
}

export async function run(): Promise<Row[]> {
  const {compile} = await importEsm('@mdx-js/mdx');
  const gfm = (await importEsm('remark-gfm')).default;
  const directive = (await importEsm('remark-directive')).default;
  const frontmatter = (await importEsm('remark-frontmatter')).default;
  const glossary = createGlossary({...glossaryOptions, onUnknownTerm: 'ignore'});
  const store = glossary.load(defaultEditionSources(ROOT), {siteDir: ROOT});
  const term = store.glossary.editions[0]?.terms[0]?.term ?? 'Docker';
  const plugins = [
    frontmatter,
    gfm,
    directive,
    glossary.remark,
    [remarkShellTranscript, {onInvalidTranscript: 'warn'}],
  ];
  const guard = createContentGuard({siteDir: ROOT});
  /** What the build does with one page; the result is 'ok' or the first line of what it reports. */
  const process1 = async (source: string): Promise<string> => {
    try {
      guard({filePath: path.join(ROOT, FILE), fileContent: source}); // the build's markdown.preprocessor
    } catch (error) {
      // `file:line:column  rule  message`: keep the place and the rule.
      const [place, rule] = (error as Error).message.split('\n')[0].split('  ');
      return `build refuses it: ${place} ${rule ?? ''}`.trim();
    }
    const errors = lintSource(FILE, source).filter((f) => f.severity === 'error');
    try {
      await compile({value: source, path: path.join(ROOT, FILE)}, {remarkPlugins: plugins});
    } catch (error) {
      const e = error as {line?: number; column?: number; reason?: string; message?: string};
      const where = e.line ? `${FILE}:${e.line}:${e.column ?? 1}` : 'no place';
      return `compile error at ${where}: ${(e.reason ?? e.message ?? String(error)).split('\n')[0].slice(0, 80)}`;
    }
    return errors.length === 0
      ? 'ok'
      : `ok; lint: ${errors.length} finding(s), first ${errors[0].line}:${errors[0].column} ${errors[0].rule}`;
  };
  const rows: Row[] = [];
  for (const input of inputs(term)) {
    const sizes = [input.full / 4, input.full / 2, input.full].map(Math.round);
    const ms: number[] = [];
    const bytes: number[] = [];
    const results: string[] = [];
    for (const size of sizes) {
      const source = input.make(size).toString('utf8'); // as Docusaurus reads a file
      bytes.push(Buffer.byteLength(source));
      const start = performance.now();
      results.push(await process1(source));
      ms.push(Math.round(performance.now() - start));
    }
    rows.push({
      input: input.name,
      unit: input.unit,
      sizes,
      bytes,
      ms,
      perDoubling: Math.round((ms[2] / Math.max(ms[1], 1)) * 100) / 100,
      // One result when all sizes agree, else each size's.
      result:
        new Set(results).size === 1 ? results[0] : results.map((r, i) => `${['¼', '½', 'full'][i]}: ${r}`).join('; '),
    });
    process.stderr.write(`bench robustness: ${input.name} ${ms.join(' / ')} ms, ${rows.at(-1)?.result}\n`);
  }
  return rows;
}

/** The BENCHMARKS.md section for these rows. */
export function section(rows: Row[]): string[] {
  const fmt = (n: number) => n.toLocaleString('en-US');
  return [
    '## Robustness (issue 13)',
    '',
    'Written by `bench/robustness.ts`: each input at a quarter, half and full size through what the build does per page (the content guard, then an MDX compile with our remark plugins) plus the full content lint. "x per 2x" is time(full) / time(half): about 2 means linear. Wall-clock times on a shared machine: read the ratios, not the milliseconds.',
    '',
    '| input | sizes | bytes (full) | time (¼ / ½ / full) | x per 2x | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.input} | ${r.sizes.map(fmt).join(' / ')} ${r.unit} | ${fmt(r.bytes[2])} | ${r.ms.join(' / ')} ms | ${r.perDoubling} | ${r.result.replace(/\|/gu, '\\|')} |`,
    ),
    '',
  ];
}

/** Puts the section into BENCHMARKS.md, before the hand-written analysis, replacing an older one. */
export function writeSection(lines: string[]): void {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const heading = '## Robustness (issue 13)';
  const marker = '<!-- analysis -->';
  let rest = existing;
  if (rest.includes(heading)) {
    const start = rest.indexOf(heading);
    const next = rest.slice(start + heading.length).search(/\n## |\n<!-- analysis -->/u);
    rest = rest.slice(0, start) + (next === -1 ? '' : rest.slice(start + heading.length + next + 1));
  }
  const at = rest.includes(marker) ? rest.indexOf(marker) : rest.length;
  fs.writeFileSync(file, `${rest.slice(0, at)}${lines.join('\n')}\n${rest.slice(at)}`);
}

if (process.argv[1]?.endsWith('robustness.ts')) {
  run()
    .then((rows) => {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      if (process.argv.includes('--write')) writeSection(section(rows));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
