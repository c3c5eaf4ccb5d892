/**
 * `security-invisible`: bidirectional controls (U+202A-U+202E, U+2066-U+2069)
 * and other invisible format characters (Unicode category Cf: zero-width
 * spaces and joiners, word joiner, soft hyphen, ...) anywhere in a page. They
 * make what a reader copies differ from what they see ("Trojan Source"). The
 * check is on characters, so it reads the file as written, not the tree.
 */
import type {Point} from 'unist';
import {codePointLabel, INVISIBLE} from '../../content-guard/visible';

export {codePointLabel};
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

export interface InvisibleCharacter {
  point: Point;
  message: string;
}

/** Every invisible format character of a file with its line and column (a leading BOM excepted). */
export function findInvisibleCharacters(source: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(INVISIBLE)) {
      if (index === 0 && match.index === 0 && match[0] === '\uFEFF') continue;
      const code = match[0].codePointAt(0) ?? 0;
      const label = codePointLabel(match[0]);
      const name = NAMES[code] ? ` ${NAMES[code]}` : '';
      const kind = BIDI.test(match[0]) ? 'Bidirectional control' : 'Invisible character';
      // Columns count UTF-16 units, like the positions of the Markdown tree.
      found.push({
        point: {line: index + 1, column: match.index + 1},
        message: `${kind} ${label}${name}: what a reader copies would differ from what they see. Remove it (to show the character itself, write its name, e.g. \`${label}\`)`,
      });
    }
  });
  return found;
}
