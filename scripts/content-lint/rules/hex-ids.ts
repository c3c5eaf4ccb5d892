/**
 * `hex-id`: container IDs, image IDs and digests in sessions must look real.
 * Per page: a value that looks typed by hand (`0a1b2c3d4e5f…`, `abcdef`), or
 * one value used for two kinds of object (a digest and a container ID). Across
 * pages (`hexIdsAcrossPages`, run by `lintSite`): a value reused on another page.
 * The judging is in `../hex-ids.ts`; this file only walks the tree.
 */
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {crossPageProblems, findHexTokens, pageProblems, type PageHexIds} from '../hex-ids';
import type {Finding, Rule} from '../types';

const SESSION_LANGS = new Set(['console', 'shell-session']);

/** Every hex value of a page with its line and column in the page's source. */
export function pageHexIds(file: string, tree: Root): PageHexIds {
  const tokens: PageHexIds['tokens'] = [];
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode' && node.type !== 'text') return;
    const start = node.position?.start;
    if (!start) return;
    const session = node.type === 'code' && SESSION_LANGS.has(node.lang ?? '');
    for (const item of findHexTokens(node.value, session)) {
      let place: {line: number; column: number};
      if (node.type === 'code') place = {line: start.line + 1 + item.line, column: start.column + item.column};
      else if (node.type === 'inlineCode') place = {line: start.line, column: start.column + 1 + item.column};
      else place = {line: start.line + item.line, column: (item.line === 0 ? start.column : 1) + item.column};
      tokens.push({...item, place});
    }
  });
  return {file, tokens};
}

export const hexIdRule: Rule = (context) => {
  for (const problem of pageProblems(pageHexIds(context.page.file, context.tree))) {
    context.report('hex-id', problem.message, {line: problem.line, column: problem.column});
  }
};

/**
 * The cross-page half of `hex-id`, for one lint run: add `rule` to the rules
 * of every page, then read `findings()` once all pages are done.
 */
export function hexIdsAcrossPages(): {rule: Rule; findings: () => Finding[]} {
  const pages: PageHexIds[] = [];
  return {
    rule: (context) => {
      pages.push(pageHexIds(context.page.file, context.tree));
    },
    findings: () =>
      crossPageProblems(pages).map((problem) => ({...problem, rule: 'hex-id' as const, severity: 'error' as const})),
  };
}
