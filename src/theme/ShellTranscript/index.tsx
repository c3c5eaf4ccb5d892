/**
 * Frame of one shell transcript. The tabs themselves are Docusaurus's
 * `@theme/Tabs` (emitted by the remark plugin, with groupId and queryString
 * so the choice is shared across the page and survives reload); this wrapper
 * only adds the keys `@theme/Tabs` lacks: Home/End move focus to the first/
 * last tab and Space activates the focused tab, as Enter already does.
 */
import React, {type ReactNode, type KeyboardEvent} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface Props {
  children?: ReactNode;
  className?: string;
}

function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
  const tab = event.target as HTMLElement;
  if (tab.getAttribute('role') !== 'tab') return;
  const list = tab.closest('[role="tablist"]');
  if (!list) return;
  const tabs = Array.from(list.querySelectorAll<HTMLElement>('[role="tab"]'));
  if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    tabs[event.key === 'Home' ? 0 : tabs.length - 1]?.focus();
  } else if (event.key === ' ' || event.key === 'Spacebar') {
    event.preventDefault(); // no page scroll
    tab.click();
  }
}

export default function ShellTranscript({children, className}: Props): ReactNode {
  return (
    // The handler only reacts to keys on the tabs inside; the div itself is not interactive.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={clsx('shell-transcript', styles.transcript, className)} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
