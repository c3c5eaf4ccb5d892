/**
 * Wraps the code block: invisible format characters (bidi controls, zero-width
 * spaces, ...) are shown as `<U+202E>`, and the copy button copies that same
 * text, so a reader never runs a command that differs from the one they read.
 * The content lint rejects these characters; this covers what gets through
 * (and the command tab of shell transcripts, which renders as a code block).
 */
import type {ReactNode} from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type {Props} from '@theme/CodeBlock';
import {showInvisible} from '../../../scripts/content-guard/visible';

export default function CodeBlockWrapper(props: Props): ReactNode {
  const {children} = props;
  return <CodeBlock {...props}>{typeof children === 'string' ? showInvisible(children) : children}</CodeBlock>;
}
