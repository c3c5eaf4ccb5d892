/**
 * An outside site uses our packages: global-setup.ts packs both (npm pack),
 * installs the tarballs into a copy of test/consumer/site (the classic
 * TypeScript template, English, two doc versions, a second docs instance) and
 * builds it once; these tests check the features in Chromium. Run by
 * `npm run test:consumer` (part of `npm test`).
 */
import type {Page} from 'playwright-core';
import {useSite} from '../e2e/harness';
import {consumerBuildDir} from './site';

const consumer = useSite(consumerBuildDir());

async function open(pathname: string): Promise<Page> {
  return (await consumer().open(pathname)).page;
}

test('a session renders as Command / Output tabs, in English', async () => {
  const page = await open('/docs/intro');
  const tabs = page.locator('.shell-transcript [role="tab"]');
  await expect(tabs.allTextContents()).resolves.toEqual(['Command', 'Output']);
  // The command tab is a normal code block with its title and copy button.
  const panel = page.locator('.shell-transcript [role="tabpanel"]').first();
  await expect(panel.locator('code').innerText()).resolves.toContain('docker build -t hello .');
  await expect(page.locator('.shell-transcript').getByText('build-and-run.sh').count()).resolves.toBe(1);
  await tabs.nth(1).click();
  await page.waitForSelector('.shell-transcript [role="tab"][aria-selected="true"]:has-text("Output")');
  await expect(page.locator('.shell-transcript').innerText()).resolves.toContain('Hello from the container');
  await page.close();
});

test("a glossary term links to the same version's term page, with an English tooltip", async () => {
  const page = await open('/docs/1.0/intro');
  const link = page.locator('article a[href="/docs/1.0/glossary/dockerfile/run"]').first();
  await expect(link.count()).resolves.toBe(1);
  await link.focus();
  const tooltip = page.locator('[role="tooltip"]:visible');
  await tooltip.waitFor({timeout: 30_000});
  await expect(tooltip.innerText()).resolves.toContain('Runs a command in a new layer');
  await expect(tooltip.innerText()).resolves.toContain('Open the glossary page');
  await page.close();
});

test('Dockerfile keywords in code blocks link to their term pages', async () => {
  const page = await open('/docs/intro');
  // This site loads no Dockerfile grammar: each line is one plain token, split around the keyword.
  await expect(page.locator('pre a[href="/docs/glossary/dockerfile/run"]').first().innerText()).resolves.toBe('RUN');
  await expect(page.locator('pre a[href="/docs/glossary/dockerfile/cmd"]').first().innerText()).resolves.toBe('CMD');
  // The code text is unchanged.
  const lines = (await page.locator('pre', {hasText: 'apk add'}).innerText()).split('\n').filter((l) => l !== '');
  expect(lines).toEqual(['FROM alpine:3.20', 'RUN apk add --no-cache curl', 'CMD ["curl", "--version"]']);
  await page.close();
});

test('a term page lists the pages that use it, under "Used on"', async () => {
  const page = await open('/docs/glossary/dockerfile/run');
  await expect(page.locator('h2', {hasText: 'Used on'}).count()).resolves.toBe(1);
  await expect(page.locator('article a[href="/docs/intro"]').count()).resolves.toBeGreaterThan(0);
  const old = await open('/docs/1.0/glossary/dockerfile/run');
  await expect(old.locator('article a[href="/docs/1.0/intro"]').count()).resolves.toBeGreaterThan(0);
  await page.close();
  await old.close();
});

test('a second docs instance has its own glossary', async () => {
  const page = await open('/community');
  await expect(
    page.locator('article a[href="/community/glossary/concepts/container"]').count(),
  ).resolves.toBeGreaterThan(0);
  // Not the main docs' glossary, which has no such term.
  await expect(page.locator('article a[href^="/docs/glossary/"]').count()).resolves.toBe(0);
  await page.close();
});

test('the glossary index groups terms under the configured labels', async () => {
  const page = await open('/docs/glossary');
  // Headings end with a zero-width space before their anchor link.
  const headings = (await page.locator('article h2').allTextContents()).map((t) => t.replace(/\u200b/g, '').trim());
  expect(headings).toEqual(expect.arrayContaining(['Dockerfile instructions', 'Concepts']));
  await page.close();
});
