/**
 * `heading-increment`: the front matter title is the page's H1, so body
 * headings start at `##` and go at most one level deeper at a time.
 */
import {visit} from 'unist-util-visit';
import type {Rule} from '../types';

export const headingIncrementRule: Rule = (context) => {
  let previous = 1;
  visit(context.tree, 'heading', (node) => {
    if (node.depth > previous + 1) {
      const expected = '#'.repeat(previous + 1);
      context.report(
        'heading-increment',
        `Heading level ${node.depth} skips a level after level ${previous}: use \`${expected}\``,
        node,
      );
    }
    previous = node.depth;
  });
};
