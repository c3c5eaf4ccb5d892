/**
 * The Chinese word list the engine cuts a query with, narrowed to each query.
 *
 * The engine (@easyops-cn/docusaurus-search-local) cuts a run of Chinese
 * characters into every sequence of indexed words it can (cutZhWords), and at
 * every step of that recursion it scans the whole word list: several thousand
 * words, for a question that has hundreds of readings. Only words whose first
 * character is the next character of the run can match at a step, so a list
 * holding just the words that start with a character of the query gives the
 * same readings, in the same order, at a small part of the cost.
 */
export class ZhDictionary {
  /**
   * Words by first UTF-16 unit (the engine compares units, and a run may be cut
   * in the middle of a surrogate pair), each list in the order of the full list.
   */
  private readonly byFirst = new Map<string, string[]>();
  readonly size: number;

  constructor(words: Iterable<string>) {
    let size = 0;
    for (const word of words) {
      if (!word) continue;
      const first = word[0];
      const list = this.byFirst.get(first);
      if (list) list.push(word);
      else this.byFirst.set(first, [word]);
      size += 1;
    }
    this.size = size;
  }

  /**
   * The words that can start at some character of the tokens. Lists of
   * different first characters never compete at one step of the cut, so their
   * order among each other does not matter; within a list it is kept.
   */
  wordsFor(tokens: readonly string[]): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const token of tokens) {
      for (let i = 0; i < token.length; i++) {
        const char = token[i];
        if (seen.has(char)) continue;
        seen.add(char);
        const list = this.byFirst.get(char);
        if (list) for (const word of list) out.push(word);
      }
    }
    return out;
  }
}
