/**
 * The search box's copy of each search index: the package's index without the
 * positions of every word in every row, packed (./boxFormat.ts). The package's
 * /search page cuts its excerpts around those positions; the box cuts its own
 * around the words themselves (theme/SearchBar/suggestion.ts), and lunr scores
 * without them, so the box finds and ranks the same rows from about a third of
 * the bytes.
 *
 * `localSearchWithBoxIndex` is @easyops-cn/docusaurus-search-local with one step
 * added after its postBuild: next to every search-index*.json it wrote, a
 * search-box-index*.json. Docusaurus runs the postBuild of all plugins at once,
 * so the step has to follow the package's own, not live in another plugin.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {createRequire} from 'node:module';
import {isDeepStrictEqual} from 'node:util';
import type {LoadContext, OptionValidationContext, Plugin, PluginModule} from '@docusaurus/types';
import type {SerializedPart} from './engine';
import {boxIndexName} from './indexName';
import {packBoxIndex, unpackBoxIndex, type PackedBoxIndex} from './boxFormat';

interface LocalSearchModule {
  default: (context: LoadContext, options: unknown) => Plugin;
  validateOptions: (data: unknown) => unknown;
}

/** The package's server side (CommonJS, untyped), loaded when Docusaurus asks for it. */
function localSearch(): LocalSearchModule {
  // Under Jest's native ESM there is no __filename; the package resolves from the site as well.
  const from = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'package.json');
  return createRequire(from)('@easyops-cn/docusaurus-search-local') as LocalSearchModule;
}

/** An index with every word's postings kept and their metadata (positions) emptied. */
export function withoutPositions(parts: readonly SerializedPart[]): SerializedPart[] {
  return parts.map(({documents, index}) => ({
    documents,
    index: {
      ...index,
      invertedIndex: index.invertedIndex.map(([term, posting]) => {
        const {_index, ...fields} = posting as {_index: number} & Record<string, Record<string, unknown>>;
        const out: Record<string, unknown> = {_index};
        for (const [field, refs] of Object.entries(fields)) {
          out[field] = Object.fromEntries(Object.keys(refs).map((ref) => [ref, {}]));
        }
        return [term, out];
      }),
    },
  }));
}

/**
 * The packed index when it unpacks to exactly `parts`; otherwise (an index of
 * another lunr version or row shape) the plain one, which the worker reads too.
 */
export function packedOrPlain(parts: SerializedPart[], file: string): PackedBoxIndex | SerializedPart[] {
  let problem: string;
  try {
    const packed = packBoxIndex(parts);
    if (isDeepStrictEqual(unpackBoxIndex(JSON.parse(JSON.stringify(packed)) as PackedBoxIndex), parts)) return packed;
    problem = 'it does not unpack to the same index';
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  console.warn(
    `[WARNING] Search box: the index of ${file} is written unpacked (${problem}); search works the same from a larger file.`,
  );
  return parts;
}

/** Writes the box's copy next to every index under `dir`; returns the files written. */
export async function writeBoxIndexes(dir: string): Promise<string[]> {
  const written: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await fs.readdir(at, {withFileTypes: true})) {
      const file = path.join(at, entry.name);
      if (entry.isDirectory()) {
        // Assets hold no index and most of the files.
        if (entry.name !== 'assets') await walk(file);
        continue;
      }
      const name = boxIndexName(entry.name);
      if (!name) continue;
      const parts = withoutPositions(JSON.parse(await fs.readFile(file, 'utf8')) as SerializedPart[]);
      const target = path.join(at, name);
      await fs.writeFile(target, JSON.stringify(packedOrPlain(parts, file)));
      written.push(target);
    }
  };
  await walk(dir);
  return written;
}

/** @easyops-cn/docusaurus-search-local, plus the box's copy of each index after the build. */
const localSearchWithBoxIndex: PluginModule = Object.assign(
  (context: LoadContext, options: unknown): Plugin => {
    const plugin = localSearch().default(context, options);
    return {
      ...plugin,
      async postBuild(props) {
        await plugin.postBuild?.(props);
        await writeBoxIndexes(props.outDir);
      },
    };
  },
  {
    validateOptions: <T, U>(data: OptionValidationContext<T, U>): U => localSearch().validateOptions(data) as U,
  },
);
export default localSearchWithBoxIndex;
