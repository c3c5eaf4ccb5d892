/**
 * Stands in for the theme's own Markdown link (`@theme-init/MDXComponents/A`,
 * which needs a running Docusaurus app) in react-dom/server tests of the
 * glossary's wrapper: it renders the props it receives on a plain <a>.
 */
import type {ComponentProps, ReactNode} from 'react';

export default function A(props: ComponentProps<'a'>): ReactNode {
  return <a {...props} />;
}
