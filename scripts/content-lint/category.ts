/**
 * Sidebar labels that do not come from a page: `_category_.{json,yml,yaml}`
 * files (read by the docs plugin with js-yaml, which has no code-running tags)
 * and folder names, which become category labels when no category file names
 * one. Both are plain text.
 */
import {load} from 'js-yaml';
import {hasMarkup} from './rules/labels';
import type {ScopedFile} from './scope';
import type {Finding} from './types';

/** Characters that make a folder name markup (or an attribute breaker) when shown as a label. */
const UNSAFE_NAME = /[<>&"'`]/u;

export function checkCategoryFile(file: string, source: string): Finding[] {
  const finding = (line: number, message: string): Finding => ({
    file,
    line,
    column: 1,
    rule: 'security-markup-label',
    message,
    severity: 'error',
  });
  let data: unknown;
  try {
    data = load(source);
  } catch {
    return []; // the build reports an unreadable category file itself, with its path
  }
  if (!data || typeof data !== 'object') return [];
  const lines = source.split('\n');
  const findings: Finding[] = [];
  for (const key of ['label', 'description']) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value === 'string' && hasMarkup(value)) {
      const index = lines.findIndex((line) => new RegExp(`^\\s*"?${key}"?\\s*:`, 'u').test(line));
      findings.push(finding(index + 1 || 1, `Markup in the category \`${key}\`: sidebar labels are plain text`));
    }
  }
  return findings;
}

/** Folders under docs content folders whose names would be markup as a category label, once each. */
export function checkFolderNames(files: readonly ScopedFile[]): Finding[] {
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const scoped of files) {
    if (scoped.dir.kind !== 'docs') continue;
    const folders = scoped.docPath.split('/').slice(0, -1);
    folders.forEach((name, i) => {
      const folder = `${scoped.dir.dir}/${folders.slice(0, i + 1).join('/')}`;
      if (!UNSAFE_NAME.test(name) || reported.has(folder)) return;
      reported.add(folder);
      findings.push({
        file: folder,
        line: 1,
        column: 1,
        rule: 'security-markup-label',
        message: `Folder name "${name}" becomes a sidebar label: rename it without < > & " ' or \``,
        severity: 'error',
      });
    });
  }
  return findings;
}
