/**
 * Wraps Markdown code (inline and fenced): invisible format characters are shown
 * as `<U+202E>` (see src/theme/CodeBlock), so inline commands copy as they read.
 */
import type {ReactNode} from 'react';
import Code from '@theme-original/MDXComponents/Code';
import type {Props} from '@theme/MDXComponents/Code';
import {showInvisible} from '../../../scripts/content-guard/visible';

export default function CodeWrapper(props: Props): ReactNode {
  const {children} = props;
  return <Code {...props}>{typeof children === 'string' ? showInvisible(children) : children}</Code>;
}
