export interface TermFrontMatter {
    /** The term as written in prose: `ENTRYPOINT`, `命名空间`. */
    term: string;
    /** One sentence, on one line: the tooltip text. */
    short: string;
    /** Page title; the term when absent. */
    title?: string;
    /** Other spellings that link to the page. */
    aliases?: string[];
    /** Overrides the group's `autoLink`. */
    autoLink?: boolean;
    /** Overrides the group's `caseSensitive`. */
    caseSensitive?: boolean;
}
export declare const TermFrontMatterSchema: import("joi").ObjectSchema<TermFrontMatter>;
/**
 * Validates a term page's front matter. Returns the fields, or the problems
 * (each naming the field, e.g. `"short" is required`).
 */
export declare function validateTermFrontMatter(frontMatter: unknown): {
    ok: true;
    value: TermFrontMatter;
} | {
    ok: false;
    problems: string[];
};
