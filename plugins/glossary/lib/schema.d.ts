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
export interface TermProblem {
    /** The front matter key at fault (`short`), or `''` for the whole block. */
    field: string;
    /** Names the key: `"short" is required`. */
    message: string;
}
/** Validates a term page's front matter: the fields, or every problem with its key. */
export declare function validateTermFrontMatter(frontMatter: unknown): {
    ok: true;
    value: TermFrontMatter;
} | {
    ok: false;
    problems: TermProblem[];
};
