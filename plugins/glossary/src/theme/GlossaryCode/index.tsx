/**
 * Wraps a ```dockerfile block. The remark plugin passes, in one string
 * attribute, the term, definition and page URL of each instruction keyword the
 * block uses; the code token wrapper (CodeBlock/Line/Token) turns line-start
 * keywords into links from this context. The copy button copies the code
 * string, so it stays plain text.
 */
import {useMemo, type ReactNode} from 'react';
import {GlossaryCodeContext, type CodeTerm} from './context';

export interface Props {
  /** JSON: `{"RUN": {"term": "RUN", "short": "…", "href": "/docs/glossary/dockerfile/run"}}`. */
  terms?: string;
  children?: ReactNode;
}

/** Reads the `terms` attribute; anything malformed gives no links rather than an error. */
export function parseTerms(text: unknown): Map<string, CodeTerm> {
  const map = new Map<string, CodeTerm>();
  if (typeof text !== 'string') return map;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return map;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return map;
  for (const [keyword, entry] of Object.entries(value as Record<string, unknown>)) {
    const {term, short, href} = (entry ?? {}) as Record<string, unknown>;
    if (typeof term === 'string' && typeof short === 'string' && typeof href === 'string') {
      map.set(keyword, {term, short, href});
    }
  }
  return map;
}

export default function GlossaryCode({terms, children}: Props): ReactNode {
  const map = useMemo(() => parseTerms(terms), [terms]);
  return <GlossaryCodeContext.Provider value={map}>{children}</GlossaryCodeContext.Provider>;
}
