/**
 * The glossary index. The remark plugin fills this element, at build time, with
 * the edition's terms grouped under headings (links + short definitions), so
 * the list is plain server-rendered HTML and the data lives in this page only.
 */
import {type ReactNode} from 'react';
import styles from './styles.module.css';

export default function GlossaryIndex({children}: {children?: ReactNode}): ReactNode {
  return <div className={styles.index}>{children}</div>;
}
