/**
 * Hostile content stays text: compile with the plugin, run the MDX with
 * stand-in components, render to HTML, and look for elements that must not
 * be there. (The browser test proves the same against the real build.)
 */
import fs from 'node:fs';
import path from 'node:path';
import React from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {evaluate} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type {Root} from 'mdast';
import remarkShellTranscript from '../transform';
import {parseSteps} from '../theme/ShellTranscript/steps';

const h = React.createElement;
type Props = Record<string, unknown> & {children?: React.ReactNode};
// Stand-ins with the real components' contract: labels and steps are plain strings.
// A stand-in with the real component's contract (commands and steps are plain strings, rendered as text).
const components = {
  ShellTranscript: ({commands, steps}: Props) =>
    h(
      'div',
      {className: 'tabs'},
      h('section', {'data-value': 'command'}, h('pre', null, h('code', null, String(commands)))),
      h(
        'section',
        {'data-value': 'output'},
        h(
          'pre',
          null,
          parseSteps(steps).map((s, i) =>
            h('span', {key: i}, h('i', null, s.prompt), h('b', null, s.command), h('samp', null, s.output)),
          ),
        ),
      ),
    ),
};

/** `evaluate` cannot resolve theme modules: the stand-in above replaces the injected import. */
const dropThemeImports = () => (tree: Root) => {
  tree.children = tree.children.filter((n) => !(n.type === 'mdxjsEsm' && n.value.includes('@theme/')));
};

async function render(markdown: string): Promise<string> {
  const {default: Content} = await evaluate(markdown, {
    ...(runtime as unknown as Record<string, unknown>),
    remarkPlugins: [
      remarkGfm,
      remarkDirective,
      [remarkShellTranscript, {onInvalidTranscript: 'ignore'}],
      dropThemeImports,
    ],
  } as never);
  return renderToStaticMarkup(h(Content as React.ComponentType<{components: unknown}>, {components}));
}

const hostile = fs.readFileSync(
  path.join(process.cwd(), 'plugins/shell-transcript/src/__tests__/__fixtures__/hostile-content/input.md'),
  'utf8',
);

test('closing tags and script elements in commands and output are text', async () => {
  const html = await render(hostile);
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('&lt;/TabItem&gt;&lt;/Tabs&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  // Both tabs are present, in order.
  expect(html.indexOf('data-value="command"')).toBeLessThan(html.indexOf('data-value="output"'));
});

test('JS syntax stays text: ${x}, backticks, braces, import/export lines', async () => {
  const html = await render(
    '```console\n$ echo "${x}" `id` {props.y} {/* c */}\n${x} `id` {props.y}\n$ echo \'export const a = 1\'\nexport const a = 1\n```\n',
  );
  expect(html).toContain('echo &quot;${x}&quot; `id` {props.y} {/* c */}');
  expect(html).toContain('<samp>${x} `id` {props.y}</samp>');
  expect(html).toContain('<samp>export const a = 1</samp>');
});

test('a fence inside a four-backtick block survives in both tabs', async () => {
  const html = await render(hostile);
  expect(html).toContain('echo &#x27;```&#x27;');
  expect(html).toContain('<samp>```</samp>');
});
