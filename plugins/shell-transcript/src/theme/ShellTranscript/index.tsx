/**
 * `Tabs` for MDX pages (registered in src/theme/MDXComponents.tsx). Any other
 * tab group is passed to Docusaurus's `@theme/Tabs` untouched. For the group
 * the remark plugin emits (`groupId="shell-transcript"`), this also:
 * - translates the tab labels, which the plugin writes as plain strings
 *   (命令 / 输出) so the MDX holds no JS expression: an `en` build shows
 *   Command / Output (ids shellTranscript.tab.*, i18n/<locale>/code.json);
 * - frames the tabs in `div.shell-transcript` and adds the keys `@theme/Tabs`
 *   lacks: Home/End move focus to the first/last tab and Space activates the
 *   focused tab, as Enter already does.
 * Doing this here rather than in a wrapper element emitted per transcript
 * keeps the compiled MDX small.
 */
import {Children, cloneElement, isValidElement, type KeyboardEvent, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import Tabs, {type Props} from '@theme/Tabs';
import {translate} from '@docusaurus/Translate';
import {GROUP_ID, TAB_LABELS} from '../../../plugins/remark-shell-transcript/shared';
import styles from './styles.module.css';

function label(value: unknown): string | undefined {
  if (value === 'command') {
    return translate({
      id: 'shellTranscript.tab.command',
      message: '命令',
      description: 'Label of the tab holding the commands of a shell session, ready to copy',
    });
  }
  if (value === 'output') {
    return translate({
      id: 'shellTranscript.tab.output',
      message: '输出',
      description: 'Label of the tab showing a shell session with its output',
    });
  }
  return undefined;
}

/** The plugin's default label, or none, becomes the translated label; an author's own label is kept. */
function translateLabels(children: ReactNode): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement(child)) return child;
    const {value, label: current} = child.props as {value?: unknown; label?: unknown};
    const translated = label(value);
    const isDefault = current === undefined || current === TAB_LABELS[value as keyof typeof TAB_LABELS];
    return translated !== undefined && isDefault
      ? cloneElement(child as ReactElement<{label?: string}>, {label: translated})
      : child;
  });
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

export default function ShellTranscriptTabs(props: Props): ReactNode {
  if (props.groupId !== GROUP_ID) return <Tabs {...props} />;
  return (
    // The handler only reacts to keys on the tabs inside; the div itself is not interactive.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={clsx('shell-transcript', styles.transcript)} onKeyDown={onKeyDown}>
      <Tabs {...props}>{translateLabels(props.children)}</Tabs>
    </div>
  );
}
