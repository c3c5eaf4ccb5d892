/**
 * The site's glossary: which term folders behave how. Shared by the site
 * config, the content lint and the glossary check, so they agree.
 */
import type {Options} from '@docker-k8s-notes/docusaurus-plugin-glossary';

export const glossaryOptions = {
  once: 'section',
  onUnknownTerm: 'throw',
  codeLanguages: ['dockerfile', 'Dockerfile', 'docker'],
  groups: {
    // Dockerfile instructions: linked wherever they appear in capitals, and at
    // line starts in ```dockerfile blocks.
    dockerfile: {
      label: {'zh-Hans': 'Dockerfile 指令', en: 'Dockerfile instructions'},
      position: 0,
      autoLink: true,
      caseSensitive: true,
      codeKeywords: true,
      indexLabel: 'term',
      // Parser directives are everyday words in prose: linked only through :term[...].
      manual: ['syntax', 'escape', 'check'],
    },
    concepts: {label: {'zh-Hans': '概念', en: 'Concepts'}, position: 1},
  },
} satisfies Options;
