import { jsx as _jsx } from "react/jsx-runtime";
/**
 * Wraps the code token: inside a ```dockerfile block that the glossary plugin
 * marked (<GlossaryCode>), the instruction keyword starting a line becomes a
 * link to its term page, with the tooltip. Everything else renders as before.
 */
import { useContext } from 'react';
import Token from '@theme-init/CodeBlock/Line/Token';
import GlossaryTerm from '@theme/GlossaryTerm';
import { GlossaryCodeContext } from '@theme/GlossaryCode/context';
export default function TokenWrapper(props) {
    const terms = useContext(GlossaryCodeContext);
    const entry = terms && props.line.find((t) => t.content.trim() !== '') === props.token
        ? terms.get(props.token.content)
        : undefined;
    if (!entry)
        return _jsx(Token, { ...props });
    return (_jsx(GlossaryTerm, { term: entry.term, short: entry.short, children: _jsx("a", { href: entry.href, children: _jsx(Token, { ...props }) }) }));
}
