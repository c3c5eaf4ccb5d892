/**
 * Fixture tests: one folder per behaviour in __fixtures__/, each with input.md,
 * optional meta.json ({path, options, error}) and the expected output.md (or
 * error.txt). Regenerate with UPDATE=1 and review the diff.
 *
 * Markdown has no syntax for a node's `data.hProperties`, which is how a term
 * link carries its term and definition; so that the fixtures show them, each
 * such link is printed inside `<hProperties …>` with those properties as
 * attributes. The build never sees this wrapper.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import {compile} from '@mdx-js/mdx';
import {VFile} from 'vfile';
import type {Link, Parent, Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Options} from '../index';
import {remarkGlossary} from '../remark';
import {fixtureGlossary, siteDir} from './helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '__fixtures__');
const update = process.env.UPDATE === '1';

interface Meta {
  path?: string;
  options?: Options;
  error?: boolean;
}

/** Prints each link's hProperties (see the header). */
function showLinkProperties() {
  const show = (parent: Parent): void => {
    parent.children.forEach((child, i) => {
      const properties = child.type === 'link' ? (child as Link).data?.hProperties : undefined;
      if (properties) {
        const element: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'hProperties',
          attributes: Object.entries(properties).map(([name, value]) => ({
            type: 'mdxJsxAttribute',
            name,
            value: String(value),
          })),
          children: [child as Link],
        };
        parent.children[i] = element as Parent['children'][number];
      } else if ('children' in child) show(child as Parent);
    });
  };
  return (tree: Root) => show(tree);
}

export async function transform(value: string, filePath: string, options: Options = {}): Promise<string> {
  const locale = /^i18n\/([^/]+)\//.exec(filePath)?.[1] ?? 'zh-Hans';
  const glossary = fixtureGlossary(options, locale);
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkFrontmatter)
    .use(remarkGlossary, {glossary})
    .use(showLinkProperties)
    .use(remarkStringify);
  const file = new VFile({value, path: path.join(siteDir, filePath)});
  return String(await processor.process(file));
}

const cases = fs
  .readdirSync(fixtures)
  .filter((name) => !name.startsWith('_') && fs.statSync(path.join(fixtures, name)).isDirectory())
  .sort();

describe('remark-glossary fixtures', () => {
  test.each(cases)('%s', async (name) => {
    const dir = path.join(fixtures, name);
    const input = fs.readFileSync(path.join(dir, 'input.md'), 'utf8');
    const metaFile = path.join(dir, 'meta.json');
    const meta: Meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};
    const filePath = meta.path ?? 'docs/06-dockerfile/page.md';

    if (meta.error) {
      const error = await transform(input, filePath, meta.options).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error).toBeInstanceOf(Error);
      const expectedFile = path.join(dir, 'error.txt');
      if (update || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, `${error!.message}\n`);
      expect(`${error!.message}\n`).toBe(fs.readFileSync(expectedFile, 'utf8'));
      return;
    }

    const output = await transform(input, filePath, meta.options);
    const expectedFile = path.join(dir, 'output.md');
    if (update || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, output);
    expect(output).toBe(fs.readFileSync(expectedFile, 'utf8'));
    // Whatever we emit must still be valid MDX.
    await expect(
      compile(output, {remarkPlugins: [remarkGfm, remarkDirective, remarkFrontmatter]}),
    ).resolves.toBeTruthy();
  });
});

describe('what MDX makes of a term link', () => {
  test('the link reaches the page component as the Markdown `a` with both marks as string props', async () => {
    const glossary = fixtureGlossary();
    const file = new VFile({
      value: '使用ENTRYPOINT启动主进程。\n',
      path: path.join(siteDir, 'docs/06-dockerfile/page.md'),
    });
    const js = String(
      await compile(file, {
        remarkPlugins: [remarkGfm, remarkDirective, remarkFrontmatter, [remarkGlossary, {glossary}]],
      }),
    );
    // `_components.a` is what the theme's MDXComponents/A wrapper receives.
    expect(js).toMatch(/_jsx\(_components\.a, \{\s*href: "[^"]*entrypoint\.md",\s*"data-glossary-term": "ENTRYPOINT",/);
    expect(js).toContain('"data-glossary-short": "容器启动时执行的主程序。"');
    // No element of our own around it, and so no import for one.
    expect(js).not.toContain('GlossaryTerm');
  });
});
