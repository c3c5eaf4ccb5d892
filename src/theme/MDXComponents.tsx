/**
 * Components available to every Markdown/MDX page without an `import`.
 * Our remark plugins emit JSX that names these, so they never have to inject
 * import statements into authors' pages.
 */
import MDXComponents from '@theme-original/MDXComponents';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import GlossaryTerm from './GlossaryTerm';
import GlossaryIndex from './GlossaryIndex';
import GlossaryAppearsIn from './GlossaryAppearsIn';
import GlossaryCode from './GlossaryCode';
import ShellTranscript from './ShellTranscript';
import ShellTranscriptLabel from './ShellTranscript/Label';
import ShellTranscriptOutput from './ShellTranscript/Output';
import ShellTranscriptStep from './ShellTranscript/Step';

export default {
  ...MDXComponents,
  Tabs,
  TabItem,
  GlossaryTerm,
  GlossaryIndex,
  GlossaryAppearsIn,
  GlossaryCode,
  // Emitted by plugins/remark-shell-transcript.
  ShellTranscript,
  ShellTranscriptLabel,
  ShellTranscriptOutput,
  ShellTranscriptStep,
};
