export type Once = 'page' | 'section' | 'all';
export type Severity = 'ignore' | 'log' | 'warn' | 'throw';
/** A string, or one string per locale (`{'zh-Hans': '概念', en: 'Concepts'}`). */
export type LocalizedText = string | Record<string, string>;
/** How the terms of one group (a folder under the glossary folder) behave. */
export interface GroupOptions {
    /** Heading of the group on the glossary index page. Default: the folder name. */
    label?: LocalizedText;
    /** Position of the group on the index page (lower first, then by name). Default `100`. */
    position?: number;
    /** Link the group's terms automatically in prose (a page can still say `autoLink: false`). Default `false`. */
    autoLink?: boolean;
    /** Match the term's spelling exactly (`RUN`, not `run`). Default `false`. */
    caseSensitive?: boolean;
    /** Link the terms where they start a line in code blocks of `codeLanguages` (Dockerfile instructions). Default `false`. */
    codeKeywords?: boolean;
    /** What the index page lists: the term (`RUN`) or the page title. Default `'title'`. */
    indexLabel?: 'term' | 'title';
    /** Term slugs of the group that are never linked automatically (only through `:term[...]`). Default `[]`. */
    manual?: string[];
}
export type NormalizedGroupOptions = Required<GroupOptions>;
export interface Options {
    /** Ids of the docs plugin instances whose versions have a glossary. Default: every instance. */
    docsPluginIds?: string[];
    /** Folder of the term pages inside each docs version (one sub-folder per group). Default `'glossary'`. */
    glossaryDir?: string;
    /** Behaviour of each group of terms, by folder name. Groups not listed get the defaults. */
    groups?: Record<string, GroupOptions>;
    /** Link a term once per page, once per `h2` section, or every time. Default `'section'`. */
    once?: Once;
    /** What an unknown `:term[...]` reference does. Default `'throw'` (fails the build). */
    onUnknownTerm?: Severity;
    /** Code languages whose line-starting keywords are linked (for groups with `codeKeywords`). Default `['dockerfile', 'Dockerfile', 'docker']`. */
    codeLanguages?: string[];
    /** Heading of the generated list of pages that use a term. Default: the locale's text ("出现在", "Used on"). */
    appearsInHeading?: LocalizedText | null;
    /** Paths (relative to the version's folder) left out of the "used on" lists. Default `[]` (the glossary itself is always left out). */
    usageIgnore?: string[];
}
export interface NormalizedOptions {
    docsPluginIds: string[] | null;
    glossaryDir: string;
    groups: Record<string, NormalizedGroupOptions>;
    once: Once;
    onUnknownTerm: Severity;
    codeLanguages: string[];
    appearsInHeading: LocalizedText | null;
    usageIgnore: string[];
}
export declare const DEFAULT_GROUP: Readonly<NormalizedGroupOptions>;
export declare const DEFAULT_OPTIONS: Readonly<NormalizedOptions>;
export declare const OptionsSchema: import("joi").ObjectSchema<NormalizedOptions>;
/** Validates user options and fills in defaults; throws an Error naming the bad option. The input is not mutated. */
export declare function normalizeOptions(options?: unknown): NormalizedOptions;
/** The options of one group: the configured ones, else the defaults. */
export declare function groupOptions(options: NormalizedOptions, group: string): NormalizedGroupOptions;
/** A localized option for a locale: exact, else the language (`en` for `en-GB`), else the first. */
export declare function pickText(text: LocalizedText, locale: string | undefined): string;
