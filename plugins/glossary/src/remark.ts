/**
 * The remark plugin of a glossary instance. Runs in `beforeDefaultRemarkPlugins`,
 * so the links it emits are resolved (to the page's own version and locale)
 * and checked by Docusaurus like any author-written link.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import type {Transformer} from 'unified';
import {appendAppearsIn, ensureImports, fillIndex, isIndexPage, linkTree, type PageContext} from './transform';
import type {GlossaryStore} from './store';

export interface RemarkGlossaryOptions {
  /** The instance from `createGlossary()`. */
  glossary: {readonly store: GlossaryStore | undefined};
}

export function remarkGlossary(options: RemarkGlossaryOptions): Transformer<Root> {
  const glossary = options?.glossary;
  if (!glossary || typeof glossary !== 'object' || !('store' in glossary)) {
    throw new Error(
      'docusaurus-plugin-glossary: the remark plugin needs option "glossary", the createGlossary() result ' +
        '(or use glossary.remark, which passes it).',
    );
  }
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const {store} = glossary;
    if (!store) {
      throw new Error(
        `docusaurus-plugin-glossary: ${file.path} was compiled before the glossary loaded. ` +
          'Add glossary.plugin to the site\'s "plugins" (the remark plugin alone has no term data).',
      );
    }
    const location = store.locate(file.path);
    if (!location) return;
    const ctx: PageContext = {
      store,
      options: store.options,
      location,
      file: file.path,
      onUnknownTerm: store.options.onUnknownTerm,
    };
    if (isIndexPage(ctx)) {
      fillIndex(tree, ctx);
    } else {
      linkTree(tree, ctx);
      const own = store.termIndex(location.edition).bySource.get(location.source);
      if (own) appendAppearsIn(tree, ctx, own);
    }
    ensureImports(tree);
  };
}

export default remarkGlossary;
