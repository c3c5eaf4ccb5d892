/**
 * remark-shell-transcript: terminal sessions in Markdown become 命令 / 输出
 * tabs. See README.md. The plugin is the default export.
 */
export {default, default as remarkShellTranscript, transcriptNode, commandLanguage, GROUP_ID} from './transform';
export {parseTranscript, parseTranscriptDetailed, isSessionLanguage, SESSION_LANGUAGES} from './parse';
export type {TranscriptStep, ParseOptions, ParseFailure, ParseResult} from './parse';
export {DEFAULT_OPTIONS, OptionsSchema, validateOptions} from './options';
export type {Options, NormalizedOptions, ReportingSeverity} from './options';
export {parseAnsi, stripAnsi} from './ansi';
export type {AnsiSegment, AnsiStyle} from './ansi';
export {parseMeta} from './meta';
export {TAB_LABELS, serializeSteps, parseSteps} from './shared';
export type {TabValue, SerializedStep} from './shared';
