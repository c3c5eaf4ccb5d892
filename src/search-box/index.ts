/**
 * The offline search box: a theme that replaces the SearchBar of
 * @easyops-cn/docusaurus-search-local (listed before it in `themes`) and hands
 * the synonyms of search/synonyms.yaml to it as global data.
 */
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
  return {
    name: PLUGIN_NAME,
    getThemePath: () => path.join(__dirname, 'theme'),
    getPathsToWatch: () => [synonymsFile],
    loadContent: async (): Promise<SearchBoxData> => ({synonyms: loadSynonyms(synonymsFile)}),
    contentLoaded: async ({content, actions}) => actions.setGlobalData(content),
  };
}
