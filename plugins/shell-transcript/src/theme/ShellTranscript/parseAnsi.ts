/**
 * ANSI escape parsing for terminal output: splits text into runs that share
 * one SGR style (colours, bold, …). Pure and dependency-free so the theme
 * component can use it in the browser and during server rendering.
 *
 * Every escape sequence (CSI, OSC, two-byte ESC sequences) is removed; every
 * other character is kept, in order: the concatenated `text` of the segments
 * equals the input minus its escape sequences.
 */

/** One of the 16 terminal colours by name, or a `#rrggbb` hex colour (256-colour and true-colour codes). */
export type AnsiColor = string;

export interface AnsiStyle {
  fg?: AnsiColor;
  bg?: AnsiColor;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  strike?: boolean;
}

export interface AnsiSegment {
  text: string;
  style: AnsiStyle;
}

export const ANSI_COLOR_NAMES = [
  'black',
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
  'bright-black',
  'bright-red',
  'bright-green',
  'bright-yellow',
  'bright-blue',
  'bright-magenta',
  'bright-cyan',
  'bright-white',
] as const;

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
const rgb = (r: number, g: number, b: number): string => `#${hex2(r)}${hex2(g)}${hex2(b)}`;

/** xterm's 256-colour palette: 0–15 are the named colours, then a 6×6×6 cube and a grey ramp. */
export function color256(n: number): AnsiColor {
  if (n < 16) return ANSI_COLOR_NAMES[n];
  if (n < 232) {
    const i = n - 16;
    const level = (v: number): number => (v === 0 ? 0 : 55 + v * 40);
    return rgb(level(Math.floor(i / 36)), level(Math.floor(i / 6) % 6), level(i % 6));
  }
  const grey = 8 + (n - 232) * 10;
  return rgb(grey, grey, grey);
}

const ESC = '\u001b';
// CSI: ESC [ parameters intermediates final; OSC: ESC ] … BEL or ESC \;
// other: ESC intermediates final (charset selection, keypad modes, …). An
// unfinished `ESC [` or `ESC ]` is not a sequence: its bracket stays text.
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const SEQUENCE = /\u001b(?:\[([0-?]*)[ -/]*([@-~])|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[ -/]*[0-Z\\^-~])/g;

function applySgr(style: AnsiStyle, params: string): AnsiStyle {
  const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  let next: AnsiStyle = {...style};
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k];
    if (c === 0) next = {};
    else if (c === 1) next.bold = true;
    else if (c === 2) next.dim = true;
    else if (c === 3) next.italic = true;
    else if (c === 4) next.underline = true;
    else if (c === 7) next.inverse = true;
    else if (c === 9) next.strike = true;
    else if (c === 21 || c === 22) {
      delete next.bold;
      delete next.dim;
    } else if (c === 23) delete next.italic;
    else if (c === 24) delete next.underline;
    else if (c === 27) delete next.inverse;
    else if (c === 29) delete next.strike;
    else if (c >= 30 && c <= 37) next.fg = ANSI_COLOR_NAMES[c - 30];
    else if (c >= 90 && c <= 97) next.fg = ANSI_COLOR_NAMES[c - 90 + 8];
    else if (c >= 40 && c <= 47) next.bg = ANSI_COLOR_NAMES[c - 40];
    else if (c >= 100 && c <= 107) next.bg = ANSI_COLOR_NAMES[c - 100 + 8];
    else if (c === 39) delete next.fg;
    else if (c === 49) delete next.bg;
    else if (c === 38 || c === 48) {
      const key = c === 38 ? 'fg' : 'bg';
      if (codes[k + 1] === 5 && k + 2 < codes.length) {
        const n = codes[k + 2];
        if (Number.isInteger(n) && n >= 0 && n <= 255) next[key] = color256(n);
        k += 2;
      } else if (codes[k + 1] === 2 && k + 4 < codes.length) {
        const [r, g, b] = codes.slice(k + 2, k + 5);
        if ([r, g, b].every((v) => Number.isInteger(v) && v >= 0 && v <= 255)) next[key] = rgb(r, g, b);
        k += 4;
      } else {
        break; // malformed extended colour: ignore the rest of this sequence
      }
    }
    // Other codes (blink, fonts, …) have no visual meaning here.
  }
  return next;
}

/** Splits terminal output into styled runs; empty runs are omitted. */
export function parseAnsi(input: string): AnsiSegment[] {
  const segments: AnsiSegment[] = [];
  if (!input.includes(ESC)) return input ? [{text: input, style: {}}] : [];
  let style: AnsiStyle = {};
  let last = 0;
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(input); m; m = SEQUENCE.exec(input)) {
    if (m.index > last) push(segments, input.slice(last, m.index), style);
    if (m[2] === 'm') style = applySgr(style, m[1]);
    last = SEQUENCE.lastIndex;
  }
  if (last < input.length) push(segments, input.slice(last), style);
  return segments;
}

function push(segments: AnsiSegment[], text: string, style: AnsiStyle): void {
  const prev = segments[segments.length - 1];
  if (prev && sameStyle(prev.style, style)) prev.text += text;
  else segments.push({text, style});
}

function sameStyle(a: AnsiStyle, b: AnsiStyle): boolean {
  const ka = Object.keys(a) as (keyof AnsiStyle)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** The input with every escape sequence removed (what a reader sees, minus colours). */
export function stripAnsi(input: string): string {
  return input.includes(ESC) ? input.replace(SEQUENCE, '') : input;
}
