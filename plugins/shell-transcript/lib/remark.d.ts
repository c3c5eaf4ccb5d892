/**
 * The remark plugin (`@docker-k8s-notes/docusaurus-theme-shell-transcript/remark`):
 * shell sessions in Markdown become one <ShellTranscript> element each. Add it
 * to the docs plugin's `remarkPlugins`. See README.md.
 */
export { default } from './transform';
export { validateOptions } from './options';
export type { Options, NormalizedOptions, ReportingSeverity } from './options';
