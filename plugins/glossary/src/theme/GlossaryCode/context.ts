import {createContext} from 'react';

export interface CodeTerm {
  term: string;
  short: string;
  href: string;
}

/** Keywords of the enclosing ```dockerfile block that have a term page, by keyword. */
export const GlossaryCodeContext = createContext<ReadonlyMap<string, CodeTerm> | null>(null);
