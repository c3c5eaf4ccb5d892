/**
 * Wraps the Markdown link component: a link the glossary's remark plugin
 * marked (`data-glossary-term`, `data-glossary-short`) becomes the same link
 * inside <GlossaryTerm>, with the marks removed (so the definition stays out
 * of the server HTML); every other link renders unchanged.
 */
import type {ReactNode} from 'react';
import A from '@theme-init/MDXComponents/A';
import type {Props} from '@theme/MDXComponents/A';
import GlossaryTerm from '@theme/GlossaryTerm';

type MarkedProps = Props & {'data-glossary-term'?: unknown; 'data-glossary-short'?: unknown};

export default function GlossaryA(props: MarkedProps): ReactNode {
  const {'data-glossary-term': term, 'data-glossary-short': short, ...link} = props;
  if (typeof term !== 'string' || typeof short !== 'string') return <A {...link} />;
  return (
    <GlossaryTerm term={term} short={short}>
      <A {...link} />
    </GlossaryTerm>
  );
}
