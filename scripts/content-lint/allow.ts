/**
 * The only places where the content lint lets MDX be code. Both lists are
 * reviewed like code: a change here needs a maintainer's approval.
 */
import type {PageKind, RuleId} from './types';

/**
 * JSX elements a page may use: our own components, registered for every page
 * in `src/theme/MDXComponents.tsx` (a test keeps this list inside that file's
 * names). Attributes must be plain strings or bare booleans; no expressions,
 * no `on*` handlers.
 */
export const ALLOWED_COMPONENTS: readonly string[] = ['Tabs', 'TabItem'];

/**
 * Components allowed on one kind of page only: `<GlossaryIndex />` is the
 * marker the glossary plugin fills with the term list on `glossary/index.md`.
 * The other components our plugins emit (GlossaryTerm, ShellTranscript, ...)
 * are never written by hand: a hand-written one could fake a tooltip.
 */
export const PAGE_KIND_COMPONENTS: Readonly<Partial<Record<PageKind, readonly string[]>>> = {
  'glossary-index': ['GlossaryIndex'],
};

/** Components a page of this kind may use, plus any its exemption lists. */
export function allowedComponents(kind: PageKind, extra: readonly string[] = []): readonly string[] {
  return [...ALLOWED_COMPONENTS, ...(PAGE_KIND_COMPONENTS[kind] ?? []), ...extra];
}

export interface Exemption {
  /** Exact file, relative to the site root; must be a dogfood page. */
  file: string;
  /** Rules switched off for that file; never those in NEVER_EXEMPT. */
  rules?: RuleId[];
  /** Elements allowed on that file on top of the allow-list (narrower than switching `security-jsx` off). */
  components?: string[];
  /** Why the page needs it (shown in review). */
  reason: string;
}

/** Elements that no exemption can allow. */
export const NEVER_ALLOWED: readonly string[] = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'form',
  'style',
];

/** Rules that no exemption can switch off. */
export const NEVER_EXEMPT: readonly RuleId[] = [
  'mdx-syntax',
  'security-script',
  'security-iframe',
  'security-event-handler',
  'security-url',
];

/** Folders where exemptions may apply: the dogfood pages of each edition. */
export const EXEMPTABLE = /^(docs|versioned_docs\/version-[^/]+)\/dogfood\//;

/**
 * Dogfood pages (edge cases that must pass the strict build) that need a rule
 * off. Empty until such a page exists; add one entry per file, never a folder.
 */
export const EXEMPTIONS: readonly Exemption[] = [
  {
    file: 'docs/dogfood/transcripts.md',
    components: ['details', 'summary'],
    rules: ['bash-prompt'],
    reason:
      'Edge cases of the transcript plugin: a session inside <details> (Docusaurus renders details/summary with its own ' +
      'theme component), and a `bash` block with prompts that the plugin must still turn into tabs.',
  },
];
