import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import AnsiText from './Ansi';
import { showInvisible } from './visible';
import styles from './styles.module.css';
export default function ShellTranscriptStep({ prompt, command, output, kind }) {
    if (kind === 'comment') {
        return (_jsx("span", { className: `${styles.step} ${styles.comment}`, "data-kind": "comment", children: showInvisible(command) }));
    }
    return (_jsxs("span", { className: styles.step, children: [_jsxs("span", { className: styles.commandLine, children: [prompt === '' ? null : (_jsx("span", { className: styles.prompt, "aria-hidden": "true", "data-prompt": prompt, children: `${prompt} ` })), _jsx("span", { className: styles.command, children: showInvisible(command) })] }), output ? (_jsx("span", { className: styles.stepOutput, children: _jsx(AnsiText, { text: output }) })) : null] }));
}
