/**
 * The Docusaurus side of a glossary instance. After every docs plugin has
 * loaded its content (and again after each change in `docusaurus start`), it
 * builds the glossary from the docs the docs plugins loaded: their versions'
 * folders, translations for the locale being built, term pages with their
 * parsed front matter, titles and URLs. Nothing is read twice: term pages are
 * not loaded again, and each other page is parsed once for the "used on"
 * lists. The remark plugin then works from that data.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import {createRequire} from 'node:module';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {logger} from './cjs';
import {findAliasConflicts, loadGlossary, type EditionSource, type Glossary} from './load';
import type {NormalizedOptions} from './options';
import {GlossaryStore} from './store';
import {codeTranslations} from './translations';
import type {UsageCache} from './usage';

export const PACKAGE_NAME = '@docker-k8s-notes/docusaurus-plugin-glossary';
const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/** The part of the docs plugin's loaded content the glossary reads. */
interface LoadedDocs {
  loadedVersions: Array<{
    versionName: string;
    contentPath: string;
    contentPathLocalized?: string;
    docs: Array<{source: string; frontMatter: Record<string, unknown>; title: string; permalink: string}>;
  }>;
}

/** `@site/docs/a.md` → absolute path. */
function resolveSource(siteDir: string, source: string): string {
  return source.startsWith('@site/')
    ? path.join(siteDir, source.slice('@site/'.length))
    : path.resolve(siteDir, source);
}

/** One edition per version of every (chosen) docs plugin instance. */
export function editionSourcesFromDocs(
  allContent: Record<string, Record<string, unknown> | undefined>,
  siteDir: string,
  pluginIds: string[] | null,
): EditionSource[] {
  const instances = allContent[DOCS_PLUGIN] ?? {};
  const ids = pluginIds ?? Object.keys(instances);
  const sources: EditionSource[] = [];
  for (const id of ids) {
    const content = instances[id] as LoadedDocs | undefined;
    if (!content) {
      throw new Error(
        `docusaurus-plugin-glossary: option "docsPluginIds" names the docs plugin "${id}", which this site does not have ` +
          `(it has: ${Object.keys(instances).join(', ') || 'none'}).`,
      );
    }
    for (const version of content.loadedVersions) {
      sources.push({
        name: id === 'default' ? version.versionName : `${id}/${version.versionName}`,
        root: version.contentPath,
        localizedRoot: version.contentPathLocalized,
        pages: version.docs.map((doc) => ({
          file: resolveSource(siteDir, doc.source),
          frontMatter: doc.frontMatter,
          title: doc.title,
          permalink: doc.permalink,
        })),
      });
    }
  }
  return sources;
}

export interface PluginState {
  options: NormalizedOptions;
  usageCache: UsageCache;
  setStore(store: GlossaryStore): void;
}

/** The package folder, resolved the way the site resolves it (works for installs and workspaces alike). */
function packageDir(siteDir: string): string {
  const require = createRequire(path.join(siteDir, 'package.json'));
  return path.dirname(require.resolve(`${PACKAGE_NAME}/package.json`));
}

export function createPlugin(state: PluginState) {
  return function glossaryPlugin(context: LoadContext): Plugin {
    const {siteDir} = context;
    const locale = context.i18n.currentLocale;
    let dataHash = '';
    return {
      name: 'docusaurus-plugin-glossary',

      getThemePath() {
        return path.join(packageDir(siteDir), 'lib', 'theme');
      },
      getTypeScriptThemePath() {
        return path.join(packageDir(siteDir), 'src', 'theme');
      },
      getDefaultCodeTranslationMessages() {
        return Promise.resolve(codeTranslations(locale));
      },

      async allContentLoaded({allContent}) {
        const sources = editionSourcesFromDocs(
          allContent as Record<string, Record<string, unknown>>,
          siteDir,
          state.options.docsPluginIds,
        );
        const glossary: Glossary = loadGlossary(sources, state.options, siteDir);
        for (const c of findAliasConflicts(glossary)) {
          logger.warn(
            logger.interpolate`Glossary: edition ${c.edition}: code=${c.spelling} is claimed by ${c.terms.join(' and ')}; the first one wins.`,
          );
        }
        const store = new GlossaryStore({
          options: state.options,
          glossary,
          locale,
          siteDir,
          usageCache: state.usageCache,
        });
        // Usage now, not on first use: its hash keys the bundler cache below.
        const usage = glossary.editions.map((edition) => [
          edition.name,
          [...store.usage(edition)].map(([id, pages]) => [id, pages.map((p) => p.source)]),
        ]);
        dataHash = crypto
          .createHash('sha1')
          .update(JSON.stringify({usage, terms: glossary.editions.map((e) => e.terms)}))
          .digest('hex')
          .slice(0, 12);
        state.setStore(store);
      },

      configureWebpack(config) {
        // A term page's "used on" list depends on other pages: tie the persistent
        // cache to the glossary data so a changed usage recompiles the term pages.
        const experiments = config.experiments as {cache?: {version?: string}} | undefined;
        if (experiments?.cache && typeof experiments.cache === 'object') {
          return {
            experiments: {
              ...config.experiments,
              cache: {...experiments.cache, version: `${experiments.cache.version ?? ''}-glossary-${dataHash}`},
            },
          } as never;
        }
        const cache = config.cache as {type?: string; version?: string} | boolean | undefined;
        if (cache && typeof cache === 'object' && cache.type === 'filesystem') {
          return {cache: {...cache, version: `${cache.version ?? ''}-glossary-${dataHash}`}} as never;
        }
        return {};
      },
    };
  };
}
