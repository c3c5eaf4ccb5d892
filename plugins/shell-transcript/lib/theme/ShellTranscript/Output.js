import { jsx as _jsx } from "react/jsx-runtime";
import { parseSteps } from './steps';
import ShellTranscriptStep from './Step';
import styles from './styles.module.css';
export default function ShellTranscriptOutput({ steps }) {
    return (
    // Focusable so a long block can be scrolled with the keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    _jsx("pre", { className: styles.output, tabIndex: 0, children: _jsx("code", { className: styles.code, children: parseSteps(steps).map((step, i) => (
            // Steps never move: the index is a stable key.
            // eslint-disable-next-line react/no-array-index-key
            _jsx(ShellTranscriptStep, { ...step }, i))) }) }));
}
