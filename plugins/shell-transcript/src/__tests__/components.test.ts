/**
 * The output-tab components rendered to HTML with react-dom/server: steps,
 * comments and setup lines, ANSI colours, and author text as text.
 */
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import ShellTranscriptOutput from '../theme/ShellTranscript/Output';
import {serializeSteps} from '../shared';

const render = (steps: Parameters<typeof serializeSteps>[0]) =>
  renderToStaticMarkup(createElement(ShellTranscriptOutput, {steps: serializeSteps(steps)}));

test('a step: prompt hidden from screen readers, command, output', () => {
  const html = render([{prompt: '$', command: 'docker ps', output: 'CONTAINER ID'}]);
  expect(html).toContain('<span class="prompt" aria-hidden="true" data-prompt="$">$ </span>');
  expect(html).toContain('<span class="command">docker ps</span>');
  expect(html).toContain('CONTAINER ID');
  expect(html).toMatch(/^<pre class="output" tabindex="0"><code class="code">/);
});

test('comments are shown as comments, setup lines without a prompt', () => {
  const html = render([
    {prompt: '', command: '# 先看一下', output: '', kind: 'comment'},
    {prompt: '', command: 'export A=1', output: ''},
  ]);
  expect(html).toContain('data-kind="comment"');
  expect(html).toContain('# 先看一下');
  expect(html).not.toContain('data-prompt=""');
  expect(html).toContain('<span class="command">export A=1</span>');
});

test('ANSI colours become classes; escapes are never shown', () => {
  const html = render([{prompt: '$', command: 'ls', output: '\u001b[1;34mdir\u001b[0m file'}]);
  expect(html).toContain('<span class="fgBlue bold">dir</span> file');
  expect(html).not.toContain('\u001b');
});

test('author text is text: markup and a bad steps attribute render nothing executable', () => {
  const html = render([{prompt: '$', command: '<img src=x onerror=alert(1)>', output: '</code><script>x</script>'}]);
  expect(html).not.toMatch(/<img|<script/);
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(renderToStaticMarkup(createElement(ShellTranscriptOutput, {steps: 'not json'}))).toBe(
    '<pre class="output" tabindex="0"><code class="code"></code></pre>',
  );
});

test('invisible format characters are shown (and so copied) as <U+XXXX>', () => {
  const html = render([{prompt: '$', command: 'echo "admin\u202e \u2066x"', output: 'a\u200bb'}]);
  expect(html).toContain('echo &quot;admin&lt;U+202E&gt; &lt;U+2066&gt;x&quot;');
  expect(html).toContain('a&lt;U+200B&gt;b');
  expect(html).not.toMatch(/[\u202e\u2066\u200b]/);
});
