/**
 * The transcript parser: turns the text of one code block into prompt /
 * command / output steps. Pure string work, no tree code, so it can be tested
 * table-driven and benchmarked on its own. Regexes here only ever see the
 * lines of a single code block.
 */
export interface TranscriptStep {
    /** The prompt as written (`$`, `[root@node1 ~]#`); `''` for a comment or a prompt-less first command. */
    prompt: string;
    /** What was typed, prompts and PS2 removed; `''` for an empty prompt; the `#` lines of a comment. */
    command: string;
    output: string;
    /** `'comment'`: shell comment lines (`# …`) between steps; absent on ordinary steps. */
    kind?: 'comment';
}
export interface ParseOptions {
    /** Language of the code block (`console`, `bash`, …); case-insensitive. */
    lang?: string;
    /** Extra prompts for this block, matched literally at the start of a line (`prompt="..."` meta). */
    prompts?: readonly string[];
}
/** Why a block is not a transcript; `line` is 1-based within the block's text. */
export interface ParseFailure {
    reason: string;
    line: number;
}
export type ParseResult = {
    ok: true;
    steps: TranscriptStep[];
} | {
    ok: false;
    failure: ParseFailure;
};
/** Languages whose blocks are terminal sessions by definition (compared lower-cased). */
export declare const SESSION_LANGUAGES: ReadonlySet<string>;
export declare function isSessionLanguage(lang: string | null | undefined): boolean;
/**
 * Whether `text` (what follows a bare `#`, or a line without a prompt) reads
 * as a command rather than prose: its first word is a lower-case command
 * name, a path or an assignment; it has no CJK text; it does not end with
 * `:`; and it is not an English sentence: three or more words with two
 * bare function words (`the`, `to`, `is`…), or with one function word or a
 * final period and no shell-like word (`-x`, a path, `=`, quotes, `|`…).
 */
export declare function readsAsCommand(text: string): boolean;
/**
 * A prompt the parser does not know, for the diagnostic: the first word of a
 * line when it ends like a prompt (`mongo>`, `irb(main):001:0>`, `sqlite>`).
 */
export declare function unknownPrompt(line: string): string | null;
interface Heredoc {
    word: string;
    stripTabs: boolean;
}
/**
 * Heredoc openers on one command line, in order. A small lexer skips quoted
 * strings, escapes, comments and `$(( ))` arithmetic, so `echo "<<EOF"` or
 * `$((1<<2))` open nothing; `<<<` (here-string) is not a heredoc, nor is a
 * `<<word>>` template placeholder (write `<<EOF >>file` to append).
 */
export declare function findHeredocs(line: string): Heredoc[];
/** Parses and explains failures; `parseTranscript` is the plain API on top. */
export declare function parseTranscriptDetailed(source: string, options?: ParseOptions): ParseResult;
/**
 * Parses a terminal session into steps, or returns `null` when the text is
 * not a transcript (it then stays an ordinary code block).
 */
export declare function parseTranscript(source: string, options?: ParseOptions): TranscriptStep[] | null;
export {};
