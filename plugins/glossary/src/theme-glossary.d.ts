/**
 * Types of the theme modules this package provides, for sites that import or
 * swizzle them.
 */
declare module '@theme/GlossaryTerm' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly term: string;
    readonly short: string;
    readonly children?: ReactNode;
  }
  export default function GlossaryTerm(props: Props): ReactNode;
}

declare module '@theme/GlossaryCode' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** JSON: keyword → {term, short, href}. */
    readonly terms?: string;
    readonly children?: ReactNode;
  }
  export default function GlossaryCode(props: Props): ReactNode;
}

declare module '@theme/GlossaryCode/context' {
  import type {Context} from 'react';

  export interface CodeTerm {
    term: string;
    short: string;
    href: string;
  }
  export const GlossaryCodeContext: Context<ReadonlyMap<string, CodeTerm> | null>;
}

declare module '@theme/GlossaryIndex' {
  import type {ReactNode} from 'react';

  export default function GlossaryIndex(props: {readonly children?: ReactNode}): ReactNode;
}

declare module '@theme/GlossaryAppearsIn' {
  import type {ReactNode} from 'react';

  export default function GlossaryAppearsIn(props: {readonly term?: string; readonly children?: ReactNode}): ReactNode;
}
