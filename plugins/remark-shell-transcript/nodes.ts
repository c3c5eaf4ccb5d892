/**
 * Small factories for the MDX JSX nodes the plugin emits. Author text only
 * ever goes into `code` node values and plain string attributes.
 */
import type {Code} from 'mdast';
import type {Position} from 'unist';
import type {
  MdxJsxAttribute,
  MdxJsxAttributeValueExpression,
  MdxJsxFlowElement,
} from 'mdast-util-mdx-jsx';
import type {Program} from 'estree-jsx';

export type AttributeValue = string | true | MdxJsxAttributeValueExpression;
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

/**
 * `{<Name attr="value" />}` as an attribute value: a constant element of
 * ours, with its estree so MDX compiles it without reparsing. Used for the
 * tab labels, which must be components to be translatable.
 */
export function createElementExpression(name: string, attribute: string, value: string): MdxJsxAttributeValueExpression {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    comments: [],
    body: [
      {
        type: 'ExpressionStatement',
        expression: {
          type: 'JSXElement',
          openingElement: {
            type: 'JSXOpeningElement',
            name: {type: 'JSXIdentifier', name},
            attributes: [
              {
                type: 'JSXAttribute',
                name: {type: 'JSXIdentifier', name: attribute},
                value: {type: 'Literal', value, raw: JSON.stringify(value)},
              },
            ],
            selfClosing: true,
          },
          closingElement: null,
          children: [],
        },
      },
    ],
  };
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: `<${name} ${attribute}=${JSON.stringify(value)} />`,
    data: {estree: program},
  };
}
