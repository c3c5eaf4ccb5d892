import {parseAnsi, stripAnsi, color256} from '../theme/ShellTranscript/parseAnsi';

const E = '\u001b';

describe('parseAnsi', () => {
  test.each([
    ['plain text is one unstyled run', 'hello', [{text: 'hello', style: {}}]],
    ['empty input has no runs', '', []],
    [
      'foreground colour and reset',
      `${E}[32mok${E}[0m done`,
      [
        {text: 'ok', style: {fg: 'green'}},
        {text: ' done', style: {}},
      ],
    ],
    ['bold and bright colour combined', `${E}[1;91mERR${E}[m`, [{text: 'ERR', style: {bold: true, fg: 'bright-red'}}]],
    ['background colours', `${E}[44;97m x ${E}[49m`, [{text: ' x ', style: {bg: 'blue', fg: 'bright-white'}}]],
    [
      '256 colours',
      `${E}[38;5;196mred${E}[38;5;2mgreen`,
      [
        {text: 'red', style: {fg: '#ff0000'}},
        {text: 'green', style: {fg: 'green'}},
      ],
    ],
    ['true colour', `${E}[48;2;1;2;3mx`, [{text: 'x', style: {bg: '#010203'}}]],
    [
      'default fg resets only fg',
      `${E}[1;31ma${E}[39mb`,
      [
        {text: 'a', style: {bold: true, fg: 'red'}},
        {text: 'b', style: {bold: true}},
      ],
    ],
    [
      '22 clears bold',
      `${E}[1ma${E}[22mb`,
      [
        {text: 'a', style: {bold: true}},
        {text: 'b', style: {}},
      ],
    ],
    ['non-SGR CSI is removed', `a${E}[2Kb${E}[1Ac`, [{text: 'abc', style: {}}]],
    ['OSC title is removed', `${E}]0;title\u0007prompt`, [{text: 'prompt', style: {}}]],
    ['OSC with ST is removed', `${E}]8;;http://x${E}\\link${E}]8;;${E}\\`, [{text: 'link', style: {}}]],
    ['charset selection is removed', `${E}(Bx`, [{text: 'x', style: {}}]],
    ['an unfinished CSI keeps its bracket', `x${E}[`, [{text: `x${E}[`, style: {}}]],
    ['a lone ESC at the end is kept', `x${E}`, [{text: `x${E}`, style: {}}]],
    ['HTML stays text', `${E}[31m<script>alert(1)</script>`, [{text: '<script>alert(1)</script>', style: {fg: 'red'}}]],
  ])('%s', (_name, input, expected) => {
    expect(parseAnsi(input)).toEqual(expected);
  });

  test('the runs hold every character except the escape sequences', () => {
    const input = `${E}[1m  bold\t${E}[0m\n${E}[33m<none>${E}[0m {{.Name}} ${E}[K`;
    expect(
      parseAnsi(input)
        .map((s) => s.text)
        .join(''),
    ).toBe(stripAnsi(input));
    expect(stripAnsi(input)).toBe('  bold\t\n<none> {{.Name}} ');
  });
});

test('color256 maps the cube and the grey ramp', () => {
  expect(color256(1)).toBe('red');
  expect(color256(16)).toBe('#000000');
  expect(color256(231)).toBe('#ffffff');
  expect(color256(232)).toBe('#080808');
  expect(color256(255)).toBe('#eeeeee');
});
