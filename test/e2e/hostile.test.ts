/**
 * Hostile contributions on real builds of temporary site copies (issues 13, 14),
 * using the content lint's hostile fixtures (test/lint/fixtures):
 * - content that could run code (non-YAML front matter, a format switch,
 *   `mdx-code-block` MDX, script in src/pages, in a translated page and behind a
 *   symlinked folder) makes `docusaurus build` fail with file:line, and code in
 *   front matter never runs (its marker file is not created);
 * - content that is only text (markup in titles, headings, sidebar labels;
 *   invisible characters in code) builds, and in Chromium nothing executes, no
 *   dialog opens, `window.__pwned` stays unset, and the text is shown.
 * The copies have no `.git`, so the second build is also a source-archive build.
 */
import fs from 'node:fs';
import type {Page} from 'playwright-core';
import {useSite} from './harness';
import {BUILD_TIMEOUT, buildCopy, copySite, fixtureInCopy, removeCopy, writeInCopy} from './site-copy';

const MARKER = '/tmp/pwned-front-matter'; // written by the ---js fixture if it ever ran

describe('content that could run code stops the build', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach(removeCopy));

  it(
    'front matter in JavaScript: refused with file:line, never run',
    () => {
      fs.rmSync(MARKER, {force: true});
      const dir = copySite('hostile-front-matter');
      copies.push(dir);
      fixtureInCopy(dir, 'security-front-matter/docs/01-history/js.md', 'docs/hostile/js.md');
      const {status, output} = buildCopy(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('docs/hostile/js.md:1:1: front matter opens with "---js": only YAML front matter');
      expect(fs.existsSync(MARKER)).toBe(false);
    },
    BUILD_TIMEOUT,
  );

  it(
    'a format switch: refused with file:line',
    () => {
      const dir = copySite('hostile-format');
      copies.push(dir);
      fixtureInCopy(dir, 'security-html--format-md/docs/01-history/format-md.md', 'docs/hostile/format-md.md');
      const {status, output} = buildCopy(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('docs/hostile/format-md.md:6:1: `mdx.format` ("md") changes how the page is compiled');
    },
    BUILD_TIMEOUT,
  );

  it(
    'mdx-code-block, src/pages, a translated page and a symlinked folder: each refused with file:line:column',
    () => {
      const dir = copySite('hostile-mdx');
      copies.push(dir);
      fixtureInCopy(
        dir,
        'security-esm--mdx-code-block/docs/01-history/mdx-code-block.md',
        'docs/hostile/mdx-code-block.md',
      );
      fixtureInCopy(dir, 'security-script--outside-docs/src/pages/hostile.md', 'src/pages/hostile.md');
      // A translation is compiled in place of the page it translates.
      fixtureInCopy(
        dir,
        'security-script--outside-docs/i18n/zh-Hans/docusaurus-plugin-content-docs/current/01-history/ok.md',
        'i18n/zh-Hans/docusaurus-plugin-content-docs/current/01-history/namespaces.md',
      );
      fixtureInCopy(dir, 'security-script--outside-docs/elsewhere/linked.md', 'hostile-elsewhere/linked.md');
      fs.symlinkSync('../hostile-elsewhere', `${dir}/docs/hostile-linked`);
      const {status, output} = buildCopy(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('docs/hostile/mdx-code-block.md:11:1  security-esm');
      expect(output).toContain('docs/hostile/mdx-code-block.md:13:22  security-event-handler');
      expect(output).toContain('src/pages/hostile.md:7:1  security-script');
      expect(output).toContain(
        'i18n/zh-Hans/docusaurus-plugin-content-docs/current/01-history/namespaces.md:10:1  security-script',
      );
      // webpack reads a symlinked page at its real path.
      expect(output).toContain('hostile-elsewhere/linked.md:10:1  security-script');
    },
    BUILD_TIMEOUT,
  );
});

describe('hostile text builds and stays text', () => {
  const dir = copySite('hostile-text');
  let build: {status: number | null; output: string};
  beforeAll(() => {
    fixtureInCopy(dir, 'security-markup-label/docs/02-basics/title.md', 'docs/hostile-labels/title.md');
    fixtureInCopy(dir, 'security-markup-label/docs/02-basics/_category_.json', 'docs/hostile-labels/_category_.json');
    writeInCopy(
      dir,
      'docs/hostile-labels/trojan.md',
      [
        '---',
        'title: 看得见的字符',
        '---',
        '',
        '## 代码块',
        '',
        '```text',
        'rm -rf ./build \u202e; echo safe\u202c',
        '```',
        '',
        '行内：`ls\u2066 -la\u2069`',
        '',
      ].join('\n'),
    );
    build = buildCopy(dir);
  }, BUILD_TIMEOUT);
  const site = useSite(`${dir}/build`);
  afterAll(() => removeCopy(dir));

  it('builds without Git, with a one-line warning and no dates', () => {
    expect(build.output).toContain('Not a Git worktree (a source archive?): building without "last updated" dates.');
    expect(build.status).toBe(0);
  });

  async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
    // `load` has fired and React has hydrated (site().open): any handler would have run.
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }

  it('markup in a title, a heading, a sidebar label and a category label is shown as text', async () => {
    const {page, dialogs} = await site().open('/docs/hostile-labels/title');
    await expectNothingRan(page, dialogs);
    expect(await page.locator('article h1').innerText()).toBe(`<img src=x onerror="window.__pwned='title'">`);
    expect(await page.locator('article h2').first().innerText()).toContain(
      `<img src=x onerror="window.__pwned='heading'">`,
    );
    const sidebar = await page.locator('nav.menu').innerText();
    expect(sidebar).toContain('<img src=x onerror=alert(1)>');
    expect(sidebar).toContain('<b>粗体</b>');
    await page.close();
  });

  it('invisible characters in code are shown as <U+XXXX> and copied as shown', async () => {
    const {page, dialogs} = await site().open('/docs/hostile-labels/trojan');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site().url});
    await expectNothingRan(page, dialogs);
    const code = await page.locator('article pre').first().innerText();
    expect(code).toContain('rm -rf ./build <U+202E>; echo safe<U+202C>');
    expect(await page.locator('article p code').first().innerText()).toBe('ls<U+2066> -la<U+2069>');
    const hidden = await page.evaluate(() =>
      Array.from(document.querySelectorAll('article pre, article code')).some((el) =>
        /\p{Cf}/u.test(el.textContent ?? ''),
      ),
    );
    expect(hidden).toBe(false);
    const block = page.locator('article pre').first();
    await block.hover();
    await page.locator('article .theme-code-block button').first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.replace(/\n$/u, '')).toBe('rm -rf ./build <U+202E>; echo safe<U+202C>');
    await page.close();
  });
});
