import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import clsx from 'clsx';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import { translate } from '@docusaurus/Translate';
import { useThemeConfig } from '@docusaurus/theme-common';
import ShellTranscriptOutput from '@theme/ShellTranscript/Output';
import { showInvisible } from './visible';
import styles from './styles.module.css';
const DEFAULTS = { groupId: 'shell-transcript', queryString: true, defaultTab: 'command' };
function onKeyDown(event) {
    const tab = event.target;
    if (tab.getAttribute('role') !== 'tab')
        return;
    const list = tab.closest('[role="tablist"]');
    if (!list)
        return;
    const tabs = Array.from(list.querySelectorAll('[role="tab"]'));
    if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        tabs[event.key === 'Home' ? 0 : tabs.length - 1]?.focus();
    }
    else if (event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault(); // no page scroll
        tab.click();
    }
}
export default function ShellTranscript({ commands = '', steps, language = 'bash', metastring }) {
    const themeConfig = useThemeConfig();
    const config = { ...DEFAULTS, ...themeConfig.shellTranscript };
    return (
    // The handler only reacts to keys on the tabs inside; the div itself is not interactive.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    _jsx("div", { className: clsx('shell-transcript', styles.transcript), onKeyDown: onKeyDown, children: _jsxs(Tabs, { groupId: config.groupId, queryString: config.queryString, defaultValue: config.defaultTab, children: [_jsx(TabItem, { value: "command", label: translate({
                        id: 'shellTranscript.tab.command',
                        message: '命令',
                        description: 'Label of the tab holding the commands of a shell session, ready to copy',
                    }), children: _jsx(CodeBlock, { language: language, metastring: metastring, children: showInvisible(commands) }) }), _jsx(TabItem, { value: "output", label: translate({
                        id: 'shellTranscript.tab.output',
                        message: '输出',
                        description: 'Label of the tab showing a shell session with its output',
                    }), children: _jsx(ShellTranscriptOutput, { steps: steps }) })] }) }));
}
