/**
 * The only places where the content lint lets MDX be code. Both lists are
 * reviewed like code: a change here needs a maintainer's approval. There are no
 * per-file exemptions: pages that exercise the plugins' edge cases live in the
 * outside-site test (test/consumer/site), not in the docs.
 */
import type {PageKind} from './types';

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

/** Components a page of this kind may use. */
export function allowedComponents(kind: PageKind): readonly string[] {
  return [...ALLOWED_COMPONENTS, ...(PAGE_KIND_COMPONENTS[kind] ?? [])];
}
