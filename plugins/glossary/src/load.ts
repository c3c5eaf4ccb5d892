/**
 * Reads the term pages of every edition (docs/ = current, versioned_docs/version-X/
 * = X) and their translated copies under i18n/, and validates their front matter.
 * Synchronous on purpose: remark plugins are configured synchronously, so the
 * site config loads the glossary once, before any page is compiled.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

export type TermKind = 'instruction' | 'directive' | 'concept';

/** The Dockerfile parser directives: real words in prose, so never auto-linked by default. */
export const PARSER_DIRECTIVES: ReadonlySet<string> = new Set(['syntax', 'escape', 'check']);
/** Term folder holding the Dockerfile instructions and directives. */
export const DOCKERFILE_GROUP = 'dockerfile';

/** What a locale's translated copy of a term page overrides. */
export interface TermTranslation {
  file: string;
  term: string;
  aliases: string[];
  short: string;
  title: string;
}

export interface Term {
  /** `<group>/<slug>`, unique in an edition (`dockerfile/volume` and `concepts/volume` both exist). */
  id: string;
  /** File name without extension: what `:term[...]{id=...}` names. */
  slug: string;
  /** Folder under the glossary folder: `dockerfile` or `concepts`. */
  group: string;
  kind: TermKind;
  term: string;
  aliases: string[];
  short: string;
  title: string;
  autoLink: boolean;
  caseSensitive: boolean;
  /** Absolute path of the term page. */
  file: string;
  /** Path relative to the edition root, with `/`: `glossary/dockerfile/run.md`. */
  source: string;
  /** Translated copies, by locale. */
  translations: Record<string, TermTranslation>;
}

export interface Edition {
  /** Docusaurus version name: `current` for docs/, `1.0` for versioned_docs/version-1.0/. */
  name: string;
  /** Absolute path of the edition's content folder. */
  root: string;
  /** Absolute path of the edition's translations for a locale (may not exist). */
  localizedRoot(locale: string): string;
  terms: Term[];
}

export interface Glossary {
  siteDir: string;
  glossaryDir: string;
  locales: string[];
  editions: Edition[];
}

export interface LoadOptions {
  siteDir: string;
  /** Folder of the term pages inside each edition. Default `glossary`. */
  glossaryDir?: string;
}

export class GlossaryLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid glossary term pages:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'GlossaryLoadError';
  }
}

const MARKDOWN_FILE = /\.mdx?$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const toPosix = (p: string): string => p.split(path.sep).join('/');

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function listDirs(p: string): string[] {
  return isDir(p)
    ? fs
        .readdirSync(p)
        .filter((name) => isDir(path.join(p, name)))
        .sort()
    : [];
}

/** Front matter of a Markdown file as an object (empty when there is none). */
export function readFrontMatter(file: string, content = fs.readFileSync(file, 'utf8')): Record<string, unknown> {
  const block = FRONT_MATTER.exec(content);
  if (!block) return {};
  const data = yaml.load(block[1]);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

interface Fields {
  term: string;
  aliases: string[];
  short: string;
  title: string;
  autoLink?: boolean;
  caseSensitive?: boolean;
}

/** Validates the term fields of one page; pushes "file: field ..." problems. */
function readFields(file: string, siteDir: string, problems: string[]): Fields | undefined {
  const rel = toPosix(path.relative(siteDir, file));
  let fm: Record<string, unknown>;
  try {
    fm = readFrontMatter(file);
  } catch (error) {
    problems.push(`${rel}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const before = problems.length;
  const text = (field: string, required: boolean): string | undefined => {
    const value = fm[field];
    if (value === undefined || value === null) {
      if (required) problems.push(`${rel}: front matter field "${field}" is required`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${rel}: front matter field "${field}" must be a non-empty string`);
      return undefined;
    }
    if (value.trim() !== value) {
      problems.push(`${rel}: front matter field "${field}" must not start or end with spaces`);
    }
    return value;
  };
  const flag = (field: string): boolean | undefined => {
    const value = fm[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      problems.push(`${rel}: front matter field "${field}" must be true or false`);
      return undefined;
    }
    return value;
  };
  const term = text('term', true);
  const short = text('short', true);
  if (short !== undefined && /[\r\n]/.test(short)) {
    problems.push(`${rel}: front matter field "short" must be one sentence on one line`);
  }
  const title = text('title', false);
  let aliases: string[] = [];
  if (fm.aliases !== undefined && fm.aliases !== null) {
    if (!Array.isArray(fm.aliases) || fm.aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
      problems.push(`${rel}: front matter field "aliases" must be a list of non-empty strings`);
    } else {
      aliases = (fm.aliases as string[]).filter((a) => a !== term);
    }
  }
  const autoLink = flag('autoLink');
  const caseSensitive = flag('caseSensitive');
  if (problems.length > before || term === undefined || short === undefined) return undefined;
  return {term, aliases, short, title: title ?? term, autoLink, caseSensitive};
}

function termFiles(dir: string): Array<{group: string; slug: string; file: string}> {
  const found: Array<{group: string; slug: string; file: string}> = [];
  for (const group of listDirs(dir)) {
    if (group.startsWith('_')) continue;
    for (const name of fs.readdirSync(path.join(dir, group)).sort()) {
      // Docusaurus skips `_`-prefixed files (partials), and so do we.
      if (!MARKDOWN_FILE.test(name) || name.startsWith('_')) continue;
      found.push({group, slug: name.replace(MARKDOWN_FILE, ''), file: path.join(dir, group, name)});
    }
  }
  return found;
}

function kindOf(group: string, slug: string): TermKind {
  if (group !== DOCKERFILE_GROUP) return 'concept';
  return PARSER_DIRECTIVES.has(slug) ? 'directive' : 'instruction';
}

/** Loads and validates every edition's term pages; throws GlossaryLoadError listing every problem. */
export function loadGlossary({siteDir, glossaryDir = 'glossary'}: LoadOptions): Glossary {
  const i18nRoot = path.join(siteDir, 'i18n');
  const locales = listDirs(i18nRoot);
  const localized = (folder: string) => (locale: string) =>
    path.join(i18nRoot, locale, 'docusaurus-plugin-content-docs', folder);

  const editionDirs: Array<Omit<Edition, 'terms'>> = [];
  if (isDir(path.join(siteDir, 'docs'))) {
    editionDirs.push({name: 'current', root: path.join(siteDir, 'docs'), localizedRoot: localized('current')});
  }
  for (const dir of listDirs(path.join(siteDir, 'versioned_docs'))) {
    if (!dir.startsWith('version-')) continue;
    editionDirs.push({
      name: dir.slice('version-'.length),
      root: path.join(siteDir, 'versioned_docs', dir),
      localizedRoot: localized(dir),
    });
  }

  const problems: string[] = [];
  const editions = editionDirs.map((edition): Edition => {
    const terms: Term[] = [];
    for (const {group, slug, file} of termFiles(path.join(edition.root, glossaryDir))) {
      const fields = readFields(file, siteDir, problems);
      if (!fields) continue;
      const kind = kindOf(group, slug);
      const source = toPosix(path.relative(edition.root, file));
      const translations: Record<string, TermTranslation> = {};
      for (const locale of locales) {
        const copy = path.join(edition.localizedRoot(locale), source);
        if (!fs.existsSync(copy)) continue;
        const t = readFields(copy, siteDir, problems);
        if (t) translations[locale] = {file: copy, term: t.term, aliases: t.aliases, short: t.short, title: t.title};
      }
      terms.push({
        id: `${group}/${slug}`,
        slug,
        group,
        kind,
        term: fields.term,
        aliases: fields.aliases,
        short: fields.short,
        title: fields.title,
        autoLink: fields.autoLink ?? kind === 'instruction',
        caseSensitive: fields.caseSensitive ?? kind !== 'concept',
        file,
        source,
        translations,
      });
    }
    return {...edition, terms};
  });
  if (problems.length > 0) throw new GlossaryLoadError(problems);
  return {siteDir, glossaryDir, locales, editions};
}

/** A spelling (term or alias) claimed by two terms of one edition. */
export interface AliasConflict {
  edition: string;
  spelling: string;
  terms: string[];
}

/**
 * Spellings two terms of one edition both claim. Case-insensitive terms clash
 * with each other under case folding; a case-sensitive spelling (`VOLUME`) and a
 * case-insensitive one (`volume`) do not: the exact, case-sensitive one wins.
 */
export function findAliasConflicts(glossary: Glossary): AliasConflict[] {
  const conflicts: AliasConflict[] = [];
  for (const edition of glossary.editions) {
    const claims = new Map<string, Set<string>>();
    const claim = (key: string, id: string) => {
      const set = claims.get(key) ?? new Set<string>();
      set.add(id);
      claims.set(key, set);
    };
    for (const term of edition.terms) {
      for (const spelling of [term.term, ...term.aliases]) {
        claim(`=${spelling}`, term.id);
        if (!term.caseSensitive) claim(`~${spelling.toLowerCase()}`, term.id);
      }
    }
    const reported = new Set<string>();
    for (const [key, ids] of claims) {
      const terms = [...ids].sort();
      // `=镜像` and `~镜像` are one conflict, reported once.
      const id = `${key.slice(1).toLowerCase()}\0${terms.join()}`;
      if (ids.size > 1 && !reported.has(id)) {
        reported.add(id);
        conflicts.push({edition: edition.name, spelling: key.slice(1), terms});
      }
    }
  }
  return conflicts;
}
