/**
 * The 输出 tab: every step of the session in one terminal-like block.
 */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export interface Props {
  children?: ReactNode;
}

export default function ShellTranscriptOutput({children}: Props): ReactNode {
  return (
    <pre className={styles.output} tabIndex={0}>
      <code className={styles.code}>{children}</code>
    </pre>
  );
}
