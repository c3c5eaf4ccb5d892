/**
 * Makes <ShellTranscript> available to hand-written MDX without an import.
 * Pages converted by the remark plugin import the component themselves, so
 * they keep working when another theme also wraps MDXComponents (the theme
 * listed last provides @theme/MDXComponents).
 */
import MDXComponents from '@theme-init/MDXComponents';
import ShellTranscript from '@theme/ShellTranscript';

export default {...MDXComponents, ShellTranscript};
