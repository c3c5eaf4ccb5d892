/**
 * Components available to every Markdown/MDX page without an `import`.
 * Our remark plugins emit JSX that names these, so they never have to inject
 * import statements into authors' pages.
 */
import MDXComponents from '@theme-original/MDXComponents';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import ShellTranscript from './ShellTranscript';
import ShellTranscriptLabel from './ShellTranscript/Label';
import ShellTranscriptOutput from './ShellTranscript/Output';
import ShellTranscriptStep from './ShellTranscript/Step';

export default {
  ...MDXComponents,
  Tabs,
  TabItem,
  // Emitted by plugins/remark-shell-transcript.
  ShellTranscript,
  ShellTranscriptLabel,
  ShellTranscriptOutput,
  ShellTranscriptStep,
};
