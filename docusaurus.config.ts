import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import logger from '@docusaurus/logger';
import {themes as prismThemes} from 'prism-react-renderer';
import {searchSetup} from './search.config';
import {accessibleTheme} from './src/prism/contrast';
import remarkShellTranscript from '@docker-k8s-notes/docusaurus-theme-shell-transcript/remark';
import {createGlossary} from '@docker-k8s-notes/docusaurus-plugin-glossary';
import {glossaryOptions} from './glossary.config';
import {isGitWorktree} from './scripts/lib/git';
import {createContentGuard, createParseFrontMatter, FORMAT_SWITCH_ALLOWED} from './scripts/content-guard';
import {withReaderQuestions} from './src/search-box/questions';

// Where the sources live; "edit this page" links point here. Forks set SITE_REPO.
const repo = process.env.SITE_REPO ?? 'https://github.com/docker-k8s-notes/docker-k8s-notes';
// `npm run bench` builds with and without the Rust toolchain; everything else uses it.
const faster = process.env.DOCUSAURUS_FASTER !== 'false';

const search = searchSetup();
// The docs editions, as Docusaurus versions; readers, the search data and the benchmark know them by their labels.
const versions = {
  current: {label: '2.0', path: '', badge: true},
  '1.0': {label: '1.0', path: '1.0', banner: 'unmaintained', badge: true},
} as const;
const editionDirs = Object.fromEntries(
  Object.entries(versions).map(([name, {label}]) => [
    name === 'current' ? 'docs' : `versioned_docs/version-${name}`,
    label,
  ]),
);
// One glossary instance: its Docusaurus plugin loads the term pages, its remark plugin links them.
const glossary = createGlossary(glossaryOptions);

// "Last updated" dates come from Git history; a source tarball has none, so it builds without them.
const gitWorktree = isGitWorktree(__dirname);
if (!gitWorktree) logger.warn('Not a Git worktree (a source archive?): building without "last updated" dates.');

const config: Config = {
  title: 'Docker & Kubernetes 笔记',
  tagline: '从 Linux 命名空间到 Kubernetes：一套讲清楚原理、带真实会话的容器笔记',
  favicon: 'img/favicon.svg',
  url: process.env.SITE_URL ?? 'https://docker-k8s-notes.github.io',
  baseUrl: process.env.BASE_URL ?? '/',
  trailingSlash: false,

  future: {v4: true, faster},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // Every page is MDX (the content lint reads it so); a page may not switch itself to CommonMark, and its
    // front matter is YAML only (gray-matter would evaluate `---js` as JavaScript on the build machine).
    format: 'mdx',
    // Readers' questions (search/questions.yaml) join each page's keywords, so search finds a page by them.
    parseFrontMatter: withReaderQuestions(
      createParseFrontMatter({siteDir: __dirname, formatSwitchAllowed: FORMAT_SWITCH_ALLOWED}),
      {siteDir: __dirname, file: `${__dirname}/search/questions.yaml`, editions: editionDirs},
    ),
    // Every file the MDX loader compiles passes the content lint's security rules, or the build stops.
    preprocessor: createContentGuard({siteDir: __dirname, format: 'mdx'}),
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  themes: ['@docusaurus/theme-mermaid', '@docker-k8s-notes/docusaurus-theme-shell-transcript', ...search.themes],
  plugins: [glossary.plugin],

  i18n: {
    defaultLocale: 'zh-Hans',
    // Add 'en' here (and i18n/en/) to publish the English site; labels are already translatable.
    locales: ['zh-Hans'],
    localeConfigs: {
      'zh-Hans': {label: '简体中文', htmlLang: 'zh-Hans', direction: 'ltr'},
      en: {label: 'English', htmlLang: 'en', direction: 'ltr'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          editUrl: `${repo}/edit/main/`,
          showLastUpdateTime: gitWorktree,
          lastVersion: 'current',
          includeCurrentVersion: true,
          versions,
          beforeDefaultRemarkPlugins: [glossary.remark],
          // Shell transcripts run after the defaults (admonitions, details, mermaid have made their nodes, so
          // code inside them is reached) and before codeCompat, which Docusaurus always runs last: it gives our
          // generated bash block its metastring (title=…), so it renders like any other code block.
          remarkPlugins: [[remarkShellTranscript, {onInvalidTranscript: 'warn'}]],
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.svg',
    colorMode: {defaultMode: 'light', respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true, autoCollapseCategories: true}},
    navbar: {
      title: 'Docker & K8s 笔记',
      logo: {alt: '站点标志：一只装着容器的鲸鱼', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'notes', position: 'left', label: '笔记'},
        {type: 'doc', docId: 'glossary/index', position: 'left', label: '术语表'},
        {type: 'docsVersionDropdown', position: 'right'},
        {href: repo, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '笔记',
          items: [
            {label: '从这里开始', to: '/docs/'},
            {label: '术语表', to: '/docs/glossary'},
            {label: '第一版（1.0）', to: '/docs/1.0/'},
          ],
        },
        {
          title: '参与',
          items: [
            {label: '贡献指南', href: `${repo}/blob/main/CONTRIBUTING.md`},
            {label: '报告页面错误', href: `${repo}/issues/new/choose`},
          ],
        },
      ],
      copyright: `内容以 CC BY-SA 4.0 发布 · 使用 Docusaurus 构建`,
    },
    prism: {
      theme: accessibleTheme(prismThemes.github),
      darkTheme: accessibleTheme(prismThemes.dracula),
      additionalLanguages: ['bash', 'docker', 'json', 'yaml', 'ini', 'nginx', 'powershell', 'python', 'sql', 'toml'],
    },
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
    ...search.themeConfig,
  } satisfies Preset.ThemeConfig,
};

export default config;
