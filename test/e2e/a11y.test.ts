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

/** One page of every kind a reader meets. */
const A11Y_PAGES: ReadonlyArray<[kind: string, path: string]> = [
  ['home', '/'],
  ['chapter page', '/docs/history/namespaces'],
  ['session-heavy page', '/docs/dockerfile/cmd-vs-entrypoint'],
  ['glossary term', '/docs/glossary/dockerfile/entrypoint'],
  ['glossary index', '/docs/glossary'],
  ['search', '/search?q=docker'],
  ['edition 1.0 page', '/docs/1.0/history/namespaces'],
];

const BLOCKING = new Set(['serious', 'critical']);

async function open(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const {page} = await site().open(path, {colorScheme, viewport: {width: 1280, height: 900}});
  // Client-rendered parts (Mermaid diagrams, search results) settle after hydration.
  await page.waitForLoadState('networkidle');
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
  it.each(A11Y_PAGES)('%s %s', async (_kind, path) => {
    const page = await open(path, 'light');
    try {
      expect(await blockingViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('chapter page in dark mode', async () => {
    const page = await open('/docs/history/namespaces', 'dark');
    try {
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await blockingViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
