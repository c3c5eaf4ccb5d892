/**
 * Glossary links and tooltips on the production build, in headless Chromium:
 * hover and focus show the definition, Escape hides it, touch opens before
 * navigating, axe finds no serious violation, links stay in their edition,
 * and the server HTML carries the link but not the definition.
 */
import type {Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {useSite} from './harness';

const site = useSite();

// A real chapter: prose, inline code and Dockerfile blocks full of instructions.
const CHAPTER = '/docs/dockerfile/cmd-vs-entrypoint';

const open = (path: string, options: {hasTouch?: boolean; colorScheme?: 'light' | 'dark'} = {}) =>
  site().open(path, options);

async function tooltipOf(page: Page, linkSelector: string) {
  const link = page.locator(linkSelector).first();
  await link.waitFor();
  const id = await link.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  return {link, tip: page.locator(`[id="${id}"]`)};
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Every rule, colour contrast included (the open tooltip is part of the page).
  const results = await new AxeBuilder({page}).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('hover shows term and definition; leaving hides it; the pointer can move onto it', async () => {
  const {page, errors} = await open(CHAPTER);
  const {link, tip} = await tooltipOf(page, 'article a[aria-describedby][href$="/glossary/dockerfile/entrypoint"]');
  await expect(tip.isVisible()).resolves.toBe(false);
  await link.hover();
  await tip.waitFor({state: 'visible'});
  await expect(tip.getAttribute('role')).resolves.toBe('tooltip');
  const text = await tip.textContent();
  expect(text).toContain('ENTRYPOINT');
  expect(text!.length).toBeGreaterThan('ENTRYPOINT'.length + 5);
  await tip.hover();
  await expect(tip.isVisible()).resolves.toBe(true);
  await page.mouse.move(0, 0);
  await tip.waitFor({state: 'hidden'});
  expect(errors).toEqual([]);
});

test('keyboard focus shows it, Escape hides it', async () => {
  const {page} = await open(CHAPTER);
  const {link, tip} = await tooltipOf(page, 'article a[aria-describedby][href$="/glossary/dockerfile/cmd"]');
  await link.focus();
  await tip.waitFor({state: 'visible'});
  await page.keyboard.press('Escape');
  await tip.waitFor({state: 'hidden'});
  await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
});

test('ids are unique on a page', async () => {
  const {page} = await open(CHAPTER);
  const ids = await page.$$eval('[role="tooltip"]', (tips) => tips.map((t) => t.id));
  expect(ids.length).toBeGreaterThan(3);
  expect(new Set(ids).size).toBe(ids.length);
});

test('on touch, the first tap opens the tooltip and its link goes to the term page', async () => {
  const {page} = await open(CHAPTER, {hasTouch: true});
  const {link, tip} = await tooltipOf(page, 'article a[aria-describedby][href$="/glossary/dockerfile/cmd"]');
  const before = page.url();
  await link.tap();
  await tip.waitFor({state: 'visible'});
  expect(page.url()).toBe(before);
  await tip.locator('a').tap();
  await page.waitForURL((url) => url.pathname.endsWith('/docs/glossary/dockerfile/cmd'));
});

test('the link works without JavaScript, and definitions are not in the server HTML', async () => {
  const html = await (await fetch(site().url + CHAPTER)).text();
  // The HTML is minified: attribute quotes are optional.
  expect(html).toMatch(/href="?\/docs\/glossary\/dockerfile\/entrypoint[" >]/);
  expect(html).not.toContain('role="tooltip"');
});

test('dockerfile code blocks link line-start keywords; the copied text stays plain', async () => {
  const {page} = await open(CHAPTER);
  const block = page.locator('article pre:has(a[href$="/glossary/dockerfile/from"])').first();
  await block.waitFor();
  const text = await block.locator('code').innerText();
  expect(text).toContain('FROM alpine:3.20');
  // The code block re-renders on the client; its tooltips mount after that.
  const run = block.locator('a[aria-describedby][href$="/glossary/dockerfile/run"]');
  await run.waitFor();
  expect(await run.count()).toBe(1);
  await run.hover();
  await page.locator(`[id="${await run.getAttribute('aria-describedby')}"]`).waitFor({state: 'visible'});
});

test.each(['light', 'dark'] as const)(
  'axe (%s mode): no serious or critical violation on a term page and on a page with tooltips, one tooltip open',
  async (colorScheme) => {
    for (const path of ['/docs/glossary/dockerfile/entrypoint', CHAPTER]) {
      const {page} = await open(path, {colorScheme});
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(colorScheme);
      // Open one tooltip (once hydrated), so its markup and colours are checked too.
      const {link, tip} = await tooltipOf(page, 'article a[aria-describedby]');
      await link.focus();
      await tip.waitFor({state: 'visible'});
      expect({path, violations: await seriousViolations(page)}).toEqual({path, violations: []});
    }
  },
);

test('term pages show a generated "出现在" list; the index lists both groups', async () => {
  const {page} = await open('/docs/glossary/dockerfile/run');
  await expect(page.locator('article h2', {hasText: '出现在'}).count()).resolves.toBe(1);
  const {page: index} = await open('/docs/glossary');
  const headings = await index.$$eval('article h2', (hs) =>
    hs.map((h) => h.textContent?.replace(/\u200b/g, '').trim()),
  );
  expect(headings).toEqual(expect.arrayContaining(['Dockerfile 指令', '概念']));
  expect(await index.locator('article a[href="/docs/glossary/dockerfile/entrypoint"]').count()).toBe(1);
});

test('from a 1.0 page, term links go to the 1.0 glossary', async () => {
  const {page: term} = await open('/docs/1.0/glossary/dockerfile/run');
  const chapter = await term.locator('article h2:has-text("出现在") + div a').first().getAttribute('href');
  expect(chapter).toMatch(/^\/docs\/1\.0\//);
  const {page} = await open(chapter!);
  await page.locator('article a[aria-describedby]').first().waitFor();
  const hrefs = await page.$$eval('article a[aria-describedby]', (links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/docs\/1\.0\/glossary\//);
  await page.locator('article a[aria-describedby]').first().click();
  await page.waitForURL((url) => url.pathname.startsWith('/docs/1.0/glossary/'));
});
