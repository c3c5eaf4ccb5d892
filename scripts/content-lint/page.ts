/**
 * Classifies a Markdown file by its path under the site root. Pure: no file system.
 */
import type {PageInfo, PageKind} from './types';
import type {ScopedFile} from './scope';

const EDITION = /^(docs|versioned_docs\/version-([^/]+))\/(.+)$/;
const CHAPTER = /^\d{2}-[a-z0-9-]+\/[^/]+$/;
const GLOSSARY_TERM = /^glossary\/(dockerfile|concepts)\/[^/]+\.mdx?$/;

/** `file` is relative to the site root (`docs/...` or `versioned_docs/version-X/...`). */
export function classifyPage(file: string): PageInfo | undefined {
  const normalized = file.split('\\').join('/');
  const match = EDITION.exec(normalized);
  if (!match) return undefined;
  const [, editionDir, version, docPath] = match;
  return {
    file: normalized,
    edition: version ?? 'current',
    editionDir,
    docPath,
    kind: kindOf(docPath),
  };
}

function kindOf(docPath: string): PageKind {
  if (docPath === 'glossary/index.md' || docPath === 'glossary/index.mdx') return 'glossary-index';
  if (GLOSSARY_TERM.test(docPath)) return 'glossary-term';
  if (CHAPTER.test(docPath)) return 'chapter';
  return 'page';
}

/** A page found through the build's scope: docs pages by their path inside the folder, the rest as site pages. */
export function classifyScoped(scoped: ScopedFile): PageInfo {
  const {file, dir, docPath} = scoped;
  if (dir.kind === 'site') return {file, edition: 'current', editionDir: dir.dir, docPath, kind: 'site-page'};
  return {file, edition: dir.edition ?? 'current', editionDir: dir.dir, docPath, kind: kindOf(docPath)};
}

const I18N_DOCS = /^i18n\/[^/]+\/docusaurus-plugin-content-docs(?:-[^/]+)?\/(current|version-([^/]+))\/(.+)$/;

/**
 * What a file is from its path alone, for files that reach the MDX loader
 * (which knows no scope): docs of an edition, a translated copy of one, or
 * any other page of the site (src/pages, a symlink's target, ...).
 */
export function classifyAnyPath(file: string): PageInfo {
  const normalized = file.split('\\').join('/');
  const docs = classifyPage(normalized);
  if (docs) return docs;
  const translated = I18N_DOCS.exec(normalized);
  if (translated) {
    const [, folder, version, docPath] = translated;
    const editionDir = normalized.slice(0, normalized.length - docPath.length - 1);
    return {
      file: normalized,
      edition: version ?? (folder === 'current' ? 'current' : folder),
      editionDir,
      docPath,
      kind: kindOf(docPath),
    };
  }
  return {file: normalized, edition: 'current', editionDir: '', docPath: normalized, kind: 'site-page'};
}
