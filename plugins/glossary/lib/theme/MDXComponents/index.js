/**
 * Makes the glossary components available to hand-written MDX without an
 * import. Pages the remark plugin touches import what they use themselves,
 * so they keep working when another theme also wraps MDXComponents. Term links
 * in prose are ordinary links: `MDXComponents/A` (next to this file) adds their tooltip.
 */
import MDXComponents from '@theme-init/MDXComponents';
import GlossaryTerm from '@theme/GlossaryTerm';
import GlossaryIndex from '@theme/GlossaryIndex';
import GlossaryAppearsIn from '@theme/GlossaryAppearsIn';
import GlossaryCode from '@theme/GlossaryCode';
export default { ...MDXComponents, GlossaryTerm, GlossaryIndex, GlossaryAppearsIn, GlossaryCode };
