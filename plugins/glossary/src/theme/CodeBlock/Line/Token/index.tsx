/**
 * Wraps the code token: inside a code block the glossary plugin marked
 * (<GlossaryCode>), the keyword starting a line becomes a link to its term
 * page, with the tooltip. Works whether the highlighter made the keyword its
 * own token (Prism's docker grammar) or left the whole line as one plain
 * token (no grammar loaded): the token is split around the keyword. The
 * text, and so what the copy button copies, is unchanged.
 */
import {useContext, type ReactNode} from 'react';
import Token from '@theme-init/CodeBlock/Line/Token';
import type {Props} from '@theme/CodeBlock/Line/Token';
import GlossaryTerm from '@theme/GlossaryTerm';
import {GlossaryCodeContext} from '@theme/GlossaryCode/context';

const KEYWORD = /^(\s*)([A-Za-z]+)(?=\s|$)/;

export default function TokenWrapper(props: Props): ReactNode {
  const terms = useContext(GlossaryCodeContext);
  const isFirst = terms !== null && props.line.find((t) => t.content.trim() !== '') === props.token;
  const match = isFirst ? KEYWORD.exec(props.token.content) : null;
  const entry = match ? terms?.get(match[2]) : undefined;
  if (!match || !entry) return <Token {...props} />;
  const [, lead, keyword] = match;
  const rest = props.token.content.slice(lead.length + keyword.length);
  return (
    <>
      {lead ? <Token {...props}>{lead}</Token> : null}
      <GlossaryTerm term={entry.term} short={entry.short}>
        <a href={entry.href}>
          <Token {...props}>{keyword}</Token>
        </a>
      </GlossaryTerm>
      {rest ? <Token {...props}>{rest}</Token> : null}
    </>
  );
}
