import fc from 'fast-check';
import {cutZhWords} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/cutZhWords';
import {ZhDictionary} from '../../src/search-box/dictionary';

// Few characters, so that words share first characters and prefixes; one
// outside the Basic Multilingual Plane (a surrogate pair) among them.
const char = fc.constantFrom('容', '器', '镜', '像', '仓', '库', '加', '速', '𠀋');
const word = fc.array(char, {minLength: 1, maxLength: 4}).map((cs) => cs.join(''));

describe('ZhDictionary', () => {
  it('cuts a run into the same readings, in the same order, as the whole word list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, {maxLength: 40}), fc.array(char, {minLength: 1, maxLength: 7}), (words, cs) => {
        const token = cs.join('');
        expect(cutZhWords(token, new ZhDictionary(words).wordsFor([token]))).toEqual(cutZhWords(token, words));
      }),
      {numRuns: 500},
    );
  });

  it('keeps only words that start with a character of the query, in list order', () => {
    const dictionary = new ZhDictionary(['镜像', '容器', '镜像加速', '仓库', '容']);
    expect(dictionary.size).toBe(5);
    expect(dictionary.wordsFor(['容器镜像'])).toEqual(['容器', '容', '镜像', '镜像加速']);
    expect(dictionary.wordsFor(['网络'])).toEqual([]);
  });
});
