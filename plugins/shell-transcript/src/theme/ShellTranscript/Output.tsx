/**
 * The 输出 tab: every step of the session in one terminal-like block. The
 * steps arrive as one plain string attribute (JSON written by the remark
 * plugin, see src/shared.ts), parsed here (./steps.ts) with
 * JSON.parse; all text reaches React as strings, never as HTML.
 */
import type {ReactNode} from 'react';
import {parseSteps} from './steps';
import ShellTranscriptStep from './Step';
import styles from './styles.module.css';

export interface Props {
  /** JSON list of `{prompt, command, output?, kind?}`. */
  steps?: string;
}

export default function ShellTranscriptOutput({steps}: Props): ReactNode {
  return (
    // Focusable so a long block can be scrolled with the keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre className={styles.output} tabIndex={0}>
      <code className={styles.code}>
        {parseSteps(steps).map((step, i) => (
          // Steps never move: the index is a stable key.
          // eslint-disable-next-line react/no-array-index-key
          <ShellTranscriptStep key={i} {...step} />
        ))}
      </code>
    </pre>
  );
}
