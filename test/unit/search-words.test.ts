import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import {loadIndexWords} from '../../src/search-box/words';
import {localSearchOptions} from '../../search.config';

const ROOT = process.cwd();
const require = createRequire(import.meta.url);
// jieba as the search package loads it; nothing in this process gives it a user dictionary.
const jieba = require('@node-rs/jieba') as {cut(text: string, hmm: boolean): string[]};

function tempFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'words-'));
  const file = path.join(dir, 'words.txt');
  fs.writeFileSync(file, text);
  return file;
}

describe('index words (search/words.txt)', () => {
  test('one word per line becomes a jieba dictionary entry; comments and blank lines are skipped', () => {
    const file = tempFile('# 注释\n回滚\n\n  拉取  \n');
    expect(loadIndexWords(file)).toBe('回滚 10000\n拉取 10000');
  });

  test('a line of two words fails naming the file and line', () => {
    const file = tempFile('回滚\n镜像 中心\n');
    expect(() => loadIndexWords(file)).toThrow(`${file}:2:1: "镜像 中心" is not one word`);
  });

  test("the site's search is built with the file's words", () => {
    expect(localSearchOptions.zhUserDict).toBe(loadIndexWords(path.join(ROOT, 'search/words.txt')));
    expect(localSearchOptions.zhUserDict).toContain('回滚 ');
  });

  test('every listed word is one jieba alone cuts into single characters (a known word would only shift its cuts)', () => {
    const words = loadIndexWords(path.join(ROOT, 'search/words.txt'))
      .split('\n')
      .map((line) => line.split(' ')[0]);
    const known = words.filter((w) => jieba.cut(w, false).some((piece) => piece.length > 1));
    expect(known).toEqual([]);
    expect(new Set(words).size).toBe(words.length);
  });
});
