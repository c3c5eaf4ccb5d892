/**
 * Which Markdown files the build compiles, and in which format, derived from
 * the Docusaurus config the way the content plugins read their options: every
 * docs instance (each version and each locale's translated copy), the pages
 * plugin and the blog. Folders reached through a symlink are followed, as the
 * plugins' globbing follows them. `lintSite` lints exactly these files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {FormatOption} from '../content-guard/format';

/** One folder the build compiles Markdown from, with what its pages are. */
export interface ContentDir {
  /** Relative to the site root, `/`-separated. */
  dir: string;
  /** `docs` pages (chapters, glossary, ...) of an edition, or `site` pages (src/pages, blog). */
  kind: 'docs' | 'site';
  /** Edition of a docs folder: `current` or a version name. */
  edition?: string;
}

export interface ContentScope {
  dirs: ContentDir[];
  /** The site's `markdown.format`. */
  format: FormatOption;
}

type PluginEntry = string | false | null | undefined | [unknown, Record<string, unknown>?] | unknown;
interface SiteConfig {
  markdown?: {format?: FormatOption};
  i18n?: {locales?: string[]};
  presets?: PluginEntry[];
  plugins?: PluginEntry[];
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
const PAGES_PLUGIN = 'docusaurus-plugin-content-pages';
const BLOG_PLUGIN = 'docusaurus-plugin-content-blog';

function entry(item: PluginEntry): [string, Record<string, unknown>] | undefined {
  if (typeof item === 'string') return [item, {}];
  if (Array.isArray(item) && typeof item[0] === 'string') return [item[0], (item[1] as Record<string, unknown>) ?? {}];
  return undefined;
}

function readJsonList(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Array.isArray(data) ? data.filter((item): item is string => typeof item === 'string') : [];
}

/** The content folders of a loaded Docusaurus config (the object `docusaurus.config.ts` exports). */
export function scopeFromConfig(root: string, config: SiteConfig): ContentScope {
  const docs: Record<string, unknown>[] = [];
  const pages: Record<string, unknown>[] = [];
  const blogs: Record<string, unknown>[] = [];
  for (const item of config.presets ?? []) {
    const preset = entry(item);
    if (!preset || !/(^|\/)(preset-)?classic$/u.test(preset[0])) continue;
    const options = preset[1];
    if (options.docs !== false) docs.push((options.docs as Record<string, unknown>) ?? {});
    if (options.pages !== false) pages.push((options.pages as Record<string, unknown>) ?? {});
    if (options.blog !== false) blogs.push((options.blog as Record<string, unknown>) ?? {});
  }
  for (const item of config.plugins ?? []) {
    const plugin = entry(item);
    if (!plugin) continue;
    if (/plugin-content-docs$|^content-docs$/u.test(plugin[0])) docs.push(plugin[1]);
    if (/plugin-content-pages$|^content-pages$/u.test(plugin[0])) pages.push(plugin[1]);
    if (/plugin-content-blog$|^content-blog$/u.test(plugin[0])) blogs.push(plugin[1]);
  }
  const locales = config.i18n?.locales ?? [];
  const dirs: ContentDir[] = [];
  const pluginDir = (plugin: string, id: unknown) =>
    typeof id === 'string' && id !== 'default' ? `${plugin}-${id}` : plugin;
  for (const options of docs) {
    const id = options.id;
    const prefix = typeof id === 'string' && id !== 'default' ? `${id}_` : '';
    const versions = readJsonList(path.join(root, `${prefix}versions.json`));
    dirs.push({dir: String(options.path ?? 'docs'), kind: 'docs', edition: 'current'});
    for (const version of versions) {
      dirs.push({dir: `${prefix}versioned_docs/version-${version}`, kind: 'docs', edition: version});
    }
    for (const locale of locales) {
      const base = `i18n/${locale}/${pluginDir(DOCS_PLUGIN, id)}`;
      dirs.push({dir: `${base}/current`, kind: 'docs', edition: 'current'});
      for (const version of versions) dirs.push({dir: `${base}/version-${version}`, kind: 'docs', edition: version});
    }
  }
  for (const [options, plugin, fallback] of [
    ...pages.map((o) => [o, PAGES_PLUGIN, 'src/pages'] as const),
    ...blogs.map((o) => [o, BLOG_PLUGIN, 'blog'] as const),
  ]) {
    dirs.push({dir: String(options.path ?? fallback), kind: 'site'});
    for (const locale of locales) dirs.push({dir: `i18n/${locale}/${pluginDir(plugin, options.id)}`, kind: 'site'});
  }
  return {dirs, format: config.markdown?.format ?? 'mdx'};
}

/**
 * The scope of a tree with no config (the lint's fixtures): the site's layout,
 * with every edition folder and every locale folder present.
 */
export function defaultScope(root: string): ContentScope {
  const subdirs = (dir: string) =>
    fs.existsSync(path.join(root, dir))
      ? fs
          .readdirSync(path.join(root, dir), {withFileTypes: true})
          .filter((d) => d.isDirectory() || d.isSymbolicLink())
          .map((d) => d.name)
          .sort()
      : [];
  const versions = subdirs('versioned_docs')
    .filter((name) => name.startsWith('version-'))
    .map((name) => name.slice('version-'.length));
  const config: SiteConfig = {
    i18n: {locales: subdirs('i18n')},
    presets: [['classic', {blog: false}]],
  };
  const scope = scopeFromConfig(root, config);
  // No versions.json in a fixture: the version folders themselves say which editions exist.
  for (const version of versions) {
    if (!scope.dirs.some((d) => d.edition === version && d.dir.startsWith('versioned_docs/'))) {
      scope.dirs.push({dir: `versioned_docs/version-${version}`, kind: 'docs', edition: version});
      for (const locale of config.i18n?.locales ?? []) {
        scope.dirs.push({dir: `i18n/${locale}/${DOCS_PLUGIN}/version-${version}`, kind: 'docs', edition: version});
      }
    }
  }
  return scope;
}

/** A file the build reads from a content folder: a page, or a sidebar category file of a docs folder. */
export interface ScopedFile {
  /** Relative to the site root, through symlinks as the build sees it. */
  file: string;
  dir: ContentDir;
  /** Path inside the content folder. */
  docPath: string;
  type: 'page' | 'category';
}

const CATEGORY_FILE = /^_category_\.(json|ya?ml)$/u;

/** Every .md/.mdx page and `_category_` file under the scope's folders, following symlinked folders once each. */
export function scopedFiles(root: string, scope: ContentScope): ScopedFile[] {
  const files: ScopedFile[] = [];
  for (const dir of scope.dirs) {
    const start = path.join(root, dir.dir);
    if (!fs.existsSync(start)) continue;
    const seen = new Set<string>();
    const walk = (abs: string, rel: string): void => {
      const real = fs.realpathSync(abs);
      if (seen.has(real)) return;
      seen.add(real);
      for (const name of fs.readdirSync(abs).sort()) {
        if (name === 'node_modules') continue;
        const child = path.join(abs, name);
        const childRel = rel ? `${rel}/${name}` : name;
        let stat: fs.Stats;
        try {
          stat = fs.statSync(child);
        } catch {
          continue; // a dangling symlink: nothing the build could read either
        }
        const file = `${dir.dir}/${childRel}`;
        if (stat.isDirectory()) walk(child, childRel);
        else if (/\.mdx?$/u.test(name)) files.push({file, dir, docPath: childRel, type: 'page'});
        else if (dir.kind === 'docs' && CATEGORY_FILE.test(name)) {
          files.push({file, dir, docPath: childRel, type: 'category'});
        }
      }
    };
    walk(start, '');
  }
  return files;
}
