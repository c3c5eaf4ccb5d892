import { jsx as _jsx } from "react/jsx-runtime";
import A from '@theme-init/MDXComponents/A';
import GlossaryTerm from '@theme/GlossaryTerm';
export default function GlossaryA(props) {
    const { 'data-glossary-term': term, 'data-glossary-short': short, ...link } = props;
    if (typeof term !== 'string' || typeof short !== 'string')
        return _jsx(A, { ...link });
    return (_jsx(GlossaryTerm, { term: term, short: short, children: _jsx(A, { ...link }) }));
}
