/**
 * `security-format`: `mdx: {format: ...}` front matter switches how the build
 * compiles a page (CommonMark passes raw HTML to the reader's browser), so only
 * pages a maintainer listed in FORMAT_SWITCH_ALLOWED may carry it. The build
 * refuses the same pages (plugins/content-guard); the lint reads an allowed
 * page in the format it asks for.
 */
import type {Yaml} from 'mdast';
import {FORMAT_SWITCH_ALLOWED} from '../../content-guard/allow';
import {frontMatterFormat} from '../../content-guard/format';
import type {Rule} from '../types';

export const formatSwitchRule: Rule = (context) => {
  const format = frontMatterFormat(context.frontMatter);
  if (format === undefined || FORMAT_SWITCH_ALLOWED.includes(context.page.file)) return;
  const yaml = context.tree.children.find((node): node is Yaml => node.type === 'yaml');
  const start = yaml?.position?.start.line ?? 1;
  const index = (yaml?.value ?? '').split('\n').findIndex((line) => line.startsWith('mdx:'));
  context.report(
    'security-format',
    `\`mdx.format: ${JSON.stringify(format)}\` switches the page out of MDX (and out of these checks): remove it; only a maintainer can allow it (plugins/content-guard/allow.ts)`,
    {line: index === -1 ? start : start + 1 + index, column: 1},
  );
};
