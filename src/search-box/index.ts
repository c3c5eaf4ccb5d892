/**
 * The offline search box: a theme that replaces the SearchBar of
 * @easyops-cn/docusaurus-search-local (listed before it in `themes`) and hands
 * the synonyms of search/synonyms.yaml to it as global data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadSynonyms} from './synonyms';
import type {SynonymGroup} from './queryRules';

export const PLUGIN_NAME = 'search-box';

/** What the search box reads with usePluginData('search-box'). */
export interface SearchBoxData {
  synonyms: SynonymGroup[];
}

export default function searchBoxTheme(context: LoadContext): Plugin {
  const synonymsFile = path.join(context.siteDir, 'search', 'synonyms.yaml');
  const questionsFile = path.join(context.siteDir, 'search', 'questions.yaml');
  return {
    name: PLUGIN_NAME,
    getThemePath: () => path.join(__dirname, 'theme'),
    getPathsToWatch: () => [synonymsFile, questionsFile],
    // Readers' questions reach a page's keywords when the MDX loader parses its front matter
    // (withReaderQuestions), which the bundler's persistent cache keys on the page alone: an edited
    // questions file must evict that cache, as an edited config does.
    configureWebpack: (config) => (fs.existsSync(questionsFile) ? evictCacheOn(config, questionsFile) : {}),
    loadContent: async (): Promise<SearchBoxData> => ({synonyms: loadSynonyms(synonymsFile)}),
    contentLoaded: async ({content, actions}) => actions.setGlobalData(content),
  };
}

/** Config to merge so that a change of `file` evicts the bundler's persistent cache, if it has one. */
export function evictCacheOn(config: {cache?: unknown; experiments?: object}, file: string): object {
  const experiments = config.experiments as {cache?: unknown} | undefined;
  // Rspack: experiments.cache {type: 'persistent', buildDependencies: string[]}.
  if (typeof experiments?.cache === 'object' && experiments.cache !== null)
    return {experiments: {cache: {buildDependencies: [file]}}};
  // Webpack: cache {type: 'filesystem', buildDependencies: {name: string[]}}.
  if (
    typeof config.cache === 'object' &&
    config.cache !== null &&
    (config.cache as {type?: string}).type === 'filesystem'
  )
    return {cache: {buildDependencies: {readersQuestions: [file]}}};
  return {};
}
