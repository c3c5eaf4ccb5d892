import { jsx as _jsx } from "react/jsx-runtime";
/**
 * Terminal output with its ANSI colours: escape sequences become styled
 * spans (React text only); nothing of the escapes is shown raw.
 */
import React from 'react';
import clsx from 'clsx';
import { parseAnsi } from './parseAnsi';
import { showInvisible } from './visible';
import styles from './styles.module.css';
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
function props(style) {
    let { fg, bg } = style;
    if (style.inverse)
        [fg, bg] = [bg ?? 'default-bg', fg ?? 'default-fg'];
    const css = {};
    const classes = [];
    for (const [kind, color] of [
        ['fg', fg],
        ['bg', bg],
    ]) {
        if (!color)
            continue;
        if (color.startsWith('#'))
            css[kind === 'fg' ? 'color' : 'backgroundColor'] = color;
        else
            classes.push(styles[camel(`${kind}-${color}`)]);
    }
    if (style.bold)
        classes.push(styles.bold);
    if (style.dim)
        classes.push(styles.dim);
    if (style.italic)
        classes.push(styles.italic);
    if (style.underline)
        classes.push(styles.underline);
    if (style.strike)
        classes.push(styles.strike);
    const className = clsx(classes);
    return { className: className || undefined, style: Object.keys(css).length ? css : undefined };
}
export default function AnsiText({ text }) {
    return parseAnsi(showInvisible(text)).map((segment, i) => {
        const p = props(segment.style);
        return p.className || p.style ? (
        // eslint-disable-next-line react/no-array-index-key
        _jsx("span", { ...p, children: segment.text }, i)) : (
        // eslint-disable-next-line react/no-array-index-key -- segments never move
        _jsx(React.Fragment, { children: segment.text }, i));
    });
}
