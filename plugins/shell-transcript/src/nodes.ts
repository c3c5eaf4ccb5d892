/**
 * Small factories for the MDX JSX nodes the plugin emits. Author text only
 * ever goes into `code` node values and plain string attributes.
 */
import type {Code, Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
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

/**
 * Adds `import <name> from '<source>'` at the top of the page, as an ESM node
 * with its estree (what MDX compiles), unless the page already binds `name`
 * at the top level (an author's own import wins).
 */
export function ensureDefaultImport(tree: Root, name: string, source: string): void {
  for (const child of tree.children) {
    if (child.type !== 'mdxjsEsm') continue;
    const program = child.data?.estree;
    for (const statement of program?.body ?? []) {
      if (statement.type === 'ImportDeclaration' && statement.specifiers.some((s) => s.local.name === name)) return;
      if (
        statement.type === 'ExportNamedDeclaration' &&
        statement.declaration?.type === 'VariableDeclaration' &&
        statement.declaration.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name)
      ) {
        return;
      }
    }
  }
  const esm: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
            source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
            attributes: [],
          },
        ],
      },
    },
  };
  // After front matter, which some pipelines keep in the tree (Docusaurus strips it before MDX).
  tree.children.splice(afterFrontMatter(tree), 0, esm);
}

function afterFrontMatter(tree: Root): number {
  let index = 0;
  while (index < tree.children.length && ['yaml', 'toml'].includes(tree.children[index].type)) index += 1;
  return index;
}
