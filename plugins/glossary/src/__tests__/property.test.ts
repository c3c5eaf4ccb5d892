/**
 * fast-check properties over random Chinese/Markdown soup: the plugin never
 * throws, never changes a character of the text, never nests a link in a link.
 */
import path from 'node:path';
import fc from 'fast-check';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import type {Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {VFile} from 'vfile';
import {remarkGlossary} from '../remark';
import {fixtureGlossary, siteDir} from './helpers';

const glossary = fixtureGlossary({onUnknownTerm: 'ignore'});

const pieces = [
  'RUN',
  'CMD',
  'ENV',
  'ENTRYPOINT',
  'USER',
  'VOLUME',
  'volume',
  '镜像仓库',
  '镜像',
  '命名空间',
  '入口点',
  'run',
  '使用',
  '和',
  '的',
  '。',
  '，',
  ' ',
  '\n',
  '\n\n',
  '## ',
  '# ',
  '> ',
  '- ',
  '`',
  '**',
  '_',
  '$',
  '-',
  '=',
  '.',
  '/',
  '[',
  ']',
  '(https://x.io/RUN)',
  'docker run',
  ':term[RUN]',
  ':term[入口]',
  ':term[镜像]{id=image}',
  ':::tip[RUN]\n',
  '\n:::\n',
  '```dockerfile\nRUN x\nCMD y\n```\n',
  '<br/>',
  '[ref]',
  '\n[ref]: https://a.b/ENV\n',
  '| RUN | CMD |\n| --- | --- |\n| ENV | x |\n',
];
const soup = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''));
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkFrontmatter);
const transformer = unified().use(remarkGlossary, {glossary});

/** The code inside <GlossaryCode> counts; its hidden keyword links do not (the theme never renders them). */
function visible(node: Nodes): Nodes {
  if (node.type === 'mdxJsxFlowElement' && node.name === 'GlossaryCode') return node.children[0] as Nodes;
  if (!('children' in node)) return node;
  return {...node, children: (node.children as Nodes[]).map(visible)} as Nodes;
}

function textOf(tree: Root): string {
  return toString(visible(tree), {includeHtml: true});
}

function nestedLink(node: Nodes, insideLink = false): boolean {
  const isLink = node.type === 'link' || node.type === 'linkReference';
  if (isLink && insideLink) return true;
  return 'children' in node && (node.children as Nodes[]).some((c) => nestedLink(c, insideLink || isLink));
}

describe('remark-glossary properties', () => {
  test.each([
    'docs/06-dockerfile/page.md',
    'versioned_docs/version-1.0/06-dockerfile/page.md',
    'docs/glossary/dockerfile/run.md',
  ])('never throws, keeps the text, never nests links (%s)', async (page) => {
    await fc.assert(
      fc.asyncProperty(soup, async (value) => {
        const tree = parser.parse(value) as Root;
        const before = textOf(tree);
        const file = new VFile({value, path: path.join(siteDir, page)});
        const after = (await transformer.run(structuredClone(tree), file)) as Root;
        // Imports of the components the page now uses come first; the term page's "used on" list last.
        const content = after.children.filter((n) => n.type !== 'mdxjsEsm');
        const generated = page.includes('glossary/') ? content.slice(0, tree.children.length) : content;
        expect(textOf({type: 'root', children: generated})).toBe(before);
        expect(nestedLink(after)).toBe(false);
      }),
      {numRuns: 300},
    );
  });
});
