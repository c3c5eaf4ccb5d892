/**
 * Small factories for the MDX JSX nodes the plugin emits. Author text only
 * ever goes into `code` node values and plain string attributes.
 */
import type {Code} from 'mdast';
import type {Position} from 'unist';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';

/** Plain strings, or `true` for a bare attribute (`queryString`). No expressions: nothing is ever evaluated. */
export type AttributeValue = string | true;
type Child = MdxJsxFlowElement['children'][number];

export function createAttribute(name: string, value: AttributeValue): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value: value === true ? null : value};
}

export function createElement(
  name: string,
  attributes: Record<string, AttributeValue | undefined>,
  children: Child[],
  position: Position | undefined,
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes)
      .filter((entry): entry is [string, AttributeValue] => entry[1] !== undefined)
      .map(([key, value]) => createAttribute(key, value)),
    children,
    ...(position ? {position} : {}),
  };
}

export function createCode(lang: string, meta: string | null, value: string, position: Position | undefined): Code {
  return {type: 'code', lang, meta, value, ...(position ? {position} : {})};
}
