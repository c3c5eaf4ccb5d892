/**
 * Components available to every Markdown/MDX page without an `import`.
 * Our remark plugins emit JSX that names these, so they never have to inject
 * import statements into authors' pages.
 */
import MDXComponents from '@theme-original/MDXComponents';
import TabItem from '@theme/TabItem';
import GlossaryTerm from './GlossaryTerm';
import GlossaryIndex from './GlossaryIndex';
import GlossaryAppearsIn from './GlossaryAppearsIn';
import GlossaryCode from './GlossaryCode';
// `Tabs` wraps @theme/Tabs: other tab groups pass through unchanged; the
// shell-transcript group gets translated labels and Home/End/Space keys.
import Tabs from './ShellTranscript';
import ShellTranscriptOutput from './ShellTranscript/Output';

export default {
  ...MDXComponents,
  Tabs,
  TabItem,
  GlossaryTerm,
  GlossaryIndex,
  GlossaryAppearsIn,
  GlossaryCode,
  // Emitted by plugins/remark-shell-transcript (with Tabs / TabItem).
  ShellTranscriptOutput,
};
