import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
/**
 * Wraps the code token: inside a code block the glossary plugin marked
 * (<GlossaryCode>), the keyword starting a line becomes a link to its term
 * page, with the tooltip. Works whether the highlighter made the keyword its
 * own token (Prism's docker grammar) or left the whole line as one plain
 * token (no grammar loaded): the token is split around the keyword. The
 * text, and so what the copy button copies, is unchanged.
 */
import { useContext } from 'react';
import Token from '@theme-init/CodeBlock/Line/Token';
import GlossaryTerm from '@theme/GlossaryTerm';
import { GlossaryCodeContext } from '@theme/GlossaryCode/context';
const KEYWORD = /^(\s*)([A-Za-z]+)(?=\s|$)/;
export default function TokenWrapper(props) {
    const terms = useContext(GlossaryCodeContext);
    const isFirst = terms !== null && props.line.find((t) => t.content.trim() !== '') === props.token;
    const match = isFirst ? KEYWORD.exec(props.token.content) : null;
    const entry = match ? terms?.get(match[2]) : undefined;
    if (!match || !entry)
        return _jsx(Token, { ...props });
    const [, lead, keyword] = match;
    const rest = props.token.content.slice(lead.length + keyword.length);
    return (_jsxs(_Fragment, { children: [lead ? _jsx(Token, { ...props, children: lead }) : null, _jsx(GlossaryTerm, { term: entry.term, short: entry.short, children: _jsx("a", { href: entry.href, children: _jsx(Token, { ...props, children: keyword }) }) }), rest ? _jsx(Token, { ...props, children: rest }) : null] }));
}
