/**
 * Wraps a ```dockerfile block. The remark plugin puts the code first, then one
 * <GlossaryTerm> link per instruction keyword (resolved and checked by
 * Docusaurus). Those links are not rendered here: their targets go into a
 * context, and the code token wrapper turns line-start keywords into links.
 * The copy button copies the code string, so it stays plain text.
 */
import React, {isValidElement, useMemo, type ReactElement, type ReactNode} from 'react';
import {GlossaryCodeContext, type CodeTerm} from './context';

type AnyElement = ReactElement<{children?: ReactNode; term?: unknown; short?: unknown; href?: unknown}>;

function findHref(node: ReactNode): string | undefined {
  for (const child of React.Children.toArray(node)) {
    if (!isValidElement(child)) continue;
    const props = (child as AnyElement).props;
    if (typeof props.href === 'string') return props.href;
    const inner = findHref(props.children);
    if (inner) return inner;
  }
  return undefined;
}

function collect(node: ReactNode, into: Map<string, CodeTerm>): void {
  for (const child of React.Children.toArray(node)) {
    if (!isValidElement(child)) continue;
    const props = (child as AnyElement).props;
    if (typeof props.term === 'string' && typeof props.short === 'string') {
      const href = findHref(props.children);
      if (href) into.set(props.term, {term: props.term, short: props.short, href});
    } else {
      collect(props.children, into);
    }
  }
}

export default function GlossaryCode({children}: {children?: ReactNode}): ReactNode {
  const [code, ...rest] = React.Children.toArray(children);
  const terms = useMemo(() => {
    const map = new Map<string, CodeTerm>();
    collect(rest, map);
    return map;
    // The MDX children are static for the page's lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <GlossaryCodeContext.Provider value={terms}>{code}</GlossaryCodeContext.Provider>;
}
