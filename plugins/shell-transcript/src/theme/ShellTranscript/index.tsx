/**
 * One shell session as two tabs: 命令 (the commands, a normal code block with
 * its copy button and title) and 输出 (prompts, commands and what they
 * printed). The remark plugin emits one <ShellTranscript> per session with
 * string attributes only; this component builds the tabs with the theme's own
 * Tabs, so they sync across the page (groupId), follow `?shell-transcript=`
 * in the URL and remember the reader's choice, and it adds the keys
 * @theme/Tabs lacks: Home/End move to the first/last tab, Space activates.
 * Both tabs are in the server HTML (no-JS readers, search indexing).
 */
import type {KeyboardEvent, ReactNode} from 'react';
import clsx from 'clsx';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import {translate} from '@docusaurus/Translate';
import {useThemeConfig} from '@docusaurus/theme-common';
import ShellTranscriptOutput from '@theme/ShellTranscript/Output';
import {showInvisible} from './visible';
import styles from './styles.module.css';

export interface Props {
  /** The commands, one per line, prompts removed: what the 命令 tab shows and copies. */
  commands?: string;
  /** JSON list of steps, see ./steps.ts. */
  steps?: string;
  /** Language of the 命令 code block. Default `bash`. */
  language?: string;
  /** The fence's meta (`title="…"`, line highlights), read by @theme/CodeBlock. */
  metastring?: string;
}

interface ShellTranscriptThemeConfig {
  groupId: string;
  queryString: string | boolean;
  defaultTab: 'command' | 'output';
}

const DEFAULTS: ShellTranscriptThemeConfig = {groupId: 'shell-transcript', queryString: true, defaultTab: 'command'};

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

export default function ShellTranscript({commands = '', steps, language = 'bash', metastring}: Props): ReactNode {
  const themeConfig = useThemeConfig() as {shellTranscript?: Partial<ShellTranscriptThemeConfig>};
  const config = {...DEFAULTS, ...themeConfig.shellTranscript};
  return (
    // The handler only reacts to keys on the tabs inside; the div itself is not interactive.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={clsx('shell-transcript', styles.transcript)} onKeyDown={onKeyDown}>
      <Tabs groupId={config.groupId} queryString={config.queryString} defaultValue={config.defaultTab}>
        <TabItem
          value="command"
          label={translate({
            id: 'shellTranscript.tab.command',
            message: '命令',
            description: 'Label of the tab holding the commands of a shell session, ready to copy',
          })}
        >
          <CodeBlock language={language} metastring={metastring}>
            {showInvisible(commands)}
          </CodeBlock>
        </TabItem>
        <TabItem
          value="output"
          label={translate({
            id: 'shellTranscript.tab.output',
            message: '输出',
            description: 'Label of the tab showing a shell session with its output',
          })}
        >
          <ShellTranscriptOutput steps={steps} />
        </TabItem>
      </Tabs>
    </div>
  );
}
