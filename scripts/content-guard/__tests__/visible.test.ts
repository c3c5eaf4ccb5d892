import {showInvisible} from '../visible';

describe('showInvisible', () => {
  it('shows bidi controls and zero-width characters as <U+XXXX>, like GitHub', () => {
    expect(showInvisible('rm -rf ./build \u202e; echo safe\u202c')).toBe('rm -rf ./build <U+202E>; echo safe<U+202C>');
    expect(showInvisible('ls\u2066 -la\u2069 docker\u200bps')).toBe('ls<U+2066> -la<U+2069> docker<U+200B>ps');
  });

  it('leaves every other character alone (CJK, emoji, tabs, ANSI escapes)', () => {
    const text = '容器 \t🐳 \u001b[1m粗体\u001b[0m $ echo "<U+202E>"';
    expect(showInvisible(text)).toBe(text);
  });
});
