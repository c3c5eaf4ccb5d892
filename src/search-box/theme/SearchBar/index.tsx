/**
 * The navbar search box of the offline search, replacing the one of
 * @easyops-cn/docusaurus-search-local while keeping its index, query builder
 * and autocomplete.js dropdown (ARIA combobox, arrow keys, Enter). What changes:
 * - the search runs in our worker (src/search-box/worker.ts): the same lunr
 *   queries, without asking the ones that cannot add a row, and every rewrite
 *   of a keystroke in one message;
 * - the query goes through our query rules (src/search/queryRules.ts): question
 *   words optional, synonyms from search/synonyms.yaml, pasted error messages;
 * - rows are ranked by page, at most two rows per page;
 * - rows are real links and every content text in them is escaped (the
 *   package's template put breadcrumbs and titles into the HTML as is).
 * The package's component cannot be wrapped for this: the template and the
 * query call are inside it.
 */
import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {
  DocsPreferredVersionContextProvider,
  useActivePlugin,
  useActiveVersion,
} from '@docusaurus/plugin-content-docs/client';
import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {searchResultLimits} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
import {
  Mark,
  docsPluginIdForPreferredVersion,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated';
import {iconNoResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/icons';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import type {SynonymGroup} from '../../queryRules';
import {rankedSearch} from '../../rankedSearch';
import type {Simplify} from '../../traditional';
import {escapeHtml, resultUrl, suggestionHtml, type RankedResult} from './suggestion';
import {loadIndexOf, searchQueries} from './searchClient';

const HIGHLIGHT_PARAM = '_highlight';

async function loadAutocomplete() {
  const mod = await import('@easyops-cn/autocomplete.js');
  const autocomplete = mod.default;
  autocomplete.noConflict?.();
  return autocomplete;
}

let simplifier: Promise<Simplify> | undefined;
/** The Traditional-to-Simplified reading of queries (OpenCC's tables, in their own chunk), loaded once. */
function loadSimplify(): Promise<Simplify> {
  simplifier ??= import('../../traditional').then(
    (mod) => mod.createSimplify(),
    (error: unknown) => {
      // Without the tables a query is read as typed: Simplified Chinese still works.
      console.error('Search: Traditional Chinese tables failed to load:', error);
      return (text: string) => text;
    },
  );
  return simplifier;
}

/** Runs the query's rewrites in the worker and ranks the rows by page. */
export async function searchRanked(
  versionUrl: string,
  input: string,
  synonyms: readonly SynonymGroup[],
): Promise<RankedResult[]> {
  const rows = await rankedSearch(
    (queries, limit, cover, label, asked, comparing) =>
      searchQueries(versionUrl, queries, limit, cover, label, asked, comparing),
    input,
    synonyms,
    {shown: searchResultLimits, simplify: await loadSimplify()},
  );
  // Each row names the query it answers (the link's data-query), so a reader's
  // tools and our browser tests can tell rows of the last keystroke from older ones.
  return rows.map((row) => ({...row, query: input}));
}

function SearchBar({handleSearchBarToggle}: {handleSearchBarToggle?: (expanded: boolean) => void}): ReactNode {
  const {
    siteConfig: {baseUrl},
  } = useDocusaurusContext();
  const {synonyms} = usePluginData('search-box') as {synonyms: SynonymGroup[]};
  const activePlugin = useActivePlugin();
  const activeVersion = useActiveVersion(activePlugin?.pluginId ?? docsPluginIdForPreferredVersion);
  // The index of the edition being read: results never cross editions.
  const versionUrl = activeVersion && !activeVersion.isLast ? `${activeVersion.path}/` : baseUrl;
  const history = useHistory();
  const location = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const loadedFor = useRef<string | null>(null);
  const dropdown = useRef<{autocomplete: {destroy(): void; open(): void; close(): void; setVal(v: string): void}}>(
    null,
  );
  const focusAfterLoad = useRef(false);
  const latest = useRef('');
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [loading, setLoading] = useState(false);
  const [focused, setFocused] = useState(false);
  const [value, setValue] = useState('');

  const loadIndex = useCallback(async () => {
    const input = inputRef.current;
    if (!input || loadedFor.current === versionUrl) return;
    loadedFor.current = versionUrl;
    dropdown.current?.autocomplete.destroy();
    setLoading(true);
    const [autocomplete] = await Promise.all([loadAutocomplete(), loadIndexOf(versionUrl), loadSimplify()]);
    const highlight = Mark !== null;
    dropdown.current = autocomplete(
      input,
      {
        hint: false,
        autoselect: true,
        openOnFocus: true,
        cssClasses: {
          root: styles.searchBar,
          noPrefix: true,
          dropdownMenu: styles.dropdownMenu,
          input: styles.input,
          hint: styles.hint,
          suggestions: styles.suggestions,
          suggestion: styles.suggestion,
          cursor: styles.cursor,
          dataset: styles.dataset,
          empty: styles.empty,
        },
      },
      [
        {
          source: (query: string, callback: (rows: EngineResult[]) => void) => {
            // The worker answers in order; while one search runs, keystrokes only
            // update `latest`, and a query that is no longer the input's is skipped.
            latest.current = query;
            const run = queue.current.then(() =>
              latest.current === query ? searchRanked(versionUrl, query, synonyms) : undefined,
            );
            queue.current = run.catch(() => undefined);
            run.then(
              (rows) => rows && callback(rows),
              (error: unknown) => {
                // A failed search shows "no results" instead of leaving the last rows up.
                console.error('Search failed:', error);
                callback([]);
              },
            );
          },
          templates: {
            suggestion: (row: RankedResult) =>
              suggestionHtml(
                row,
                {
                  hitIcon: styles.hitIcon,
                  hitWrapper: styles.hitWrapper,
                  hitTitle: styles.hitTitle,
                  hitPath: styles.hitPath,
                },
                highlight,
              ),
            empty: () =>
              `<span class="${styles.noResults}"><span class="${styles.noResultsIcon}">${iconNoResults}</span><span>${escapeHtml(
                translate({id: 'theme.SearchBar.noResultsText', message: 'No results'}),
              )}</span></span>`,
            footer: ({query, isEmpty}: {query: string; isEmpty: boolean}) => {
              if (isEmpty) return '';
              const params = new URLSearchParams({q: query});
              if (versionUrl !== baseUrl) params.set('version', versionUrl.substring(baseUrl.length));
              const href = `${baseUrl}search?${params.toString()}`;
              const text = translate({id: 'theme.SearchBar.seeAll', message: 'See all results'});
              return `<div class="${styles.hitFooter}"><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></div>`;
            },
          },
        },
      ],
    ).on('autocomplete:selected', (_event, row: EngineResult) => {
      inputRef.current?.blur();
      history.push(resultUrl(row, highlight));
    });
    setLoading(false);
    if (focusAfterLoad.current) {
      if (input.value) dropdown.current?.autocomplete.open();
      input.focus();
    }
  }, [versionUrl, baseUrl, history, synonyms]);

  // A plain click on a row link is handled by the dropdown (client-side
  // navigation); ctrl/cmd/shift/middle clicks keep the browser's behaviour.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a.search-result-link');
      if (link && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  // Highlight the searched words on the page a result opened.
  useEffect(() => {
    if (!Mark) return;
    const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
    const root = document.querySelector('article');
    if (!root) return;
    const mark = new Mark(root);
    mark.unmark();
    if (words.length > 0) mark.mark(words, {exclude: ['.theme-doc-toc-mobile > button']});
  }, [location.search, location.pathname]);

  const onFocus = useCallback(() => {
    focusAfterLoad.current = true;
    void loadIndex();
    setFocused(true);
    handleSearchBarToggle?.(true);
  }, [handleSearchBarToggle, loadIndex]);
  const onBlur = useCallback(() => {
    setFocused(false);
    handleSearchBarToggle?.(false);
  }, [handleSearchBarToggle]);

  // The edition changed: the next focus loads that edition's index.
  useEffect(() => {
    if (loadedFor.current !== null && loadedFor.current !== versionUrl) {
      dropdown.current?.autocomplete.destroy();
      dropdown.current = null;
      loadedFor.current = null;
    }
  }, [versionUrl]);

  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  return (
    <div
      className={clsx('navbar__search', styles.searchBarContainer, {
        [styles.searchIndexLoading]: loading && value !== '',
        [styles.focused]: focused,
      })}
      dir="ltr"
    >
      <input
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${styles.searchInput}`}
        onMouseEnter={() => void loadIndex()}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={(event) => setValue(event.target.value)}
        ref={inputRef}
        value={value}
      />
    </div>
  );
}

export default function SearchBarWrapper(props: {handleSearchBarToggle?: (expanded: boolean) => void}): ReactNode {
  return (
    <DocsPreferredVersionContextProvider>
      <SearchBar {...props} />
    </DocsPreferredVersionContextProvider>
  );
}
