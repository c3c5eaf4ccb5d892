/**
 * The pipeline the tests run Markdown through: Docusaurus's syntax (MDX,
 * GFM, directives, front matter), our plugin, then MDX serialization.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import {compile} from '@mdx-js/mdx';
import {VFile} from 'vfile';
import remarkShellTranscript from '../transform';
import type {Options} from '../options';

export function processor(options?: Options) {
  return (
    unified()
      .use(remarkParse)
      // quoteSmart: the JSON of the `steps` attribute reads better in single quotes.
      .use(remarkMdx, {quoteSmart: true})
      .use(remarkFrontmatter)
      .use(remarkGfm)
      .use(remarkDirective)
      .use(remarkShellTranscript, options)
      .use(remarkStringify, {fences: true})
  );
}

export async function transform(value: string, options?: Options, path = 'docs/page.md'): Promise<VFile> {
  return processor(options).process(new VFile({value, path}));
}

/** Compiles MDX the way Docusaurus parses docs; with `withPlugin`, our plugin runs too. */
export async function compileMdx(value: string, withPlugin: boolean, options?: Options): Promise<string> {
  const remarkPlugins = [remarkFrontmatter, remarkGfm, remarkDirective] as never[];
  if (withPlugin) remarkPlugins.push([remarkShellTranscript, options ?? {onInvalidTranscript: 'ignore'}] as never);
  return String(await compile({value, path: 'docs/page.md'}, {remarkPlugins, providerImportSource: '@mdx-js/react'}));
}
