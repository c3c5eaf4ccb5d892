/**
 * Queries typed in Traditional Chinese (readers in Taiwan and Hong Kong). The
 * pages are in Simplified Chinese, so 記憶體 or 叢集 shares no word with them;
 * OpenCC's Taiwan-phrases-to-mainland conversion reads them as 内存 and 集群.
 * It only runs on a query holding a Traditional-only character: the phrase
 * tables also rewrite words both scripts write alike (程式), and a reader of
 * Simplified Chinese gets what they typed.
 */
import {ConverterFactory} from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import fromTaiwanPhrases from 'opencc-js/from/twp';
import toMainland from 'opencc-js/to/cn';

export type Simplify = (text: string) => string;

export function createSimplify(): Simplify {
  const characters = ConverterFactory([[TSCharacters]]);
  const phrases = ConverterFactory(fromTaiwanPhrases, toMainland);
  return (text) => (characters(text) === text ? text : phrases(text));
}
