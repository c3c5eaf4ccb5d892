/**
 * Builds the glossary of each docs version from its term pages: the pages under
 * `<glossaryDir>/<group>/` of the version's folder (or of its translation for
 * the locale being built). Pure apart from reading files: the Docusaurus plugin
 * hands over the docs it loaded (front matter already parsed, drafts already
 * left out), tools hand over folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import {groupOptions, type NormalizedOptions} from './options';
import {validateTermFrontMatter} from './schema';
import {readFrontMatter, listPages} from './markdown';

export interface Term {
  /** `<group>/<slug>`, unique in an edition (`dockerfile/volume` and `concepts/volume` may both exist). */
  id: string;
  /** File name without extension: what `:term[...]{id=...}` names. */
  slug: string;
  /** Folder under the glossary folder, e.g. `dockerfile` or `concepts`. */
  group: string;
  term: string;
  aliases: string[];
  short: string;
  title: string;
  autoLink: boolean;
  caseSensitive: boolean;
  /** Linked where it starts a line in code blocks of `codeLanguages`. */
  codeKeyword: boolean;
  /** Absolute path of the page Docusaurus builds (the translated copy when there is one). */
  file: string;
  /** Path relative to the version folder, with `/`: `glossary/dockerfile/run.md`. */
  source: string;
  /** URL of the built page, when the docs plugin loaded it. */
  permalink?: string;
}

/** A page of a docs version as the docs plugin loaded it. */
export interface SourcePage {
  /** Absolute path. */
  file: string;
  /** Parsed front matter; read from the file when absent. */
  frontMatter?: Record<string, unknown>;
  /** Title Docusaurus gave the page (front matter title, first heading or file name). */
  title?: string;
  /** URL of the built page. */
  permalink?: string;
}

/** Where a docs version lives: what the loader needs to know. */
export interface EditionSource {
  /** Unique name: the version name, prefixed with the docs plugin id for a second instance (`api/current`). */
  name: string;
  /** The version's content folder. */
  root: string;
  /** Its translation for the locale being built, if the site is translated. */
  localizedRoot?: string;
  /** Every page the version builds; when absent, the Markdown files under the folders. */
  pages?: SourcePage[];
}

export interface Edition extends Required<Pick<EditionSource, 'name' | 'root'>> {
  localizedRoot?: string;
  terms: Term[];
  /** Every page of the version (its translated copy when there is one). */
  pages: SourcePage[];
}

export interface Glossary {
  glossaryDir: string;
  editions: Edition[];
}

export class GlossaryLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid glossary term pages:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'GlossaryLoadError';
  }
}

const MARKDOWN_FILE = /\.mdx?$/;
const toPosix = (p: string): string => p.split(path.sep).join('/');

function inside(root: string | undefined, file: string): string | undefined {
  if (!root) return undefined;
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? toPosix(rel) : undefined;
}

/** The version-relative path of a page, whether it is the original or the translated copy. */
export function sourceOf(edition: Pick<Edition, 'root' | 'localizedRoot'>, file: string): string | undefined {
  return inside(edition.localizedRoot, file) ?? inside(edition.root, file);
}

/** The pages of a version from its folders: the translated copy of a page wins. */
function pagesFromFolders(source: EditionSource): SourcePage[] {
  const byPath = new Map<string, SourcePage>();
  for (const rel of listPages(source.root)) byPath.set(rel, {file: path.join(source.root, rel)});
  if (source.localizedRoot) {
    for (const rel of listPages(source.localizedRoot)) {
      if (byPath.has(rel)) byPath.set(rel, {file: path.join(source.localizedRoot, rel)});
    }
  }
  return [...byPath.values()];
}

/**
 * Loads and validates the terms of every edition; throws GlossaryLoadError
 * listing every problem with its file.
 */
export function loadGlossary(
  sources: readonly EditionSource[],
  options: Pick<NormalizedOptions, 'glossaryDir' | 'groups'>,
  siteDir = process.cwd(),
): Glossary {
  const problems: string[] = [];
  const editions = sources.map((src): Edition => {
    const pages = src.pages ?? pagesFromFolders(src);
    const terms: Term[] = [];
    for (const page of pages) {
      const source = sourceOf(src, page.file);
      if (!source || !source.startsWith(`${options.glossaryDir}/`)) continue;
      const parts = source.slice(options.glossaryDir.length + 1).split('/');
      // Term pages sit one folder deep: <glossaryDir>/<group>/<slug>.md; `_` folders and files are partials.
      if (parts.length !== 2 || parts[0].startsWith('_') || parts[1].startsWith('_')) continue;
      if (!MARKDOWN_FILE.test(parts[1])) continue;
      const [group, name] = parts;
      const slug = name.replace(MARKDOWN_FILE, '');
      const rel = toPosix(path.relative(siteDir, page.file));
      let frontMatter = page.frontMatter;
      if (!frontMatter) {
        try {
          frontMatter = readFrontMatter(fs.readFileSync(page.file, 'utf8'));
        } catch (error) {
          problems.push(`${rel}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
          continue;
        }
      }
      const result = validateTermFrontMatter(frontMatter);
      if (!result.ok) {
        for (const p of result.problems) problems.push(`${rel}: front matter ${p.message}`);
        continue;
      }
      const fm = result.value;
      const g = groupOptions(options as NormalizedOptions, group);
      const manual = g.manual.includes(slug);
      terms.push({
        id: `${group}/${slug}`,
        slug,
        group,
        term: fm.term,
        aliases: (fm.aliases ?? []).filter((a) => a !== fm.term),
        short: fm.short,
        title: fm.title ?? fm.term,
        autoLink: fm.autoLink ?? (g.autoLink && !manual),
        caseSensitive: fm.caseSensitive ?? g.caseSensitive,
        codeKeyword: g.codeKeywords && !manual,
        file: page.file,
        source,
        ...(page.permalink ? {permalink: page.permalink} : {}),
      });
    }
    terms.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {name: src.name, root: src.root, localizedRoot: src.localizedRoot, terms, pages};
  });
  if (problems.length > 0) throw new GlossaryLoadError(problems);
  return {glossaryDir: options.glossaryDir, editions};
}

/**
 * The docs versions of a site laid out as Docusaurus does by default: `docs/`
 * (`current`) and `versioned_docs/version-<name>/`, with their translations
 * under `i18n/<locale>/docusaurus-plugin-content-docs/`. For tools that run
 * outside a build (lints, checks); the plugin itself asks Docusaurus.
 */
export function defaultEditionSources(siteDir: string, locale?: string, docsDir = 'docs'): EditionSource[] {
  const i18n = (folder: string) =>
    locale ? path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', folder) : undefined;
  const sources: EditionSource[] = [];
  const current = path.join(siteDir, docsDir);
  if (fs.existsSync(current)) sources.push({name: 'current', root: current, localizedRoot: i18n('current')});
  const versioned = path.join(siteDir, 'versioned_docs');
  if (fs.existsSync(versioned)) {
    for (const dir of fs.readdirSync(versioned).sort()) {
      if (!dir.startsWith('version-')) continue;
      sources.push({name: dir.slice('version-'.length), root: path.join(versioned, dir), localizedRoot: i18n(dir)});
    }
  }
  return sources;
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
