/**
 * Readers' questions (`search/questions.yaml`): what readers typed, or would
 * type, to reach a page, listed under the page that answers it. When a page's
 * front matter is parsed, its questions join its `keywords`, so the index (of
 * any search backend) holds the reader's wording next to the page's own: a
 * question asked the way the page never says it (容器一重启数据就没了 for the page
 * on volumes) still finds the page. Node only (reads files).
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/** Questions answered by one page, in every edition that has the page or only in `editions`. */
export interface QuestionGroup {
  page: string;
  editions?: readonly string[];
  questions: readonly string[];
}

/** Where each edition's docs live, relative to the site directory: `{docs: '2.0', 'versioned_docs/version-1.0': '1.0'}`. */
export type EditionDirs = Readonly<Record<string, string>>;

type FrontMatter = Record<string, unknown>;
type ParseResult = {frontMatter: FrontMatter; content: string};
type ParseFrontMatter = (params: {
  filePath: string;
  fileContent: string;
  defaultParseFrontMatter: (params: {filePath: string; fileContent: string}) => Promise<ParseResult>;
}) => Promise<ParseResult>;

// Docusaurus's default number prefix (`01-history`, `2.intro`): not part of the page's URL.
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;
const MARKDOWN = /\.mdx?$/;

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * A doc's page id, as its URL names it below the edition's root (`/docs/` or
 * `/docs/1.0/`): `05-volumes/bind-mounts.md` -> `volumes/bind-mounts`; an index
 * page names its folder; a `slug` or `id` in the front matter wins, as it does
 * for the URL; the edition's root page is `intro`, as the benchmark names it.
 */
export function pageIdOf(relativeFile: string, frontMatter: FrontMatter = {}): string {
  const segments = toPosix(relativeFile)
    .replace(MARKDOWN, '')
    .split('/')
    .map((s) => s.replace(NUMBER_PREFIX, ''));
  let file = segments.pop() ?? '';
  const folder = segments;
  if (typeof frontMatter.id === 'string' && frontMatter.id.trim()) file = frontMatter.id.trim();
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug.trim() : undefined;
  let url: string[];
  if (slug !== undefined) {
    url = slug.startsWith('/') ? slug.split('/') : [...folder, ...slug.split('/')];
  } else {
    const isIndex = /^(index|readme)$/i.test(file) || file === folder[folder.length - 1];
    url = isIndex ? folder : [...folder, file];
  }
  const id = url.filter(Boolean).join('/');
  return id === '' ? 'intro' : id;
}

function readFrontMatter(file: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
  if (!match) return {};
  const data = yaml.load(match[1]);
  return data && typeof data === 'object' ? (data as FrontMatter) : {};
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) return [];
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return MARKDOWN.test(entry.name) ? [file] : [];
  });
}

/** The page ids of each edition's docs. */
export function editionPages(siteDir: string, dirs: EditionDirs): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [dir, edition] of Object.entries(dirs)) {
    const root = path.join(siteDir, dir);
    const ids = out.get(edition) ?? new Set<string>();
    for (const file of markdownFiles(root)) ids.add(pageIdOf(path.relative(root, file), readFrontMatter(file)));
    out.set(edition, ids);
  }
  return out;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The question groups of a YAML file, checked against the editions' pages:
 * every group names a page of each edition it lists (of some edition when it
 * lists none) and holds at least one question. Fails naming the file, the group
 * and what to change.
 */
export function loadQuestions(file: string, pages: ReadonlyMap<string, ReadonlySet<string>>): QuestionGroup[] {
  const data = yaml.load(fs.readFileSync(file, 'utf8'), {filename: file});
  if (data === undefined || data === null) return [];
  if (!Array.isArray(data)) {
    throw new Error(`${file}: expected a list of groups ({page, questions, editions?}), got ${typeof data}.`);
  }
  const editions = [...pages.keys()];
  return data.map((group: unknown, index): QuestionGroup => {
    const where = `${file}: group ${index + 1}`;
    if (!group || typeof group !== 'object' || Array.isArray(group)) {
      throw new Error(`${where} must be a mapping with \`page\` and \`questions\`, got ${JSON.stringify(group)}.`);
    }
    const {page, questions, editions: only, ...rest} = group as Record<string, unknown>;
    const unknownKeys = Object.keys(rest);
    if (unknownKeys.length > 0) {
      throw new Error(`${where}: unknown key(s) ${unknownKeys.join(', ')}. A group has page, questions and editions.`);
    }
    if (!isText(page)) throw new Error(`${where}: \`page\` must be a page id such as volumes/bind-mounts.`);
    if (!Array.isArray(questions) || questions.length === 0 || !questions.every(isText)) {
      throw new Error(`${where} (page ${page}): \`questions\` must be a list of non-empty questions.`);
    }
    let listed: string[] | undefined;
    if (only !== undefined) {
      if (!Array.isArray(only) || only.length === 0 || !only.every((e) => editions.includes(String(e)))) {
        throw new Error(
          `${where} (page ${page}): \`editions\` must be a list of editions among ${editions.join(', ')}, ` +
            `got ${JSON.stringify(only)}. Leave it out for every edition that has the page.`,
        );
      }
      listed = only.map(String);
    }
    const missing = (listed ?? editions).filter((e) => !pages.get(e)?.has(page));
    if (listed ? missing.length > 0 : missing.length === editions.length) {
      throw new Error(
        `${where}: no page ${page} in edition ${missing.join(', ')}. Use the page's URL below /docs/ ` +
          `(or /docs/<edition>/), e.g. volumes/bind-mounts.`,
      );
    }
    return {page, ...(listed ? {editions: listed} : {}), questions: questions.map((q) => q.trim())};
  });
}

/** The questions of a page in an edition, in the file's order, each once. */
export function questionsFor(groups: readonly QuestionGroup[], edition: string, page: string): string[] {
  const out = new Set<string>();
  for (const group of groups) {
    if (group.page !== page || (group.editions && !group.editions.includes(edition))) continue;
    for (const question of group.questions) out.add(question);
  }
  return [...out];
}

/** Which edition a file belongs to, and its path inside the edition's folder. */
function editionOf(siteDir: string, dirs: EditionDirs, filePath: string): {edition: string; file: string} | undefined {
  const file = toPosix(path.relative(siteDir, filePath));
  // The longest folder first: `docs` must not claim `docs-other/`, and nested folders win.
  for (const dir of Object.keys(dirs).sort((a, b) => b.length - a.length)) {
    const prefix = `${toPosix(dir).replace(/\/$/, '')}/`;
    if (file.startsWith(prefix)) return {edition: dirs[dir], file: file.slice(prefix.length)};
  }
  return undefined;
}

/**
 * Wraps a `markdown.parseFrontMatter` so that each doc's readers' questions join
 * its `keywords` (after the page's own, none twice). Files outside the editions'
 * folders are left as they are. The questions file is read and checked once, when
 * the site's config is loaded.
 */
export function withReaderQuestions(
  parse: ParseFrontMatter,
  {siteDir, file, editions}: {siteDir: string; file: string; editions: EditionDirs},
): ParseFrontMatter {
  const groups = loadQuestions(file, editionPages(siteDir, editions));
  return async (params) => {
    const result = await parse(params);
    const doc = editionOf(siteDir, editions, params.filePath);
    if (!doc || !MARKDOWN.test(doc.file)) return result;
    const questions = questionsFor(groups, doc.edition, pageIdOf(doc.file, result.frontMatter));
    if (questions.length === 0) return result;
    const own = Array.isArray(result.frontMatter.keywords) ? result.frontMatter.keywords.map(String) : [];
    const keywords = [...own, ...questions.filter((q) => !own.includes(q))];
    return {...result, frontMatter: {...result.frontMatter, keywords}};
  };
}
