/**
 * Shared shapes of the content lint: what a page is (from its path), what a
 * rule receives, and what a finding looks like.
 */
import type {Root} from 'mdast';
import type {Point, Position} from 'unist';

/** Every rule id, as printed in the second column of a finding. */
export type RuleId =
  | 'mdx-syntax'
  | 'nesting-depth'
  | 'front-matter'
  | 'session-parse'
  | 'term-unknown'
  | 'heading-increment'
  | 'image-alt'
  | 'indented-code'
  | 'bash-prompt'
  | 'unknown-directive'
  | 'security-script'
  | 'security-iframe'
  | 'security-event-handler'
  | 'security-url'
  | 'security-esm'
  | 'security-expression'
  | 'security-jsx'
  | 'hex-id'
  | 'terminology'
  | 'security-front-matter'
  | 'security-format'
  | 'security-html'
  | 'security-invisible'
  | 'security-markup-label';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path as given to the lint (relative to the site root). */
  file: string;
  line: number;
  column: number;
  rule: RuleId;
  message: string;
  severity: Severity;
}

/**
 * What kind of page a file is, decided from its path under the site root:
 * - `chapter`: `NN-name/*.md` (full front matter schema)
 * - `glossary-term`: `glossary/dockerfile/*.md`, `glossary/concepts/*.md` (glossary contract)
 * - `glossary-index`: `glossary/index.md`
 * - `page`: anything else (intro, contributing pages)
 * - `site-page`: Markdown outside the docs (`src/pages/`, their translations): security rules only
 */
export type PageKind = 'chapter' | 'glossary-term' | 'glossary-index' | 'page' | 'site-page';

export interface PageInfo {
  /** Path relative to the site root, with `/` separators, e.g. `docs/01-history/namespaces.md`. */
  file: string;
  /** Edition name: `current` for `docs/`, or the version (`1.0`) for `versioned_docs/version-1.0/`. */
  edition: string;
  /** Root folder of the edition, e.g. `docs` or `versioned_docs/version-1.0`. */
  editionDir: string;
  /** Path inside the edition folder, e.g. `01-history/namespaces.md`. */
  docPath: string;
  kind: PageKind;
}

/** Terms of one edition's glossary, as the rules need them. */
export interface GlossaryIndex {
  /** True when `:term[label]{id=...}` (id optional) names a term of the edition. */
  resolves(label: string, id: string | undefined): boolean;
  /** Known spellings and ids closest to a query, best first. */
  suggest(query: string): string[];
  /** Set when the edition's glossary could not be loaded (then nothing resolves). */
  loadError?: string;
}

export interface RuleContext {
  page: PageInfo;
  /** The file as written (for checks on characters, which the tree does not keep apart). */
  source: string;
  tree: Root;
  /** The format the build compiles the page in (`mdx`, or `md` after a front-matter switch). */
  format: 'md' | 'mdx';
  /** Parsed front matter (an object), or undefined when absent or not YAML. */
  frontMatter: Record<string, unknown> | undefined;
  /** The glossary of the page's edition, when one could be loaded. */
  glossary: GlossaryIndex | undefined;
  /** Every finding is an error unless a rule says `warning`. */
  report(rule: RuleId, message: string, place: Place, severity?: Severity): void;
}

/** A node (anything with a position), a position or a point. */
export type Place = {position?: Position} | Position | Point | undefined;

export type Rule = (context: RuleContext) => void;
