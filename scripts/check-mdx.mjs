#!/usr/bin/env node
// Quick MDX syntax check without a full site build: compiles each given .md/.mdx
// file the way Docusaurus parses docs (MDX + GFM + directives + front matter) and
// prints file:line:column for the first error in each. Usage:
//   node scripts/check-mdx.mjs docs/04-networking/*.md
import {readFile} from 'node:fs/promises';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const value = await readFile(file, 'utf8');
  try {
    await compile({value, path: file}, {remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective]});
  } catch (error) {
    failed += 1;
    const place = error.place?.start ?? error.place ?? {};
    console.error(`${file}:${place.line ?? '?'}:${place.column ?? '?'}  ${error.reason ?? error.message}`);
  }
}
console.log(failed ? `${failed} file(s) with MDX errors` : 'MDX ok');
process.exit(failed ? 1 : 0);
