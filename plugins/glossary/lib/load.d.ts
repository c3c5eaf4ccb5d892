import { type NormalizedOptions } from './options';
export interface Term {
    /** `<group>/<slug>`, unique in an edition (`dockerfile/volume` and `concepts/volume` may both exist). */
    id: string;
    /** File name without extension: what `:term[...]{id=...}` names. */
    slug: string;
    /** Folder under the glossary folder, e.g. `dockerfile` or `concepts`. */
    group: string;
    term: string;
    aliases: string[];
    short: string;
    title: string;
    autoLink: boolean;
    caseSensitive: boolean;
    /** Linked where it starts a line in code blocks of `codeLanguages`. */
    codeKeyword: boolean;
    /** Absolute path of the page Docusaurus builds (the translated copy when there is one). */
    file: string;
    /** Path relative to the version folder, with `/`: `glossary/dockerfile/run.md`. */
    source: string;
    /** URL of the built page, when the docs plugin loaded it. */
    permalink?: string;
}
/** A page of a docs version as the docs plugin loaded it. */
export interface SourcePage {
    /** Absolute path. */
    file: string;
    /** Parsed front matter; read from the file when absent. */
    frontMatter?: Record<string, unknown>;
    /** Title Docusaurus gave the page (front matter title, first heading or file name). */
    title?: string;
    /** URL of the built page. */
    permalink?: string;
}
/** Where a docs version lives: what the loader needs to know. */
export interface EditionSource {
    /** Unique name: the version name, prefixed with the docs plugin id for a second instance (`api/current`). */
    name: string;
    /** The version's content folder. */
    root: string;
    /** Its translation for the locale being built, if the site is translated. */
    localizedRoot?: string;
    /** Every page the version builds; when absent, the Markdown files under the folders. */
    pages?: SourcePage[];
}
export interface Edition extends Required<Pick<EditionSource, 'name' | 'root'>> {
    localizedRoot?: string;
    terms: Term[];
    /** Every page of the version (its translated copy when there is one). */
    pages: SourcePage[];
}
export interface Glossary {
    glossaryDir: string;
    editions: Edition[];
}
export declare class GlossaryLoadError extends Error {
    readonly problems: string[];
    constructor(problems: string[]);
}
/** The version-relative path of a page, whether it is the original or the translated copy. */
export declare function sourceOf(edition: Pick<Edition, 'root' | 'localizedRoot'>, file: string): string | undefined;
/**
 * Loads and validates the terms of every edition; throws GlossaryLoadError
 * listing every problem with its file.
 */
export declare function loadGlossary(sources: readonly EditionSource[], options: Pick<NormalizedOptions, 'glossaryDir' | 'groups'>, siteDir?: string): Glossary;
/**
 * The docs versions of a site laid out as Docusaurus does by default: `docs/`
 * (`current`) and `versioned_docs/version-<name>/`, with their translations
 * under `i18n/<locale>/docusaurus-plugin-content-docs/`. For tools that run
 * outside a build (lints, checks); the plugin itself asks Docusaurus.
 */
export declare function defaultEditionSources(siteDir: string, locale?: string, docsDir?: string): EditionSource[];
/** A spelling (term or alias) claimed by two terms of one edition. */
export interface AliasConflict {
    edition: string;
    spelling: string;
    terms: string[];
}
/**
 * Spellings two terms of one edition both claim. Case-insensitive terms clash
 * with each other under case folding; a case-sensitive spelling (`VOLUME`) and a
 * case-insensitive one (`volume`) do not: the exact, case-sensitive one wins.
 */
export declare function findAliasConflicts(glossary: Glossary): AliasConflict[];
