import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
/**
 * A glossary link with its tooltip (term + short definition).
 * - Server HTML holds only the link: it works without JavaScript, and search
 *   does not index every definition on every page. The tooltip mounts on the client.
 * - Opens on hover and keyboard focus; Escape closes it; the pointer can move
 *   onto it (it sits inside the hovered wrapper, no gap); on touch the first tap
 *   opens it and its own link goes to the term page.
 */
import React, { cloneElement, isValidElement, useEffect, useId, useRef, useState, } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';
export default function GlossaryTerm({ term, short, children }) {
    const id = useId();
    const root = useRef(null);
    const [mounted, setMounted] = useState(false);
    const [open, setOpen] = useState(false);
    // Whether the pending click comes from a touch that found the tooltip closed.
    const touchOpens = useRef(false);
    useEffect(() => setMounted(true), []);
    useEffect(() => {
        if (!open)
            return undefined;
        const onKey = (e) => e.key === 'Escape' && setOpen(false);
        const onDown = (e) => !root.current?.contains(e.target) && setOpen(false);
        document.addEventListener('keydown', onKey);
        document.addEventListener('pointerdown', onDown);
        return () => {
            document.removeEventListener('keydown', onKey);
            document.removeEventListener('pointerdown', onDown);
        };
    }, [open]);
    const link = React.Children.toArray(children).find(isValidElement);
    if (!link)
        return children;
    const href = link.props.href;
    return (_jsxs("span", { ref: root, className: styles.root, onPointerEnter: (e) => e.pointerType !== 'touch' && setOpen(true), onPointerLeave: (e) => e.pointerType !== 'touch' && setOpen(false), onFocus: () => setOpen(true), onBlur: (e) => !root.current?.contains(e.relatedTarget) && setOpen(false), onPointerDown: (e) => {
            touchOpens.current = e.pointerType === 'touch' && !open;
        }, onClickCapture: (e) => {
            // First tap on the term: show the definition instead of leaving the page.
            if (touchOpens.current && !e.target.closest('[role="tooltip"]')) {
                e.preventDefault();
                touchOpens.current = false;
                setOpen(true);
            }
        }, children: [cloneElement(link, mounted ? { 'aria-describedby': id } : {}), mounted && (_jsxs("span", { role: "tooltip", id: id, className: styles.tip, hidden: !open, children: [_jsx("strong", { className: styles.term, children: term }), short, href && (_jsx("a", { className: styles.more, href: href, tabIndex: -1, children: translate({
                            id: 'glossary.tooltip.more',
                            message: '查看术语页',
                            description: 'Link at the end of a glossary tooltip, to the term page',
                        }) }))] }))] }));
}
