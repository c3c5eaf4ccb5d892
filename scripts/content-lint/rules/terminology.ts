/**
 * `terminology`: the words of the writing guide's table
 * (docs/contributing/writing-guide.md). Two checks on prose (never code):
 * words the table replaces (宿主机器 → 主机, 数据卷 → 存储卷, 本书 → 这套笔记,
 * and 原笔记, which readers have never seen), and a Chinese term glossed with
 * the English of another one (仓库（registry） is a 镜像仓库). Exceptions are
 * listed per file in `../terminology-allow.ts`.
 */
import {visit} from 'unist-util-visit';
import {TERMINOLOGY_EXCEPTIONS, type TerminologyException} from '../terminology-allow';
import type {Rule} from '../types';

export interface TermProblem {
  /** The word or gloss as found; what an exception names. */
  term: string;
  /** 0-based offset in the text. */
  index: number;
  message: string;
}

/** Words the table replaces, with what to write instead. */
export const REPLACED_WORDS: ReadonlyArray<{word: string; instead: string}> = [
  {word: '宿主机器', instead: '写“主机”（与容器对照时可写“宿主机”）'},
  {word: '数据卷', instead: '写“存储卷”或“卷”'},
  {word: '本书', instead: '这里是一套笔记，写“这套笔记”'},
  {word: '本教程', instead: '这里是一套笔记，写“这套笔记”'},
  {word: '原笔记', instead: '读者没见过那份笔记：直接讲错误本身，例如写成“常见误区”提示框'},
];

/** English words of the table and the Chinese term each must be glossed with. */
const GLOSSES: ReadonlyArray<{english: string; ok: (chinese: string) => boolean; term: string}> = [
  {english: 'registry', ok: (zh) => zh.endsWith('镜像仓库'), term: '镜像仓库'},
  {english: 'repository', ok: (zh) => zh.endsWith('仓库') && !zh.endsWith('镜像仓库'), term: '仓库'},
  {english: 'volume', ok: (zh) => zh.endsWith('存储卷'), term: '存储卷'},
  {english: 'host', ok: (zh) => zh.endsWith('主机') && !zh.endsWith('宿主机器'), term: '主机'},
];

/** Chinese words a glossed term may end with, longest first. */
const TERM_ENDINGS = ['宿主机器', '镜像仓库', '存储卷', '宿主机', '仓库', '主机', '卷'];

const GLOSS = /(\p{Script=Han}+)[（(]\s*(registry|repository|volume|host)\s*[)）]/giu;

/** Terminology problems in one piece of prose. Pure. */
export function findTermProblems(text: string): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const {word, instead} of REPLACED_WORDS) {
    for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + word.length)) {
      problems.push({term: word, index, message: `“${word}”: ${instead}`});
    }
  }
  for (const match of text.matchAll(GLOSS)) {
    const [whole, chinese, english] = match;
    const gloss = GLOSSES.find((entry) => entry.english === english.toLowerCase());
    if (!gloss || gloss.ok(chinese)) continue;
    // Report the gloss from the term it ends with, not from the start of the sentence.
    const ending = TERM_ENDINGS.find((term) => chinese.endsWith(term)) ?? chinese.slice(-2);
    const shown = whole.slice(chinese.length - ending.length);
    problems.push({
      term: shown,
      index: match.index + whole.length - shown.length,
      message: `“${shown}”: ${english} is “${gloss.term}” in the writing guide's table`,
    });
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** The rule with a given exception list (the default list is `TERMINOLOGY_EXCEPTIONS`). */
export function createTerminologyRule(exceptions: readonly TerminologyException[]): Rule {
  return (context) => {
    const allowed = new Set(exceptions.filter((entry) => entry.file === context.page.file).map((entry) => entry.term));
    visit(context.tree, 'text', (node) => {
      const start = node.position?.start;
      if (!start) return;
      for (const problem of findTermProblems(node.value)) {
        if (allowed.has(problem.term)) continue;
        const before = node.value.slice(0, problem.index);
        const lines = before.split('\n');
        const line = start.line + lines.length - 1;
        const column = (lines.length === 1 ? start.column : 1) + lines[lines.length - 1].length;
        context.report('terminology', problem.message, {line, column});
      }
    });
  };
}

export const terminologyRule: Rule = createTerminologyRule(TERMINOLOGY_EXCEPTIONS);
