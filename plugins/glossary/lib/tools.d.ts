/**
 * `@docker-k8s-notes/docusaurus-plugin-glossary/tools`: what a site's own
 * tools (content lint, glossary check, benchmarks) need to agree with the
 * plugin: the term front-matter schema, the loader, the matcher, and reading
 * Markdown the way Docusaurus does.
 */
export { TermFrontMatterSchema, validateTermFrontMatter } from './schema';
export type { TermFrontMatter, TermProblem } from './schema';
export { loadGlossary, defaultEditionSources, findAliasConflicts, GlossaryLoadError } from './load';
export type { AliasConflict, Edition, EditionSource, Glossary as GlossaryData, SourcePage, Term } from './load';
export { createMatcher, closestSpellings } from './match';
export type { Matcher, Match, Spelling } from './match';
export { parsePage, readFrontMatter, listPages } from './markdown';
export { normalizeOptions } from './options';
export { usageScanStats } from './usage';
