"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PACKAGE_NAME = void 0;
exports.editionSourcesFromDocs = editionSourcesFromDocs;
exports.createPlugin = createPlugin;
/**
 * The Docusaurus side of a glossary instance. After every docs plugin has
 * loaded its content (and again after each change in `docusaurus start`), it
 * builds the glossary from the docs the docs plugins loaded: their versions'
 * folders, translations for the locale being built, term pages with their
 * parsed front matter, titles and URLs. Nothing is read twice: term pages are
 * not loaded again, and each other page is parsed once for the "used on"
 * lists. The remark plugin then works from that data.
 */
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_path_1 = __importDefault(require("node:path"));
const node_module_1 = require("node:module");
const cjs_1 = require("./cjs");
const load_1 = require("./load");
const store_1 = require("./store");
const translations_1 = require("./translations");
exports.PACKAGE_NAME = '@docker-k8s-notes/docusaurus-plugin-glossary';
const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
/** `@site/docs/a.md` → absolute path. */
function resolveSource(siteDir, source) {
    return source.startsWith('@site/')
        ? node_path_1.default.join(siteDir, source.slice('@site/'.length))
        : node_path_1.default.resolve(siteDir, source);
}
/** One edition per version of every (chosen) docs plugin instance. */
function editionSourcesFromDocs(allContent, siteDir, pluginIds) {
    const instances = allContent[DOCS_PLUGIN] ?? {};
    const ids = pluginIds ?? Object.keys(instances);
    const sources = [];
    for (const id of ids) {
        const content = instances[id];
        if (!content) {
            throw new Error(`docusaurus-plugin-glossary: option "docsPluginIds" names the docs plugin "${id}", which this site does not have ` +
                `(it has: ${Object.keys(instances).join(', ') || 'none'}).`);
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
/** The package folder, resolved the way the site resolves it (works for installs and workspaces alike). */
function packageDir(siteDir) {
    const require = (0, node_module_1.createRequire)(node_path_1.default.join(siteDir, 'package.json'));
    return node_path_1.default.dirname(require.resolve(`${exports.PACKAGE_NAME}/package.json`));
}
function createPlugin(state) {
    return function glossaryPlugin(context) {
        const { siteDir } = context;
        const locale = context.i18n.currentLocale;
        let dataHash = '';
        return {
            name: 'docusaurus-plugin-glossary',
            getThemePath() {
                return node_path_1.default.join(packageDir(siteDir), 'lib', 'theme');
            },
            getTypeScriptThemePath() {
                return node_path_1.default.join(packageDir(siteDir), 'src', 'theme');
            },
            getDefaultCodeTranslationMessages() {
                return Promise.resolve((0, translations_1.codeTranslations)(locale));
            },
            async allContentLoaded({ allContent }) {
                const sources = editionSourcesFromDocs(allContent, siteDir, state.options.docsPluginIds);
                const glossary = (0, load_1.loadGlossary)(sources, state.options, siteDir);
                for (const c of (0, load_1.findAliasConflicts)(glossary)) {
                    cjs_1.logger.warn(cjs_1.logger.interpolate `Glossary: edition ${c.edition}: code=${c.spelling} is claimed by ${c.terms.join(' and ')}; the first one wins.`);
                }
                const store = new store_1.GlossaryStore({
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
                dataHash = node_crypto_1.default
                    .createHash('sha1')
                    .update(JSON.stringify({ usage, terms: glossary.editions.map((e) => e.terms) }))
                    .digest('hex')
                    .slice(0, 12);
                state.setStore(store);
            },
            configureWebpack(config) {
                // A term page's "used on" list depends on other pages: tie the persistent
                // cache to the glossary data so a changed usage recompiles the term pages.
                const experiments = config.experiments;
                if (experiments?.cache && typeof experiments.cache === 'object') {
                    return {
                        experiments: {
                            ...config.experiments,
                            cache: { ...experiments.cache, version: `${experiments.cache.version ?? ''}-glossary-${dataHash}` },
                        },
                    };
                }
                const cache = config.cache;
                if (cache && typeof cache === 'object' && cache.type === 'filesystem') {
                    return { cache: { ...cache, version: `${cache.version ?? ''}-glossary-${dataHash}` } };
                }
                return {};
            },
        };
    };
}
