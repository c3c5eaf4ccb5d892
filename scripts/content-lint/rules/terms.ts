/**
 * `term-unknown`: every `:term[label]` and `:term[label]{id=slug}` names a term
 * of the page's own edition (1.0 has no `check` directive, for instance).
 */
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Rule} from '../types';

export const termUnknownRule: Rule = (context) => {
  const {glossary, page} = context;
  if (!glossary) return;
  visit(context.tree, 'textDirective', (node) => {
    if (node.name !== 'term') return;
    const label = toString(node);
    const id = node.attributes?.id ?? undefined;
    if (glossary.resolves(label, id)) return;
    const written = id ? `:term[${label}]{id=${id}}` : `:term[${label}]`;
    if (glossary.loadError) {
      context.report('term-unknown', `Cannot check ${written}: ${glossary.loadError}`, node);
      return;
    }
    const edition = page.edition === 'current' ? '2.0 (docs/)' : `${page.edition} (${page.editionDir}/)`;
    const closest = glossary.suggest(id ?? label);
    context.report(
      'term-unknown',
      `Unknown glossary term ${written} in edition ${edition}${closest.length ? `; closest: ${closest.join(', ')}` : ''}`,
      node,
    );
  });
};
