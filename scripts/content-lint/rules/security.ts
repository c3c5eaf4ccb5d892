/**
 * Content security. MDX is code: a page can run JavaScript through JSX,
 * expressions and ESM, and Docusaurus passes HTML-like JSX straight to React.
 * These rules reject everything but plain Markdown and our allow-listed
 * components (ALLOWED_COMPONENTS) with plain string attributes.
 *
 * - `security-script`, `security-iframe`: those elements, whatever their case.
 * - `security-jsx`: any other element or component not on the allow-list.
 * - `security-event-handler`: `on*` attributes, on any element.
 * - `security-url`: `javascript:`, `vbscript:` and `data:` URLs in links,
 *   images, definitions, JSX attributes and directive attributes.
 * - `security-esm`: `import` / `export` statements.
 * - `security-expression`: `{...}` in text, in attributes and as spread
 *   attributes. Comment-only expressions (`{/* note *\/}`) are allowed.
 * - `security-html`: raw HTML in a page the build compiles as CommonMark
 *   (`mdx.format: md`), where it reaches the reader's browser as written; the
 *   script, iframe, handler and URL rules apply to its tags too.
 */
import type {Nodes} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {Parser} from 'htmlparser2';
import type {Point} from 'unist';
import {allowedComponents} from '../allow';
import type {Rule, RuleContext} from '../types';

const DANGEROUS_SCHEME = /^(javascript|vbscript|data):/iu;
/** Browsers drop control characters and spaces (U+0000 to U+0020, U+007F to U+009F) before reading a scheme. */
function withoutIgnored(url: string): string {
  return [...url]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code > 0x20 && (code < 0x7f || code > 0x9f);
    })
    .join('');
}

/** True when a URL, as a browser reads it, runs code or embeds a document. */
export function isDangerousUrl(url: string): boolean {
  return DANGEROUS_SCHEME.test(withoutIgnored(url));
}

/** An expression with no code in it, only comments: `{/* ... *\/}`. */
function isCommentOnly(node: {data?: {estree?: {body: unknown[]} | null}; value: string}): boolean {
  const estree = node.data?.estree;
  if (estree) return estree.body.length === 0;
  return node.value.trim() === '';
}

export const securityRule: Rule = (context) => {
  checkFrontMatterUrls(context);
  visit(context.tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        context.report(
          'security-esm',
          'No `import` / `export` in pages: our components are available without imports',
          node,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) {
          context.report(
            'security-expression',
            'No `{...}` expressions in pages. For a literal brace write it in inline code or as `\\{`',
            node,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(context, node);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (isDangerousUrl(node.url)) {
          context.report(
            'security-url',
            `Dangerous URL scheme in \`${shorten(node.url)}\`: only http(s), mailto and relative links`,
            node,
          );
        }
        break;
      case 'html':
        checkRawHtml(context, node.value, node.position?.start);
        break;
      case 'textDirective':
      case 'leafDirective':
      case 'containerDirective':
        for (const [name, value] of Object.entries(node.attributes ?? {})) {
          if (/^on/iu.test(name)) {
            context.report('security-event-handler', `Event handler attribute \`${name}\` is not allowed`, node);
          }
          if (typeof value === 'string' && isDangerousUrl(value)) {
            context.report('security-url', `Dangerous URL scheme in attribute \`${name}\``, node);
          }
        }
        break;
      default:
        break;
    }
  });
};

/** Front matter values become links too (`custom_edit_url`, `image`, ...). */
function checkFrontMatterUrls(context: RuleContext): void {
  const yaml = context.tree.children.find((node) => node.type === 'yaml');
  if (!context.frontMatter || !yaml || yaml.type !== 'yaml') return;
  const lines = yaml.value.split('\n');
  const start = yaml.position?.start.line ?? 1;
  for (const [key, value] of Object.entries(context.frontMatter)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((item) => typeof item === 'string' && isDangerousUrl(item))) continue;
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    context.report('security-url', `Dangerous URL scheme in front matter \`${key}\``, {
      line: index === -1 ? start : start + 1 + index,
      column: 1,
    });
  }
}

function checkElement(context: RuleContext, node: MdxJsxFlowElement | MdxJsxTextElement): void {
  const name = node.name ?? '';
  const allowed = allowedComponents(context.page.kind);
  const lower = name.toLowerCase();
  if (lower === 'script') {
    context.report('security-script', '`<script>` is not allowed in pages', node);
  } else if (lower === 'iframe' || lower === 'frame' || lower === 'frameset') {
    context.report('security-iframe', `\`<${name}>\` is not allowed in pages: link to the page instead`, node);
  } else if (!allowed.includes(name)) {
    context.report(
      'security-jsx',
      `${name ? `\`<${name}>\`` : 'A fragment `<>`'} is not allowed: pages are Markdown; the only components are ${allowed.map((c) => `<${c}>`).join(', ')}. For a literal \`<\` in prose write it in inline code or as \`&lt;\``,
      node,
    );
  }
  for (const attribute of node.attributes) {
    const place = attribute.position ? attribute : node;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      context.report('security-expression', 'No spread attributes `{...}` on elements', place);
      continue;
    }
    if (/^on/iu.test(attribute.name)) {
      context.report('security-event-handler', `Event handler attribute \`${attribute.name}\` is not allowed`, place);
    }
    const {value} = attribute;
    if (value && typeof value === 'object') {
      context.report(
        'security-expression',
        `Attribute \`${attribute.name}\` takes an expression: use a plain string`,
        place,
      );
    } else if (typeof value === 'string' && isDangerousUrl(value)) {
      context.report('security-url', `Dangerous URL scheme in attribute \`${attribute.name}\``, place);
    }
  }
}

function shorten(url: string): string {
  return url.length > 40 ? `${url.slice(0, 37)}...` : url;
}

/** Line and column of `offset` inside a node's text that starts at `start`. */
function pointIn(text: string, offset: number, start: Point | undefined): Point {
  const before = text.slice(0, offset).split('\n');
  const line = (start?.line ?? 1) + before.length - 1;
  const column = before.length === 1 ? (start?.column ?? 1) + offset : before[before.length - 1].length + 1;
  return {line, column};
}

/** Raw HTML (CommonMark pages only): every tag but comments is live in the reader's browser. */
function checkRawHtml(context: RuleContext, html: string, start: Point | undefined): void {
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const place = pointIn(html, parser.startIndex, start);
        if (name === 'script') context.report('security-script', '`<script>` is not allowed in pages', place);
        else if (name === 'iframe' || name === 'frame' || name === 'frameset') {
          context.report('security-iframe', `\`<${name}>\` is not allowed in pages: link to the page instead`, place);
        } else {
          context.report(
            'security-html',
            `Raw HTML \`<${name}>\` in a page compiled as CommonMark reaches the browser as written: use Markdown`,
            place,
          );
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/iu.test(attribute)) {
            context.report('security-event-handler', `Event handler attribute \`${attribute}\` is not allowed`, place);
          } else if (isDangerousUrl(value)) {
            context.report('security-url', `Dangerous URL scheme in attribute \`${attribute}\``, place);
          }
        }
      },
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true},
  );
  parser.write(html);
  parser.end();
}
