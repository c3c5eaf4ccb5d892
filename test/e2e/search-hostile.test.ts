/**
 * Content text in the search dropdown is text, never HTML (issue 13): a build of
 * a temporary copy of the site with a page whose title, headings, category label
 * and folder index title hold markup. Searching for it must show the markup as
 * text, open no dialog and leave `window.__pwned` unset.
 *
 * The copy is built in beforeAll (a few minutes); set E2E_HOSTILE_BUILD_DIR to
 * the `build` folder of such a copy to reuse it (see buildHostileSite).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import type {Browser} from 'playwright-core';
import {launchBrowser, startServer, type StaticServer} from './harness';

// Tests run from the repository root (npm test).
const ROOT = process.cwd();
const MARKER = 'zqxhostile';
const PAYLOAD = `<img src=x onerror="window.__pwned=1;alert(1)">`;

/** Pages with markup where the search index takes its texts from. */
const HOSTILE_FILES: Record<string, string> = {
  '_category_.json': JSON.stringify({label: `${PAYLOAD}分类 ${MARKER}`, position: 99}),
  'index.md': ['---', `title: '${PAYLOAD}索引 ${MARKER}'`, '---', '', `索引页 ${MARKER}。`, ''].join('\n'),
  'page.md': [
    '---',
    `title: '${PAYLOAD}标题 ${MARKER}'`,
    '---',
    '',
    `正文 ${MARKER}。`,
    '',
    // Escaped in the source: Markdown shows it as text, the index stores the text.
    `## &lt;img src=x onerror="window.__pwned=1"&gt;小节 ${MARKER}`,
    '',
    `小节正文 ${MARKER}。`,
    '',
  ].join('\n'),
};

/** Copies the site (without build output and dependencies) to a temp folder, adds the hostile pages, builds it. */
export function buildHostileSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-hostile-'));
  const skip = new Set(['node_modules', 'build', '.docusaurus', '.git', 'bench', 'coverage']);
  for (const entry of fs.readdirSync(ROOT)) {
    if (!skip.has(entry)) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), {recursive: true});
  }
  // Dependencies are linked one by one, so the copy's build cache (node_modules/.cache) is its own.
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry !== '.cache')
      fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  const folder = path.join(dir, 'docs', 'zz-hostile');
  fs.mkdirSync(folder);
  for (const [name, text] of Object.entries(HOSTILE_FILES)) fs.writeFileSync(path.join(folder, name), text);
  // The site shows last-update dates, which Docusaurus reads from Git.
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'pipe'});
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=search test', '-c', 'user.email=search@test.invalid', 'commit', '-qm', 'hostile copy');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '.bin', 'docusaurus'), 'build'], {
    cwd: dir,
    stdio: 'pipe',
    env: {...process.env, SEARCH_BACKEND: 'local'},
  });
  return path.join(dir, 'build');
}

let server: StaticServer | undefined;
let browser: Browser | undefined;
let tempCopy: string | undefined;

beforeAll(async () => {
  if (!process.env.E2E_HOSTILE_BUILD_DIR) tempCopy = path.dirname(buildHostileSite());
  const build = process.env.E2E_HOSTILE_BUILD_DIR ?? path.join(tempCopy as string, 'build');
  server = await startServer(build);
  browser = await launchBrowser();
}, 30 * 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tempCopy) fs.rmSync(tempCopy, {recursive: true, force: true});
});

test('titles, headings, category labels and index titles show as text in the search dropdown', async () => {
  if (!server || !browser) throw new Error('the server and browser start in beforeAll');
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.url}/docs`, {waitUntil: 'load'});
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.pressSequentially(MARKER);
  await page.locator(`[role="option"] a[data-query="${MARKER}"]`).first().waitFor({timeout: 60_000});
  const rows = await page.$$eval('[role="option"]', (els) => els.map((el) => el.textContent ?? ''));
  const text = rows.join('\n');
  expect(text).toContain('<img src=x onerror="window.__pwned=1;alert(1)">标题');
  expect(text).toContain('<img src=x onerror="window.__pwned=1;alert(1)">分类');
  expect(text).toContain('<img src=x onerror="window.__pwned=1">小节');
  expect(text).toContain('<img src=x onerror="window.__pwned=1;alert(1)">索引');
  // No element was made from the payload, nothing ran.
  expect(await page.$$('[role="listbox"] img')).toHaveLength(0);
  expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await context.close();
});
