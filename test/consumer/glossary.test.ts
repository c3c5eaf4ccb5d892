/**
 * The glossary's auto-linking rules on its edge-case page, built by an outside
 * site (test/consumer/site/docs/edge-cases/glossary.md): what links, what must
 * not, explicit references, headings and admonition titles, Dockerfile blocks.
 */
import type {Page} from 'playwright-core';
import {useSite} from '../e2e/harness';
import {consumerBuildDir} from './site';

const PAGE = '/docs/edge-cases/glossary';
/** A term link in the text (the tooltips, once mounted, hold a link of their own). */
const TERM_LINK = 'a[href*="/glossary/"]:not([role="tooltip"] a)';
const site = useSite(consumerBuildDir());

/** The term links of one section (the h2 with `heading` up to the next h2), as [text, href]. */
function linksOfSection(page: Page, heading: string): Promise<Array<[string, string]>> {
  return page.$$eval(
    'article .markdown > *',
    (nodes, [wanted, selector]) => {
      const links: Array<[string, string]> = [];
      let inside = false;
      for (const node of nodes) {
        if (node.tagName === 'H2') inside = (node.textContent ?? '').replace(/\u200b/g, '').trim() === wanted;
        else if (inside)
          for (const a of Array.from(node.querySelectorAll(selector)))
            links.push([a.textContent ?? '', a.getAttribute('href') ?? '']);
      }
      return links;
    },
    [heading, TERM_LINK] as const,
  );
}

let page: Page;
beforeAll(async () => {
  ({page} = await site().open(PAGE));
});
afterAll(() => page.close());

test('the first ENTRYPOINT, RUN and CMD of a section link, also next to CJK text; repeats do not', async () => {
  const expected = [
    ['ENTRYPOINT', '/docs/glossary/dockerfile/entrypoint'],
    ['RUN', '/docs/glossary/dockerfile/run'],
    ['CMD', '/docs/glossary/dockerfile/cmd'],
  ];
  await expect(linksOfSection(page, 'Auto-linking')).resolves.toEqual(expected);
  await expect(linksOfSection(page, 'Next to CJK text')).resolves.toEqual(expected);
});

test('subcommands, lookalikes, URLs and existing links are left alone', async () => {
  await expect(linksOfSection(page, 'What is not an instruction')).resolves.toEqual([]);
  // The existing link stays one link to its own target.
  await expect(page.locator('article a[href="https://docs.docker.com/reference/dockerfile/"]').count()).resolves.toBe(
    1,
  );
  await expect(page.locator('article a a').count()).resolves.toBe(0);
});

test('inline code links only when it is exactly an instruction', async () => {
  await expect(linksOfSection(page, 'Inline code')).resolves.toEqual([['CMD', '/docs/glossary/dockerfile/cmd']]);
});

test('explicit references link any group, with their own text', async () => {
  await expect(linksOfSection(page, 'Explicit references')).resolves.toEqual([
    ['the entry point', '/docs/glossary/dockerfile/entrypoint'],
    ['RUN', '/docs/glossary/dockerfile/run'],
    ['syntax', '/docs/glossary/dockerfile/syntax'],
    ['check', '/docs/glossary/dockerfile/check'],
    ['images', '/docs/glossary/concepts/image'],
    ['registry', '/docs/glossary/concepts/registry'],
  ]);
});

test('headings and admonition titles are not linked; the admonition body is', async () => {
  await expect(page.locator(`article h2 ${TERM_LINK}`).count()).resolves.toBe(0);
  const admonition = page.locator('article .theme-admonition');
  await expect(admonition.locator(TERM_LINK).allTextContents()).resolves.toEqual(['USER']);
});

test('a Dockerfile block links its line-start keywords and keeps its text', async () => {
  const block = page.locator('article pre', {hasText: 'APP_HOME'});
  const lines = (await block.innerText()).split('\n').filter((l) => l !== '');
  expect(lines).toEqual([
    '# syntax=docker/dockerfile:1',
    'FROM debian:12',
    'RUN apt-get update && apt-get install -y curl',
    'ENV APP_HOME=/srv/app',
    'WORKDIR $APP_HOME',
    'USER app',
    'ENTRYPOINT ["./start.sh"]',
    'CMD ["--port", "8080"]',
  ]);
  // This site's glossary has RUN, ENV, USER, ENTRYPOINT and CMD (not FROM or WORKDIR).
  const linked = await block.locator(TERM_LINK).allTextContents();
  expect(linked).toEqual(['RUN', 'ENV', 'USER', 'ENTRYPOINT', 'CMD']);
  // Other code blocks are not processed.
  await expect(page.locator('article pre', {hasText: 'RUN=1'}).locator('a').count()).resolves.toBe(0);
});

test('tooltip ids are unique on the page', async () => {
  await page.locator('article a[aria-describedby]').first().waitFor();
  const ids = await page.$$eval('[role="tooltip"]', (tips) => tips.map((t) => t.id));
  expect(ids.length).toBeGreaterThan(3);
  expect(new Set(ids).size).toBe(ids.length);
});
