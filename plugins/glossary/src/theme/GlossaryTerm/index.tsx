/**
 * A glossary link with its tooltip (term + short definition).
 * - Server HTML holds only the link: it works without JavaScript, and search
 *   does not index every definition on every page. The tooltip mounts on the client.
 * - Opens on hover and keyboard focus; Escape closes it; the pointer can move
 *   onto it (it sits inside the hovered wrapper, no gap); on touch the first tap
 *   opens it and its own link goes to the term page.
 */
import React, {
  cloneElement,
  isValidElement,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Props {
  term: string;
  short: string;
  children?: ReactNode;
}

export default function GlossaryTerm({term, short, children}: Props): ReactNode {
  const id = useId();
  const root = useRef<HTMLSpanElement>(null);
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  // Whether the pending click comes from a touch that found the tooltip closed.
  const touchOpens = useRef(false);

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onDown = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const link = React.Children.toArray(children).find(isValidElement) as ReactElement<{href?: string}> | undefined;
  if (!link) return children;
  const href = link.props.href;

  return (
    <span
      ref={root}
      className={styles.root}
      onPointerEnter={(e) => e.pointerType !== 'touch' && setOpen(true)}
      onPointerLeave={(e) => e.pointerType !== 'touch' && setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={(e) => !root.current?.contains(e.relatedTarget as Node | null) && setOpen(false)}
      onPointerDown={(e) => {
        touchOpens.current = e.pointerType === 'touch' && !open;
      }}
      onClickCapture={(e) => {
        // First tap on the term: show the definition instead of leaving the page.
        if (touchOpens.current && !(e.target as Element).closest('[role="tooltip"]')) {
          e.preventDefault();
          touchOpens.current = false;
          setOpen(true);
        }
      }}
    >
      {cloneElement(
        link as ReactElement<{href?: string; 'aria-describedby'?: string}>,
        mounted ? {'aria-describedby': id} : {},
      )}
      {mounted && (
        <span role="tooltip" id={id} className={styles.tip} hidden={!open}>
          <strong className={styles.term}>{term}</strong>
          {short}
          {href && (
            <a className={styles.more} href={href} tabIndex={-1}>
              {translate({
                id: 'glossary.tooltip.more',
                message: '查看术语页',
                description: 'Link at the end of a glossary tooltip, to the term page',
              })}
            </a>
          )}
        </span>
      )}
    </span>
  );
}
