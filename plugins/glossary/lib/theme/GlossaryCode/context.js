import { createContext } from 'react';
/** Keywords of the enclosing ```dockerfile block that have a term page, by keyword. */
export const GlossaryCodeContext = createContext(null);
