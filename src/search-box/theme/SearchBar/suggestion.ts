/**
 * One row of the search dropdown as an HTML string (autocomplete.js takes
 * strings). Every text that comes from content (page titles, headings, category
 * labels, body sentences) goes through escapeHtml, never into the markup as is:
 * a contributor's title like `<img src=x onerror=…>` is shown, not run. The row is
 * a real link, so it can be opened in a new tab or copied.
 */
import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {
  iconContent,
  iconHeading,
  iconTitle,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/icons';
import {ROW_CONTENT, ROW_HEADING, ROW_KEYWORDS, ROW_TITLE} from '../../queryRules';

/** A row of the engine, with the query the reader typed. */
export type RankedResult = EngineResult & {query?: string};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}

/** `text` escaped, with the query tokens it contains wrapped in <mark>. */
export function highlightText(text: string, tokens: readonly string[]): string {
  const wanted = tokens.filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const token = wanted.find((t) => lower.startsWith(t, i));
    if (token) {
      out += `<mark>${escapeHtml(text.slice(i, i + token.length))}</mark>`;
      i += token.length;
    } else {
      out += escapeHtml(text[i]);
      i += 1;
    }
  }
  return out;
}

/** At most `max` characters of `text` around the first query token it contains. */
export function excerpt(text: string, tokens: readonly string[], max: number): string {
  if (text.length <= max) return text;
  const lower = text.toLowerCase();
  const at = Math.min(...tokens.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length);
  const start = at >= text.length ? 0 : Math.max(0, at - Math.floor(max / 3));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + max)}${start + max < text.length ? '…' : ''}`;
}

/** The URL a row opens: its page, the section's anchor, and the words to highlight there. */
export function resultUrl(result: EngineResult, highlight: boolean): string {
  const {u, h} = result.document;
  const params = new URLSearchParams();
  if (highlight) for (const token of result.tokens) params.append('_highlight', token);
  const query = params.toString();
  return `${u}${query ? `?${query}` : ''}${h ?? ''}`;
}

export interface SuggestionClasses {
  hitIcon: string;
  hitWrapper: string;
  hitTitle: string;
  hitPath: string;
}

// The engine's own icons: constant SVG markup shipped with the package, no content in it.
const kindIcon = (type: number) =>
  type === ROW_TITLE || type === ROW_KEYWORDS ? iconTitle : type === ROW_HEADING ? iconHeading : iconContent;

/** The HTML of one dropdown row; all content text escaped. */
export function suggestionHtml(result: RankedResult, classes: SuggestionClasses, highlight: boolean): string {
  const {document, type, tokens} = result;
  const page = result.page || undefined;
  const pageTitle = type === ROW_TITLE ? document.t : (page?.t ?? '');
  const crumbs = type === ROW_TITLE ? (document.b ?? []) : (page?.b ?? []);
  const title = excerpt(type === ROW_KEYWORDS ? (document.s ?? document.t) : document.t, tokens, 80);
  const path = [...crumbs, ...(type === ROW_TITLE ? [] : [pageTitle])];
  if (type === ROW_CONTENT && document.s && document.s !== pageTitle) path.push(document.s);
  return [
    `<a class="search-result-link" href="${escapeHtml(resultUrl(result, highlight))}" data-query="${escapeHtml(result.query ?? '')}" tabindex="-1">`,
    `<span class="${classes.hitIcon}" aria-hidden="true">${kindIcon(type)}</span>`,
    `<span class="${classes.hitWrapper}">`,
    `<span class="${classes.hitTitle}">${highlightText(title, tokens)}</span>`,
    path.length > 0 ? `<span class="${classes.hitPath}">${path.map((p) => escapeHtml(p)).join(' › ')}</span>` : '',
    `</span>`,
    `</a>`,
  ].join('');
}
