/**
 * The words this plugin reads from a code block's meta string
 * (```console title="x" prompt="mongo>"), and the meta that stays behind
 * for the generated code block. Only ever sees one block's meta.
 */
export interface TranscriptMeta {
    /** `transcript`: treat the block as a session whatever its language. */
    transcript: boolean;
    /** `no-transcript`: leave the block alone. */
    noTranscript: boolean;
    /** Values of `prompt="..."` words. */
    prompts: string[];
    /** The other meta words, in order, or `null` when none are left. */
    rest: string | null;
}
export declare function parseMeta(meta: string | null | undefined): TranscriptMeta;
