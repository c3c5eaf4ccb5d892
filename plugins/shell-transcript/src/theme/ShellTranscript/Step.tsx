/**
 * One step of the 输出 tab: prompt, command, output, or a comment. All text reaches React
 * as strings (never as HTML). The prompt cannot be selected or copied and is
 * hidden from screen readers, which read the command and its output only.
 */
import type {ReactNode} from 'react';
import AnsiText from './Ansi';
import {showInvisible} from './visible';
import styles from './styles.module.css';

export interface Props {
  prompt: string;
  command: string;
  output?: string;
  /** `'comment'`: shell comment lines, shown as comments (no prompt, not a command). */
  kind?: 'comment';
}

export default function ShellTranscriptStep({prompt, command, output, kind}: Props): ReactNode {
  if (kind === 'comment') {
    return (
      <span className={`${styles.step} ${styles.comment}`} data-kind="comment">
        {showInvisible(command)}
      </span>
    );
  }
  return (
    <span className={styles.step}>
      <span className={styles.commandLine}>
        {/* A setup line pasted without a prompt (`export A=1`) shows none. */}
        {prompt === '' ? null : (
          <span className={styles.prompt} aria-hidden="true" data-prompt={prompt}>
            {`${prompt} `}
          </span>
        )}
        <span className={styles.command}>{showInvisible(command)}</span>
      </span>
      {output ? (
        <span className={styles.stepOutput}>
          <AnsiText text={output} />
        </span>
      ) : null}
    </span>
  );
}
