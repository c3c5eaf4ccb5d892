/**
 * The site foundation, checked on the production build in headless Chromium:
 * pages load cleanly, both editions are reachable through the version menu,
 * search stays in the edition being read and finds the pages readers expect.
 */
import type {Page} from 'playwright-core';
import {useSite} from './harness';

const site = useSite();

const open = (path: string) => site().open(path);

/**
 * Types a query into the navbar search box, as a reader would, and follows the
 * first suggestion with Enter. Returns the page it lands on and the search
 * indexes the browser fetched (one per edition: the box's copy
 * /search-box-index.json for 2.0, /docs/1.0/search-box-index.json for 1.0).
 */
async function searchFromNavbar(page: Page, query: string): Promise<{landed: string; indexes: string[]}> {
  const indexes: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (/search-(box-)?index[^/]*\.json$/.test(url.pathname)) indexes.push(url.pathname);
  });
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.fill(query);
  await page.locator('[role="option"]').first().waitFor();
  const before = page.url();
  await input.press('Enter');
  await page.waitForURL((url) => url.href !== before);
  return {landed: new URL(page.url()).pathname, indexes};
}

/** Runs a query on the /search page of an edition and returns the result paths, best first. */
async function searchPage(query: string, version: '2.0' | '1.0'): Promise<string[]> {
  const versionParam = version === '1.0' ? '&version=docs%2F1.0%2F' : '';
  const {page} = await open(`/search?q=${encodeURIComponent(query)}${versionParam}`);
  await page.locator('article h2 a').first().waitFor();
  const paths = await page.$$eval('article h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  await page.close();
  return paths;
}

test('the home page loads with no console errors, in Chinese', async () => {
  const {page, errors} = await open('/');
  expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
  await expect(page.locator('h1').first().textContent()).resolves.toContain('Docker');
  // Links to the chapters and the glossary.
  expect(await page.locator('a[href="/docs/glossary"]').count()).toBeGreaterThan(0);
  expect(await page.locator('a[href^="/docs/history/"]').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('/docs/ lands on the intro page of edition 2.0', async () => {
  const {page, errors} = await open('/docs/');
  expect(page.url()).toMatch(/\/docs\/?$/);
  await expect(page.locator('article h1').textContent()).resolves.toBe('从这里开始');
  expect(errors).toEqual([]);
  await page.close();
});

test('a chapter renders with its edition badge, sidebar and last-updated line', async () => {
  const {page, errors} = await open('/docs/history/namespaces');
  await expect(page.locator('article h1').textContent()).resolves.toBe('Linux 命名空间');
  await expect(page.locator('.theme-doc-version-badge').textContent()).resolves.toContain('2.0');
  expect(await page.locator('nav.menu a[href="/docs/history/namespaces"]').count()).toBe(1);
  expect(await page.locator('.theme-last-updated').count()).toBe(1);
  expect(await page.locator('a.theme-edit-this-page').getAttribute('href')).toMatch(
    /\/edit\/main\/docs\/01-history\/namespaces\.md$/,
  );
  expect(errors).toEqual([]);
  await page.close();
});

test('a 1.0 page shows a banner that links to the same page in 2.0', async () => {
  const {page} = await open('/docs/1.0/history/namespaces');
  await expect(page.locator('.theme-doc-version-badge').textContent()).resolves.toContain('1.0');
  const banner = page.locator('.theme-doc-version-banner');
  await expect(banner.count()).resolves.toBe(1);
  expect(await banner.locator('a').getAttribute('href')).toBe('/docs/history/namespaces');
  await page.close();
});

test('the version dropdown switches between 2.0 and 1.0 and the URL follows', async () => {
  const {page} = await open('/docs/history/namespaces');
  const dropdown = page.locator('.navbar__items--right .dropdown').filter({hasText: '2.0'});
  await dropdown.hover();
  await dropdown.locator('a.dropdown__link', {hasText: '1.0'}).click();
  await page.waitForURL('**/docs/1.0/history/namespaces');
  // The URL changes before the 1.0 page renders: wait for its badge, not for the old page's.
  await page.locator('.theme-doc-version-badge', {hasText: '1.0'}).waitFor();

  const back = page.locator('.navbar__items--right .dropdown').filter({hasText: '1.0'});
  await back.hover();
  await back.locator('a.dropdown__link', {hasText: '2.0'}).click();
  await page.waitForURL(/\/docs\/history\/namespaces$/);
  await page.close();
});

describe('search', () => {
  test.each([
    // The chapter page or the glossary entry: both are "the page" for 命名空间, in the reader's edition.
    [
      '2.0',
      '/docs/history/vm-vs-container',
      /^\/docs\/(history\/namespaces|glossary\/concepts\/namespace)$/,
      '/search-box-index.json',
    ],
    [
      '1.0',
      '/docs/1.0/history/vm-vs-container',
      /^\/docs\/1\.0\/(history\/namespaces|glossary\/concepts\/namespace)$/,
      '/docs/1.0/search-box-index.json',
    ],
  ])(
    '命名空间 searched from a %s page returns that edition’s page, from that edition’s index',
    async (_v, from, expected, index) => {
      const {page} = await open(from);
      const {landed, indexes} = await searchFromNavbar(page, '命名空间');
      expect(landed).toMatch(expected);
      expect([...new Set(indexes)]).toEqual([index]);
      await page.close();
    },
  );

  test.each([
    ['ENTRYPOINT', /^\/docs\/(dockerfile\/cmd-vs-entrypoint|glossary\/dockerfile\/entrypoint)$/],
    ['命名空间', /^\/docs\/(history\/namespaces|glossary\/concepts\/namespace)$/],
    ['存储卷', /^\/docs\/(volumes\/overview|glossary\/concepts\/volume)$/],
    ['端口映射', /^\/docs\/networking\/port-mapping$/],
    ['ENTRYPOINT 和 CMD 的区别', /^\/docs\/dockerfile\/cmd-vs-entrypoint$/],
  ])('the search page finds %s first', async (query, expected) => {
    const results = await searchPage(query, '2.0');
    expect(results[0]).toMatch(expected);
  });

  test('the search page in edition 1.0 answers with 1.0 pages', async () => {
    const results = await searchPage('ENTRYPOINT 和 CMD 的区别', '1.0');
    expect(results[0]).toBe('/docs/1.0/dockerfile/cmd-vs-entrypoint');
    expect(results.every((p) => p.startsWith('/docs/1.0/'))).toBe(true);
  });
});

// Accessibility of every kind of page is checked in a11y.test.ts.
