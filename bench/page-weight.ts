/**
 * Page weight of the built site, printed as JSON:
 *   npx jiti bench/page-weight.ts            (build in ./build, or PAGE_WEIGHT_BUILD_DIR / E2E_BUILD_DIR)
 * 1. Chromium (test/e2e/harness) opens a chapter page and a session-heavy page
 *    of the production build and records every JS and CSS file it loads.
 * 2. Each file's bytes are taken from the build, raw and gzip (zlib level 6,
 *    the usual server setting), per file and in total.
 * 3. The share of our own components (the theme folders of the site and both packages): the JS chunks are parsed
 *    with swc into their modules; a module is ours when it holds the CSS-module
 *    class map of one of our `*.module.css` files or most string literals of
 *    one of our sources (the minifier keeps literals). The CSS rules that use
 *    our CSS-module classes are ours. "gzip" of ours is the gzip of that code
 *    alone, so the share is an estimate (gzip is not additive).
 * `run()` returns the same object (for `npm run bench`).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {parseSync, type Module} from '@swc/core';
import {launchBrowser, startServer} from '../test/e2e/harness';

const ROOT = path.resolve(__dirname, '..');
// Our theme code: the site's wrappers and the two packages' components.
const THEMES = ['src/theme', 'plugins/shell-transcript/src/theme', 'plugins/glossary/src/theme'].map((dir) =>
  path.join(ROOT, dir),
);
const PAGES = ['/docs/history/namespaces', '/docs/dockerfile/cmd-vs-entrypoint'];

const gzip = (text: string | Buffer): number => zlib.gzipSync(text, {level: 6}).length;

function buildDir(): string {
  const candidates = [
    process.env.PAGE_WEIGHT_BUILD_DIR,
    process.env.E2E_BUILD_DIR,
    path.join(ROOT, 'build'),
    path.join(ROOT, 'bench', '.work', 'site-faster'),
  ];
  const found = candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new Error('No production build: set PAGE_WEIGHT_BUILD_DIR or build into ./build first');
  return path.resolve(found);
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).map((entry) => path.join(dir, entry));
}

/** Every string literal (and JSX text) in an swc AST. */
function literals(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) literals(child, out);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if ((record.type === 'StringLiteral' || record.type === 'JSXText') && typeof record.value === 'string') {
      const value = record.value.trim();
      if (value.length >= 3) out.add(value);
    }
    if (record.type === 'TemplateElement' && typeof record.cooked === 'string' && record.cooked.trim().length >= 3) {
      out.add(record.cooked.trim());
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'span') literals(child, out);
  }
  return out;
}

interface OurSource {
  file: string;
  literals: Set<string>;
  /** Local class names of the CSS module next to it (for `*.module.css` files). */
  cssClasses: string[];
}

/** Our sources: string literals of each TS/TSX file, class names of each CSS module. */
function ourSources(): OurSource[] {
  const sources: OurSource[] = [];
  for (const file of THEMES.flatMap((dir) => walk(dir))) {
    const relative = path.relative(ROOT, file);
    if (/\.tsx?$/.test(file)) {
      const ast = parseSync(fs.readFileSync(file, 'utf8'), {syntax: 'typescript', tsx: file.endsWith('.tsx')});
      // Import specifiers are not in the bundle as literals.
      const body = ast.body.filter((item) => item.type !== 'ImportDeclaration' && item.type !== 'ExportAllDeclaration');
      sources.push({file: relative, literals: literals(body), cssClasses: []});
    } else if (file.endsWith('.module.css')) {
      const css = fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/:global\([^)]*\)/g, '');
      const classes = [...new Set([...css.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((m) => m[1]))];
      sources.push({file: relative, literals: new Set(), cssClasses: classes});
    }
  }
  return sources;
}

interface BuiltModule {
  id: string;
  code: string;
  literals: Set<string>;
}

/** The modules of a webpack/rspack chunk: `(self.webpackChunk...).push([[ids], {id(e,t,r){...}}])`. */
function chunkModules(code: string): BuiltModule[] {
  let ast: Module;
  try {
    ast = parseSync(code, {syntax: 'ecmascript'});
  } catch {
    return [];
  }
  const bytes = Buffer.from(code);
  const base = ast.span.start;
  const modules: BuiltModule[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as {
      type?: string;
      properties?: Array<{type: string; key?: {value?: unknown; span?: Span}; value?: {span?: Span}; span?: Span}>;
    };
    if (record.type === 'ObjectExpression' && record.properties?.length && record.properties.every(isModuleProperty)) {
      for (const property of record.properties) {
        const span = spanOf(property);
        if (!span) continue;
        modules.push({
          id: String(property.key?.value),
          code: bytes.subarray(span.start - base, span.end - base).toString('utf8'),
          literals: literals(property),
        });
      }
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'span') visit(child);
  };
  visit(ast.body);
  return modules;
}

type Span = {start: number; end: number};

/** A property's byte span; swc gives KeyValueProperty none, so it runs from its key to its value. */
function spanOf(property: {span?: Span; key?: {span?: Span}; value?: {span?: Span}}): Span | undefined {
  if (property.span) return property.span;
  const start = property.key?.span?.start;
  const end = property.value?.span?.end;
  return start !== undefined && end !== undefined ? {start, end} : undefined;
}

function isModuleProperty(property: {type: string; key?: {value?: unknown}}): boolean {
  const key = property.key?.value;
  return (
    (property.type === 'MethodProperty' || property.type === 'KeyValueProperty') &&
    (typeof key === 'number' || (typeof key === 'string' && /^[\w./-]+$/.test(key)))
  );
}

/** Which of our sources a built module comes from (empty when none). */
function ownersOf(module: BuiltModule, sources: OurSource[]): string[] {
  const owners: string[] = [];
  for (const source of sources) {
    if (source.cssClasses.length) {
      const hashed = source.cssClasses.map((name) => new RegExp(`^${name}_[\\w-]{4}$`));
      if ([...module.literals].some((literal) => hashed.some((re) => re.test(literal)))) owners.push(source.file);
    } else if (source.literals.size >= 2) {
      let hits = 0;
      for (const literal of source.literals) if (module.literals.has(literal)) hits += 1;
      if (hits / source.literals.size >= 0.6) owners.push(source.file);
    }
  }
  return owners;
}

/** CSS rules (with their at-rule wrappers dropped) whose selectors use one of `classes`. */
function rulesUsing(css: string, classes: RegExp): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i += 1) {
    const char = css[i];
    if (char === '{') {
      const selector = css.slice(start, i);
      if (!selector.trim().startsWith('@')) {
        const end = css.indexOf('}', i);
        if (classes.test(selector)) found.push(css.slice(start, end + 1).trim());
        start = end + 1;
        i = end;
        continue;
      }
      depth += 1;
      start = i + 1;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
      start = i + 1;
    } else if (char === ';' && depth >= 0 && css.slice(start, i).trim().startsWith('@')) {
      start = i + 1;
    }
  }
  return found;
}

interface Resource {
  path: string;
  type: 'js' | 'css';
  rawBytes: number;
  gzipBytes: number;
}

async function measurePage(
  url: string,
  dir: string,
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  sources: OurSource[],
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = new Map<string, 'js' | 'css'>();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const {pathname, origin} = new URL(response.url());
    if (origin !== new URL(url).origin) return;
    if (type === 'script') loaded.set(pathname, 'js');
    else if (type === 'stylesheet') loaded.set(pathname, 'css');
  });
  const response = await page.goto(url, {waitUntil: 'networkidle'});
  if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  await page.waitForTimeout(500);
  await context.close();

  const resources: Resource[] = [];
  const ourModules = new Map<string, {code: string; owners: string[]}>();
  const ourCss: string[] = [];
  const cssClasses = sources.flatMap((source) => source.cssClasses);
  const ourClassRe = cssClasses.length ? new RegExp(`\\.(?:${cssClasses.join('|')})_[\\w-]{4}(?![\\w-])`) : /$^/;
  for (const [pathname, type] of [...loaded].sort()) {
    const file = path.join(dir, decodeURIComponent(pathname));
    if (!fs.existsSync(file)) continue;
    const content = fs.readFileSync(file, 'utf8');
    resources.push({path: pathname, type, rawBytes: Buffer.byteLength(content), gzipBytes: gzip(content)});
    if (type === 'js') {
      for (const module of chunkModules(content)) {
        const owners = ownersOf(module, sources);
        if (owners.length) ourModules.set(`${pathname}#${module.id}`, {code: module.code, owners});
      }
    } else {
      ourCss.push(...rulesUsing(content, ourClassRe));
    }
  }
  const sum = (type: 'js' | 'css', key: 'rawBytes' | 'gzipBytes') =>
    resources.filter((r) => r.type === type).reduce((total, r) => total + r[key], 0);
  const ourJs = [...ourModules.values()].map((m) => m.code).join('\n');
  const ourCssText = ourCss.join('\n');
  const js = {
    files: resources.filter((r) => r.type === 'js').length,
    rawBytes: sum('js', 'rawBytes'),
    gzipBytes: sum('js', 'gzipBytes'),
  };
  const css = {
    files: resources.filter((r) => r.type === 'css').length,
    rawBytes: sum('css', 'rawBytes'),
    gzipBytes: sum('css', 'gzipBytes'),
  };
  const ours = {
    jsRawBytes: Buffer.byteLength(ourJs),
    jsGzipBytes: ourJs ? gzip(ourJs) : 0,
    cssRawBytes: Buffer.byteLength(ourCssText),
    cssGzipBytes: ourCssText ? gzip(ourCssText) : 0,
    modules: [...ourModules.keys()],
    sourcesFound: [...new Set([...ourModules.values()].flatMap((m) => m.owners))].sort(),
  };
  // Sources with too few literals to recognise (small context or wrapper files) are listed, not guessed.
  const sourcesNotFound = sources
    .map((s) => s.file)
    .filter((file) => !ours.sourcesFound.includes(file))
    .sort();
  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);
  return {
    page: new URL(url).pathname,
    js,
    css,
    totalGzipBytes: js.gzipBytes + css.gzipBytes,
    ours: {
      ...ours,
      sourcesNotFound,
      gzipBytes: ours.jsGzipBytes + ours.cssGzipBytes,
      sharePercent: {
        js: percent(ours.jsGzipBytes, js.gzipBytes),
        css: percent(ours.cssGzipBytes, css.gzipBytes),
        total: percent(ours.jsGzipBytes + ours.cssGzipBytes, js.gzipBytes + css.gzipBytes),
      },
    },
    resources,
  };
}

export async function run() {
  const dir = buildDir();
  const sources = ourSources();
  const server = await startServer(dir);
  const browser = await launchBrowser();
  try {
    const pages = [];
    for (const pagePath of PAGES) pages.push(await measurePage(server.url + pagePath, dir, browser, sources));
    return {
      build: path.relative(ROOT, dir) || '.',
      method:
        'Chromium loads each page (networkidle); JS/CSS bytes from the build, gzip level 6. Ours: src/theme modules located in the loaded chunks (swc AST, CSS-module class maps and string literals) and CSS rules using our CSS-module classes; gzip of that code alone.',
      ourSources: sources.map((source) => source.file).sort(),
      pages,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && /page-weight\.ts$/.test(process.argv[1])) {
  run().then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`page-weight: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
