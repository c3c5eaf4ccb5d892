/**
 * @docker-k8s-notes/docusaurus-plugin-glossary: a versioned glossary for
 * Docusaurus. Term pages live in each docs version's glossary folder; terms
 * are linked (with a tooltip) to the term page of the same version; each term
 * page lists the pages that use it. See README.md.
 *
 *   const glossary = createGlossary({groups: {…}});
 *   plugins: [glossary.plugin],
 *   docs: {beforeDefaultRemarkPlugins: [glossary.remark]}
 *
 * Docusaurus does not let a plugin add remark plugins to the docs plugin yet,
 * hence the second line. Each instance owns its data: two sites (or two
 * builds) in one process never share state.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { type EditionSource } from './load';
import { type NormalizedOptions, type Options } from './options';
import { remarkGlossary, type RemarkGlossaryOptions } from './remark';
import { GlossaryStore } from './store';
export interface Glossary {
    /** The validated options. */
    readonly options: NormalizedOptions;
    /** The data of the last load; undefined until the Docusaurus plugin (or `load`) ran. */
    readonly store: GlossaryStore | undefined;
    /** For `plugins: [glossary.plugin]`. */
    readonly plugin: (context: LoadContext) => Plugin;
    /** For the docs plugin's `beforeDefaultRemarkPlugins: [glossary.remark]`. */
    readonly remark: [typeof remarkGlossary, RemarkGlossaryOptions];
    /** Loads the glossary from folders, outside a Docusaurus build (tools, tests). */
    load(sources: EditionSource[], init?: {
        locale?: string;
        siteDir?: string;
    }): GlossaryStore;
}
export declare function createGlossary(options?: Options): Glossary;
export default createGlossary;
export type { Options, GroupOptions, LocalizedText, Once, Severity } from './options';
export type { Term, Edition, EditionSource, SourcePage } from './load';
export type { GlossaryStore, PageRef } from './store';
export type { TermFrontMatter } from './schema';
