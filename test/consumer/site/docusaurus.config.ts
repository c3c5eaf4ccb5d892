import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkShellTranscript from '@docker-k8s-notes/docusaurus-theme-shell-transcript/remark';
import {createGlossary} from '@docker-k8s-notes/docusaurus-plugin-glossary';

// A site that is not ours: English, two doc versions, a second docs instance.
const glossary = createGlossary({
  groups: {
    dockerfile: {
      label: 'Dockerfile instructions',
      position: 0,
      autoLink: true,
      caseSensitive: true,
      codeKeywords: true,
      indexLabel: 'term',
      manual: ['syntax', 'check'],
    },
    concepts: {label: 'Concepts', position: 1},
  },
});

const docsRemark = {
  beforeDefaultRemarkPlugins: [glossary.remark],
  remarkPlugins: [remarkShellTranscript],
};

const config: Config = {
  title: 'Consumer site',
  tagline: 'Uses the shell-transcript theme and the glossary plugin from their packages',
  favicon: 'img/favicon.ico',
  future: {v4: true},
  url: 'https://consumer.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},
  i18n: {defaultLocale: 'en', locales: ['en']},

  themes: ['@docker-k8s-notes/docusaurus-theme-shell-transcript'],
  plugins: [
    glossary.plugin,
    [
      '@docusaurus/plugin-content-docs',
      {id: 'community', path: 'community', routeBasePath: 'community', sidebarPath: false, ...docsRemark},
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          lastVersion: 'current',
          versions: {current: {label: '2.x'}, '1.0': {label: '1.0', path: '1.0'}},
          ...docsRemark,
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    navbar: {
      title: 'Consumer site',
      logo: {alt: 'Logo', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'tutorialSidebar', position: 'left', label: 'Docs'},
        {type: 'docsVersionDropdown', position: 'right'},
      ],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
