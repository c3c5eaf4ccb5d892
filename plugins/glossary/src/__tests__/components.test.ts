/**
 * Glossary components rendered with react-dom/server: the tooltip link works
 * without JavaScript (the tooltip itself mounts on the client), the code-block
 * data is read defensively.
 */
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import GlossaryTerm from '../theme/GlossaryTerm';
import GlossaryCode, {parseTerms} from '../theme/GlossaryCode';

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
