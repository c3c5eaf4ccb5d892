// react-dom ships no types and @types/react-dom is not installed; the hostile
// rendering test needs only this one function.
declare module 'react-dom/server' {
  import type {ReactElement} from 'react';
  export function renderToStaticMarkup(element: ReactElement): string;
}
