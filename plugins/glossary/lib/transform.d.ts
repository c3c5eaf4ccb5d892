import type { Root } from 'mdast';
import type { Term } from './load';
import { type NormalizedOptions, type Severity } from './options';
import type { GlossaryStore, Location } from './store';
export interface PageContext {
    store: GlossaryStore;
    options: NormalizedOptions;
    location: Location;
    /** Absolute path of the page being transformed. */
    file: string;
    /** Severity for unknown terms (usage scans pass 'ignore'). */
    onUnknownTerm: Severity;
}
/**
 * Attributes that mark a term link. The theme's `MDXComponents/A` wrapper
 * reads them, removes them and wraps the link in `<GlossaryTerm>`.
 */
export declare const TERM_LINK_ATTRIBUTES: {
    readonly term: "data-glossary-term";
    readonly short: "data-glossary-short";
};
/** Links the terms of one page; returns the ids of the terms it linked (for usage lists). */
export declare function linkTree(tree: Root, ctx: PageContext): Set<string>;
/** Fills every `<GlossaryIndex />` on the edition's glossary index page with the grouped term list. */
export declare function fillIndex(tree: Root, ctx: PageContext): void;
/** Appends the generated "出现在" section to a term page. */
export declare function appendAppearsIn(tree: Root, ctx: PageContext, term: Term): void;
/** True for the edition's glossary index page (`glossary/index.md`). */
export declare function isIndexPage(ctx: Pick<PageContext, 'options' | 'location'>): boolean;
/**
 * Adds `import GlossaryTerm from '@theme/GlossaryTerm'` (and so on) for the
 * components the page uses, as ESM nodes with their estree, unless the page
 * imports that name itself. Pages then never depend on which theme provides
 * @theme/MDXComponents last.
 */
export declare function ensureImports(tree: Root): void;
