/**
 * Accessibility gate: axe-core (WCAG 2.x A and AA rules) on one page of every
 * kind in the production build, in light mode, plus the chapter page in dark
 * mode. A serious or critical violation fails the test, with the rule, the
 * help text and the offending elements in the message.
 */
import type {Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {useSite} from './harness';

const site = useSite();

/**
 * One page of every kind a reader meets, with what shows that its client-rendered
 * parts are there (Mermaid diagrams and search results render after hydration).
 */
const A11Y_PAGES: ReadonlyArray<[kind: string, path: string, ready: string]> = [
  ['home', '/', 'main'],
  ['chapter page', '/docs/history/namespaces', 'article .docusaurus-mermaid-container svg'],
  ['session-heavy page', '/docs/dockerfile/cmd-vs-entrypoint', 'article'],
  ['glossary term', '/docs/glossary/dockerfile/entrypoint', 'article'],
  ['glossary index', '/docs/glossary', 'article'],
  ['search', '/search?q=docker', 'article h2 a'],
  ['edition 1.0 page', '/docs/1.0/history/namespaces', 'article .docusaurus-mermaid-container svg'],
];

const BLOCKING = new Set(['serious', 'critical']);

async function open(path: string, colorScheme: 'light' | 'dark', ready: string): Promise<Page> {
  const {page} = await site().open(path, {colorScheme, viewport: {width: 1280, height: 900}});
  await page.locator(ready).first().waitFor();
  return page;
}

async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`)
          .join('\n'),
    );
}

describe('accessibility (axe-core, no serious or critical violations)', () => {
  it.each(A11Y_PAGES)('%s %s', async (_kind, path, ready) => {
    const page = await open(path, 'light', ready);
    try {
      expect(await blockingViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('chapter page in dark mode', async () => {
    const page = await open('/docs/history/namespaces', 'dark', A11Y_PAGES[1][2]);
    try {
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await blockingViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
