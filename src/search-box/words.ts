import fs from 'node:fs';

/** How often jieba takes a listed word to occur: high enough that it is cut as one word. */
const WORD_FREQUENCY = 10000;

/**
 * The words of an index-words file (one per line, `#` comments) as a jieba user
 * dictionary, for the search package's `zhUserDict` option. Fails naming the
 * file and line of a line that is not one word.
 */
export function loadIndexWords(file: string): string {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const words: string[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (/\s/.test(line)) {
      throw new Error(`${file}:${i + 1}:1: "${line}" is not one word. Write one word per line, without spaces.`);
    }
    words.push(line);
  });
  return words.map((w) => `${w} ${WORD_FREQUENCY}`).join('\n');
}
