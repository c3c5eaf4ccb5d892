/**
 * remarkGlossary: the remark plugin. Runs in `beforeDefaultRemarkPlugins`, so the
 * links it emits are resolved (to the page's own edition and locale) and checked
 * by Docusaurus like any author-written link.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import type {Transformer} from 'unified';
import {appendAppearsIn, fillIndex, isIndexPage, linkTree, type PageContext} from './transform';
import type {GlossaryStore} from './store';
import './usage';

export interface RemarkGlossaryOptions {
  /** The glossary loaded in the site config (`createGlossaryStore`); carries the validated options. */
  store: GlossaryStore;
}

export function remarkGlossary(this: unknown, {store}: RemarkGlossaryOptions): Transformer<Root> {
  if (!store || typeof store.locate !== 'function') {
    throw new Error(
      'remark-glossary: option "store" is required: pass createGlossaryStore({siteDir}) from the site config',
    );
  }
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const location = store.locate(file.path);
    if (!location) return;
    const ctx: PageContext = {
      store,
      options: store.options,
      location,
      locale: store.localeOf(location),
      file: file.path,
      onUnknownTerm: store.options.onUnknownTerm,
    };
    if (isIndexPage(ctx)) {
      fillIndex(tree, ctx);
      return;
    }
    linkTree(tree, ctx);
    const own = store.termIndex(location.edition).bySource.get(location.source);
    if (own) appendAppearsIn(tree, ctx, own);
  };
}
