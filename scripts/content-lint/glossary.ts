/**
 * Glossary lookup for `term-unknown`. Placeholder until the glossary plugin's
 * pure loader (plugins/remark-glossary/load.ts) lands; then this wraps it.
 */
import type {GlossaryIndex, PageInfo} from './types';

export function glossaryFor(_root: string): (page: PageInfo) => GlossaryIndex | undefined {
  return () => undefined;
}
