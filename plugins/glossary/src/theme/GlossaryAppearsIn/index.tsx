/**
 * The generated "出现在" list of a term page: the remark plugin fills it with
 * links to the pages of the same edition that use the term.
 */
import {type ReactNode} from 'react';
import styles from './styles.module.css';

export default function GlossaryAppearsIn({children}: {term?: string; children?: ReactNode}): ReactNode {
  return <div className={styles.appearsIn}>{children}</div>;
}
