/**
 * The pure parser (`@docker-k8s-notes/docusaurus-theme-shell-transcript/parse`):
 * no Markdown, no React. `parseTranscript(source, {lang, prompts})` gives the
 * steps `{prompt, command, output}` of a pasted session, or null when the text
 * is not a session; the detailed form says why. Lints and other tools use it
 * to agree with the build.
 */
export { parseTranscript, parseTranscriptDetailed, isSessionLanguage, SESSION_LANGUAGES } from './parse';
export type { TranscriptStep, ParseOptions, ParseFailure, ParseResult } from './parse';
export { parseMeta } from './meta';
export type { TranscriptMeta } from './meta';
