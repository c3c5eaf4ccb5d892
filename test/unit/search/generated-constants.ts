/**
 * What the build generates for @easyops-cn/docusaurus-search-local's client,
 * with the options of search.config.ts. Unlike the generated module it does not
 * register lunr's language support: the tests build their index with the
 * package's index builder, which does.
 */
import {localSearchOptions} from '../../../search.config';

export const language = localSearchOptions.language;
export const removeDefaultStopWordFilter = localSearchOptions.removeDefaultStopWordFilter;
export const removeDefaultStemmer = false;
export const searchIndexUrl = 'search-index{dir}.json';
export const searchResultLimits = localSearchOptions.searchResultLimits;
export const fuzzyMatchingDistance = localSearchOptions.fuzzyMatchingDistance;
