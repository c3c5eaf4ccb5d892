/**
 * Shell transcripts on a real chapter of the production build, in the site's
 * zh-Hans labels: both tabs server-rendered, one switch for the whole page that
 * survives a reload, copy gives the commands only, keyboard. The edge cases
 * (every prompt, hostile text, ANSI, nesting) are built and checked by an
 * outside site: test/consumer/transcript.test.ts.
 */
import type {Page} from 'playwright-core';
import {gotoHydrated, useSite} from './harness';

const PAGE = '/docs/docker-basics/everyday-commands';
const TABS = '.shell-transcript [role="tab"]';
/** The commands of the page's first session (docs/02-docker-basics/everyday-commands.md). */
const FIRST_COMMANDS = ['docker pull nginx:1.27', 'docker pull -q redis:7.4', 'docker images'];

const site = useSite();

const open = () => site().open(PAGE);

/** The label of the selected tab of every transcript on the page. */
const selectedLabels = (page: Page): Promise<string[]> =>
  page.$$eval('.shell-transcript [role="tab"][aria-selected="true"]', (tabs) => tabs.map((t) => t.textContent ?? ''));

test('both tabs are in the server-rendered HTML, with the zh-Hans labels', async () => {
  const html = await (await fetch(site().url + PAGE)).text();
  expect(html).toContain('命令');
  expect(html).toContain('输出');
  // First transcript: the 命令 panel holds the commands without prompts, the
  // hidden 输出 panel prompt + command + output. (The HTML is minified.)
  const panels = html
    .split(/role="?tabpanel"?/)
    .slice(1, 3)
    .map((p) => p.replace(/<[^>]+>/g, ''));
  for (const command of FIRST_COMMANDS) expect(panels[0]).toContain(command);
  expect(panels[0]).not.toContain('root@node1:~#');
  expect(panels[1]).toContain('root@node1:~# docker pull nginx:1.27');
  expect(panels[1]).toContain('Status: Downloaded newer image for nginx:1.27');
  expect(html).toMatch(/role="?tabpanel"? class="?[\w ]+"? hidden>/);
});

test('switching to 输出 switches every transcript on the page and survives reload', async () => {
  const {page, errors} = await open();
  const before = await selectedLabels(page);
  expect(before.length).toBeGreaterThan(10);
  expect(new Set(before)).toEqual(new Set(['命令']));

  await page.locator(TABS, {hasText: '输出'}).nth(3).click();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.shell-transcript [role="tab"][aria-selected="true"]')).every(
      (t) => t.textContent === '输出',
    ),
  );
  expect(page.url()).toContain('shell-transcript=output');

  await gotoHydrated(page, site().url + PAGE); // no query string: localStorage remembers
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.shell-transcript [role="tab"][aria-selected="true"]')).every(
      (t) => t.textContent === '输出',
    ),
  );
  expect(new Set(await selectedLabels(page))).toEqual(new Set(['输出']));
  // The visible output panel shows the prompt, unselectable and hidden from screen readers.
  const prompt = page.locator('.shell-transcript [role="tabpanel"]:not([hidden]) [data-prompt]').first();
  expect(await prompt.getAttribute('aria-hidden')).toBe('true');
  expect(await prompt.evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
  expect(errors).toEqual([]);
  await page.close();
});

test('the 命令 copy button copies exactly the commands', async () => {
  const {page} = await open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site().url});
  const panel = page.locator('.shell-transcript').first().locator('[role="tabpanel"]:not([hidden])');
  await panel.hover();
  await panel.locator('button').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/\n$/, '')).toBe(FIRST_COMMANDS.join('\n'));
  await page.close();
});

test('keyboard: arrows, Home/End move focus; Enter and Space select; aria-selected follows', async () => {
  const {page} = await open();
  const tabs = page.locator('.shell-transcript').first().locator('[role="tab"]');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  expect(await tabs.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
  await tabs.nth(1).focus();
  await page.keyboard.press('Home');
  expect(await tabs.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Space');
  expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
  expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('false');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  await tabs.nth(0).focus();
  await page.keyboard.press('End');
  expect(await tabs.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('ArrowLeft');
  expect(await tabs.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.close();
});
