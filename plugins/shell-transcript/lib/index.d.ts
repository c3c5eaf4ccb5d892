/**
 * @docker-k8s-notes/docusaurus-theme-shell-transcript: the Docusaurus theme.
 * It provides the <ShellTranscript> component (and registers it for MDX), its
 * default UI strings, and validates `themeConfig.shellTranscript`. The remark
 * plugin that finds sessions in Markdown is the `./remark` entry point; the
 * pure parser is `./parse`. See README.md.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
export type { ShellTranscriptThemeConfig } from './themeConfig';
export { DEFAULT_THEME_CONFIG, validateThemeConfig } from './themeConfig';
export default function themeShellTranscript(context: LoadContext): Plugin;
