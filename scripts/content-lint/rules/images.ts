/**
 * `image-alt`: every image says what it shows, for screen readers and for
 * readers whose image did not load.
 */
import {visit} from 'unist-util-visit';
import type {Rule} from '../types';

export const imageAltRule: Rule = (context) => {
  visit(context.tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !(node.alt ?? '').trim()) {
      context.report('image-alt', 'Image has no alt text: describe it in `![...](...)`', node);
    }
  });
};
