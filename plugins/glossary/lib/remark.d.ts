/**
 * The remark plugin of a glossary instance. Runs in `beforeDefaultRemarkPlugins`,
 * so the links it emits are resolved (to the page's own version and locale)
 * and checked by Docusaurus like any author-written link.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import type { GlossaryStore } from './store';
export interface RemarkGlossaryOptions {
    /** The instance from `createGlossary()`. */
    glossary: {
        readonly store: GlossaryStore | undefined;
    };
}
export declare function remarkGlossary(options: RemarkGlossaryOptions): Transformer<Root>;
export default remarkGlossary;
