/**
 * Glossary lookup for `term-unknown`, on top of the glossary plugin's pure
 * loader and matcher (the glossary package's tools): a `:term[label]` resolves the
 * way the plugin resolves it, in the page's own edition.
 */
import {
  closestSpellings,
  createMatcher,
  defaultEditionSources,
  GlossaryLoadError,
  loadGlossary,
  normalizeOptions,
  type Edition,
  type GlossaryData,
} from '@docker-k8s-notes/docusaurus-plugin-glossary/tools';
import {glossaryOptions} from '../../glossary.config';
import type {GlossaryIndex, PageInfo} from './types';

/** An index over one edition's terms. */
export function indexEdition(edition: Edition | undefined): GlossaryIndex {
  const terms = edition?.terms ?? [];
  const matcher = createMatcher(
    terms.flatMap((term) =>
      [term.term, ...term.aliases].map((text) => ({text, termId: term.id, caseSensitive: term.caseSensitive})),
    ),
  );
  const names = [
    ...terms.map((term) => term.term),
    ...terms.flatMap((term) => term.aliases),
    ...terms.map((t) => t.slug),
  ];
  return {
    resolves(label, id) {
      if (id) return terms.some((term) => term.slug === id || term.id === id);
      return matcher.lookup(label) !== undefined;
    },
    suggest: (query) => closestSpellings(query, names),
  };
}

/** Loads the glossary of every edition under `root` once; pages get their edition's index. */
export function glossaryFor(root: string): (page: PageInfo) => GlossaryIndex | undefined {
  let glossary: GlossaryData | undefined;
  let loadError: string | undefined;
  try {
    glossary = loadGlossary(defaultEditionSources(root), normalizeOptions(glossaryOptions), root);
  } catch (error) {
    if (!(error instanceof GlossaryLoadError)) throw error;
    loadError = `the glossary has invalid term pages (${error.problems[0]}${error.problems.length > 1 ? `, and ${error.problems.length - 1} more` : ''})`;
  }
  const cache = new Map<string, GlossaryIndex>();
  return (page) => {
    if (loadError) return {resolves: () => false, suggest: () => [], loadError};
    let index = cache.get(page.edition);
    if (!index) {
      index = indexEdition(glossary?.editions.find((edition) => edition.name === page.edition));
      cache.set(page.edition, index);
    }
    return index;
  };
}
