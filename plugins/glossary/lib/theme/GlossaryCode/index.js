import { jsx as _jsx } from "react/jsx-runtime";
/**
 * Wraps a ```dockerfile block. The remark plugin passes, in one string
 * attribute, the term, definition and page URL of each instruction keyword the
 * block uses; the code token wrapper (CodeBlock/Line/Token) turns line-start
 * keywords into links from this context. The copy button copies the code
 * string, so it stays plain text.
 */
import { useMemo } from 'react';
import { GlossaryCodeContext } from './context';
/** Reads the `terms` attribute; anything malformed gives no links rather than an error. */
export function parseTerms(text) {
    const map = new Map();
    if (typeof text !== 'string')
        return map;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return map;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return map;
    for (const [keyword, entry] of Object.entries(value)) {
        const { term, short, href } = (entry ?? {});
        if (typeof term === 'string' && typeof short === 'string' && typeof href === 'string') {
            map.set(keyword, { term, short, href });
        }
    }
    return map;
}
export default function GlossaryCode({ terms, children }) {
    const map = useMemo(() => parseTerms(terms), [terms]);
    return _jsx(GlossaryCodeContext.Provider, { value: map, children: children });
}
