import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { type TranscriptStep } from './parse';
import { type Options } from './options';
import { createElement } from './nodes';
/** The language of the 命令 block: bash unless every step is the same REPL. */
export declare function commandLanguage(steps: readonly TranscriptStep[]): string;
/** The MDX nodes replacing one transcript block. */
export declare function transcriptNode(node: Code, steps: TranscriptStep[], meta: string | null): Code | ReturnType<typeof createElement>;
/**
 * remark plugin turning shell transcripts into 命令 / 输出 tabs.
 * Never throws on content unless `onInvalidTranscript: 'throw'`.
 */
declare const remarkShellTranscript: Plugin<[Options?], Root>;
export default remarkShellTranscript;
