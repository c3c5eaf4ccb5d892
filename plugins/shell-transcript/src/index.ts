/**
 * @docker-k8s-notes/docusaurus-theme-shell-transcript: the Docusaurus theme.
 * It provides the <ShellTranscript> component (and registers it for MDX), its
 * default UI strings, and validates `themeConfig.shellTranscript`. The remark
 * plugin that finds sessions in Markdown is the `./remark` entry point; the
 * pure parser is `./parse`. See README.md.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {messagesFor} from './translations';

export type {ShellTranscriptThemeConfig} from './themeConfig';
export {DEFAULT_THEME_CONFIG, validateThemeConfig} from './themeConfig';

export default function themeShellTranscript(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  return {
    name: 'docusaurus-theme-shell-transcript',
    // Relative to this file's folder (lib/), as Docusaurus resolves them.
    getThemePath() {
      return '../lib/theme';
    },
    getTypeScriptThemePath() {
      return '../src/theme';
    },
    getDefaultCodeTranslationMessages() {
      return Promise.resolve(messagesFor(locale));
    },
  };
}
