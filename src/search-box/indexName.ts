/**
 * The file name of the search box's copy of an index (./boxIndex.ts), next to
 * the package's own. Kept apart from boxIndex.ts, which runs in Node, so the
 * worker can ask it too.
 */

/** The package's index file name (search-index.json, search-index-<context>.json). */
const INDEX_FILE = /^search-index((?:-[^/]*)?\.json)$/;

/** The box's name for an index file, or undefined for any other file. */
export function boxIndexName(file: string): string | undefined {
  const match = INDEX_FILE.exec(file);
  return match ? `search-box-index${match[1]}` : undefined;
}
