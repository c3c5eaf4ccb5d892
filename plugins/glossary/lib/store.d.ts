import { type Edition, type Glossary, type Term } from './load';
import { type Matcher } from './match';
import type { NormalizedOptions } from './options';
import { type UsageCache } from './usage';
/** Where a Markdown file sits: its edition and its path inside the edition. */
export interface Location {
    edition: Edition;
    /** Path relative to the edition folder (or its translation), with `/`. */
    source: string;
}
/** A page that uses a term. */
export interface PageRef {
    /** Path relative to the edition folder: `06-dockerfile/run-cmd.md`. */
    source: string;
    /** Absolute path of the page (the translated copy when there is one). */
    file: string;
    title: string;
}
export type Usage = Map<string, PageRef[]>;
export interface TermIndex {
    byId: ReadonlyMap<string, Term>;
    bySource: ReadonlyMap<string, Term>;
}
export declare class GlossaryStore {
    readonly options: NormalizedOptions;
    readonly glossary: Glossary;
    /** The locale being built (UI text generated into pages). */
    readonly locale: string | undefined;
    /** For messages: paths are shown relative to it. */
    readonly siteDir: string;
    private readonly matchers;
    private readonly usages;
    private readonly indexes;
    /** Relative link URLs by source folder and target file: path.relative is the transform's hot spot. */
    private readonly urls;
    constructor(init: {
        options: NormalizedOptions;
        glossary: Glossary;
        locale?: string;
        siteDir?: string;
        usageCache?: UsageCache;
    });
    /** Kept across reloads of one instance, so an unchanged page is not parsed again. */
    readonly usageCache: UsageCache;
    /** Per edition: pages the last usage scan parsed and reused. */
    readonly scanStats: Map<string, {
        parsed: number;
        reused: number;
    }>;
    /** Which edition a file belongs to, if any. */
    locate(file: string): Location | undefined;
    /** An edition's terms by id and by page. */
    termIndex(edition: Edition): TermIndex;
    /** The URL of `toFile` relative to `fromFile`'s folder, as `./x.md` or `../x.md` (memoized). */
    relativeUrl(fromFile: string, toFile: string): string;
    /** One matcher per edition: every spelling, so longer ones shadow shorter ones. */
    matcher(edition: Edition): Matcher;
    /** Pages of an edition that use each term (computed once per load: one parse of each page). */
    usage(edition: Edition): Usage;
}
