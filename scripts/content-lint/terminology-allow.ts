/**
 * Places where the `terminology` rule lets a term stand. Each entry names one
 * file and one term (as listed in `rules/terminology.ts`) and says why; it is
 * reviewed like code. Keep it short: most pages should use the table's words.
 */
export interface TerminologyException {
  /** Exact file, relative to the site root. */
  file: string;
  /** The term allowed in that file, exactly as the rule reports it. */
  term: string;
  reason: string;
}

export const TERMINOLOGY_EXCEPTIONS: readonly TerminologyException[] = [
  {
    file: 'docs/contributing/writing-guide.md',
    term: '宿主机器',
    reason: 'The terminology table names the word to avoid.',
  },
  {
    file: 'docs/contributing/writing-guide.md',
    term: '数据卷',
    reason: 'The terminology table names the word to avoid.',
  },
  {
    file: 'docs/contributing/writing-guide.md',
    term: '本书',
    reason: 'The terminology table names the word to avoid.',
  },
  {
    file: 'docs/contributing/writing-guide.md',
    term: '本教程',
    reason: 'The terminology table names the word to avoid.',
  },
  {
    file: 'docs/05-volumes/sharing-volumes.md',
    term: '数据卷',
    reason: '“数据卷容器” (data volume container) is the historical name of the pattern the page explains.',
  },
  {
    file: 'versioned_docs/version-1.0/05-volumes/sharing-volumes.md',
    term: '数据卷',
    reason: '“数据卷容器” (data volume container) is the historical name of the pattern the page explains.',
  },
];
