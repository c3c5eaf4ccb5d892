/**
 * Small factories for the MDX JSX nodes the plugin emits. Author text only
 * ever goes into `code` node values and plain string attributes.
 */
import type { Code, Root } from 'mdast';
import type { Position } from 'unist';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
/** Plain strings, or `true` for a bare attribute (`queryString`). No expressions: nothing is ever evaluated. */
export type AttributeValue = string | true;
type Child = MdxJsxFlowElement['children'][number];
export declare function createAttribute(name: string, value: AttributeValue): MdxJsxAttribute;
export declare function createElement(name: string, attributes: Record<string, AttributeValue | undefined>, children: Child[], position: Position | undefined): MdxJsxFlowElement;
export declare function createCode(lang: string, meta: string | null, value: string, position: Position | undefined): Code;
/**
 * Adds `import <name> from '<source>'` at the top of the page, as an ESM node
 * with its estree (what MDX compiles), unless the page already binds `name`
 * at the top level (an author's own import wins).
 */
export declare function ensureDefaultImport(tree: Root, name: string, source: string): void;
export {};
