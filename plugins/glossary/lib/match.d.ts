/**
 * The term matcher: finds glossary spellings in a string. Pure (no tree code),
 * built once per processor and edition, and fast enough to run over every text
 * node of the site (see bench/glossary.ts).
 */
/** One spelling of a term that the matcher looks for. */
export interface Spelling {
    text: string;
    termId: string;
    caseSensitive: boolean;
}
export interface Match {
    /** UTF-16 offsets into the searched string; `end` is exclusive. */
    start: number;
    end: number;
    termId: string;
}
export interface Matcher {
    /** Non-overlapping matches, left to right, longest spelling first at each position. */
    find(text: string): Match[];
    /** The term a whole string spells (`CMD`, `入口点`), honouring case rules, if any. */
    lookup(text: string): string | undefined;
    /** Every spelling, for suggestions. */
    readonly spellings: readonly Spelling[];
}
/** True when the UTF-16 code unit would join a term to the text next to it. */
export declare function isGlue(code: number): boolean;
export declare function createMatcher(spellings: readonly Spelling[]): Matcher;
/** Edit distance, for "did you mean" suggestions. */
export declare function editDistance(a: string, b: string): number;
/** The known spellings closest to `query` (case-insensitive), best first. */
export declare function closestSpellings(query: string, spellings: readonly string[], count?: number): string[];
