/**
 * The navbar search box on the production build: a fixed subset of the reader
 * queries of test/search/queries.yaml (a question, a comparison, a synonym, a
 * flag, an error message) must open a target page in the first three pages;
 * results are links of the edition being read, at most two rows per page.
 * The full set is measured by `npm run bench` (bench/search.ts).
 */
import path from 'node:path';
import type {Page} from 'playwright-core';
import {useSite} from './harness';
import {loadQueries, pageOfUrl, type Edition} from '../../bench/search';

const site = useSite();
const QUERIES = loadQueries(path.resolve('test', 'search', 'queries.yaml'));

/** Types `q` and returns the result links once the rows for the whole query are shown. */
async function results(page: Page, q: string): Promise<string[]> {
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.pressSequentially(q);
  // Rows of a prefix of the query may show first; wait for the rows of the whole query.
  await page
    .locator(`[role="option"] a[data-query="${q.replace(/"/g, '\\"')}"]`)
    .first()
    .waitFor({timeout: 30_000});
  return page.$$eval('[role="option"] a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const CASES: {q: string; edition: Edition}[] = [
  {q: '如何给容器限制 CPU', edition: '2.0'},
  {q: 'exec 和 attach 哪个好', edition: '2.0'},
  {q: '数据持久化', edition: '2.0'},
  // Traditional Chinese: read in the pages' Simplified wording (OpenCC's chunk loaded).
  {q: '連接埠對應', edition: '1.0'},
  {q: '--network-alias', edition: '2.0'},
  {q: 'http: server gave HTTP response to HTTPS client', edition: '2.0'},
  {q: 'no space left on device', edition: '2.0'},
  {q: '如何搭建私有仓库', edition: '1.0'},
  {q: '怎么限制容器的内存', edition: '1.0'},
  {q: 'RUN 与 CMD 的不同', edition: '1.0'},
  // No row holds all its words: found by the pages that hold most of them.
  {q: '容器日志太大把磁盘占满了', edition: '2.0'},
  // Prepositions dropped, the reader's verb replaced by the page's (拷出来 -> 复制).
  {q: '怎么把文件从容器里拷出来', edition: '1.0'},
  // The 1.0 page quotes only the cause at the end of the wrapped message.
  {
    q: 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web: Bind for 0.0.0.0:80 failed: port is already allocated.',
    edition: '1.0',
  },
];

describe('navbar search box', () => {
  test.each(CASES)('$edition: `$q` finds a target page in the first three', async ({q, edition}) => {
    const query = QUERIES.find((x) => x.q === q && (!x.editions || x.editions.includes(edition)));
    if (!query) throw new Error(`\`${q}\` is not in test/search/queries.yaml`);
    const {page} = await site().open(edition === '2.0' ? '/docs' : '/docs/1.0');
    const hrefs = await results(page, q);
    const pages: string[] = [];
    for (const href of hrefs) {
      const where = pageOfUrl(href);
      expect(where?.edition).toBe(edition);
      if (where) pages.push(where.page);
    }
    // At most two rows per page.
    for (const p of new Set(pages)) expect(pages.filter((x) => x === p).length).toBeLessThanOrEqual(2);
    const firstThree = [...new Set(pages)].slice(0, 3);
    expect(firstThree.filter((p) => query.targets.includes(p))).not.toEqual([]);
    await page.close();
  });
});

describe("the box's index", () => {
  test("without the box's copy (a build of the package alone), the box searches the package's index", async () => {
    const {page} = await site().open('/docs');
    const fetched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/search-(box-)?index[^/]*\.json$/.test(url.pathname)) fetched.push(url.pathname);
    });
    // Requests of the search worker go through the page's context, so this route holds for it too.
    await page.context().route('**/search-box-index.json*', (route) => route.fulfill({status: 404, body: ''}));
    const hrefs = await results(page, '端口映射');
    expect(hrefs.map((h) => pageOfUrl(h)?.page)).toContain('networking/port-mapping');
    expect(fetched).toEqual(['/search-box-index.json', '/search-index.json']);
    await page.close();
  });
});
