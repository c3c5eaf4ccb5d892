export type ReportingSeverity = 'ignore' | 'log' | 'warn' | 'throw';
export interface NormalizedOptions {
    /**
     * What to do with a block tagged with a session language (`console`, …) or
     * `transcript` that does not parse: it always stays a plain code block; this
     * says how loudly to tell the author. Default `'warn'`.
     */
    onInvalidTranscript: ReportingSeverity;
    /** Extra prompts recognised on every page, matched literally at the start of a line. Default `[]`. */
    prompts: string[];
}
export type Options = Partial<NormalizedOptions>;
export declare const DEFAULT_OPTIONS: Readonly<NormalizedOptions>;
export declare const OptionsSchema: import("joi").ObjectSchema<NormalizedOptions>;
/**
 * Returns a fresh normalized copy (the input is never mutated). Throws with
 * every problem listed, each naming the option.
 */
export declare function validateOptions(options?: unknown): NormalizedOptions;
