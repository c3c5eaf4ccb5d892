/**
 * Glossary components rendered with react-dom/server: the tooltip link works
 * without JavaScript (the tooltip itself mounts on the client), the code-block
 * data is read defensively.
 */
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import GlossaryTerm from '../theme/GlossaryTerm';
import GlossaryCode, {parseTerms} from '../theme/GlossaryCode';
import GlossaryA from '../theme/MDXComponents/A';
import {TERM_LINK_ATTRIBUTES} from '../transform';

test('server HTML holds only the link; term and definition are text', () => {
  const html = renderToStaticMarkup(
    createElement(GlossaryTerm, {term: 'RUN', short: '<b>x</b>'}, createElement('a', {href: '/docs/g/run'}, 'RUN')),
  );
  expect(html).toBe('<span class="root"><a href="/docs/g/run">RUN</a></span>');
});

test('the code-block terms attribute: valid entries kept, anything else ignored', () => {
  const map = parseTerms(
    JSON.stringify({RUN: {term: 'RUN', short: 's', href: '/r'}, CMD: {term: 'CMD', short: 1}, X: null}),
  );
  expect([...map]).toEqual([['RUN', {term: 'RUN', short: 's', href: '/r'}]]);
  expect(parseTerms('{oops').size).toBe(0);
  expect(parseTerms('[1]').size).toBe(0);
  expect(parseTerms(undefined).size).toBe(0);
});

test('GlossaryCode renders its code child unchanged', () => {
  const html = renderToStaticMarkup(createElement(GlossaryCode, {terms: '{}'}, createElement('pre', null, 'RUN x')));
  expect(html).toBe('<pre>RUN x</pre>');
});

test('a link the remark plugin marked renders inside GlossaryTerm, without its marks', () => {
  const marked = {
    href: '/docs/g/run',
    [TERM_LINK_ATTRIBUTES.term]: 'RUN',
    [TERM_LINK_ATTRIBUTES.short]: 'Runs a command <script>',
  };
  const html = renderToStaticMarkup(createElement(GlossaryA, marked, 'RUN'));
  // Server HTML: the link alone, in the tooltip's wrapper; the definition is not in it.
  expect(html).toBe('<span class="root"><a href="/docs/g/run">RUN</a></span>');
});

test('any other link renders unchanged', () => {
  const html = renderToStaticMarkup(createElement(GlossaryA, {href: 'https://example.com', title: 't'}, 'x'));
  expect(html).toBe('<a href="https://example.com" title="t">x</a>');
  // Half a mark (or a non-string one) is not a term link.
  const half = renderToStaticMarkup(createElement(GlossaryA, {href: '/a', [TERM_LINK_ATTRIBUTES.term]: 'RUN'}, 'x'));
  expect(half).toBe('<a href="/a">x</a>');
});
