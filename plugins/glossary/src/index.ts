/**
 * remark-glossary: links Dockerfile instructions and container concepts to their
 * versioned glossary pages, with a tooltip. See README.md.
 */
export {remarkGlossary, type RemarkGlossaryOptions} from './remark';
export {default as glossaryPlugin, validateOptions} from './docusaurus';
export {createGlossaryStore, glossaryStore, GlossaryStore, type Location, type PageRef, type Usage} from './store';
export {loadGlossary, findAliasConflicts, GlossaryLoadError, type Glossary, type Edition, type Term} from './load';
export {createMatcher, closestSpellings, isGlue, type Matcher, type Match, type Spelling} from './match';
export {DEFAULT_OPTIONS, normalizeOptions, type Options, type NormalizedOptions} from './options';
export {computeUsage} from './usage';
