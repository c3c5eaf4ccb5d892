/**
 * `markdown.parseFrontMatter` for the site: front matter is YAML and nothing
 * else, and a page keeps the site's format unless a maintainer allow-listed it.
 * Everything else goes to Docusaurus's default parser.
 */
import path from 'node:path';
import {frontMatterOpening, YAML_LANGUAGES} from './fence';
import {frontMatterFormat} from './format';

type FrontMatter = Record<string, unknown>;
type ParseResult = {frontMatter: FrontMatter; content: string};
export interface ParseFrontMatterParams {
  filePath: string;
  fileContent: string;
  defaultParseFrontMatter: (params: {filePath: string; fileContent: string}) => Promise<ParseResult>;
}

export interface Options {
  /** Site root; error messages and the allow-list use paths relative to it. */
  siteDir: string;
  /** Pages (relative to siteDir) that may set `mdx.format`. */
  formatSwitchAllowed?: readonly string[];
}

export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
}

function relative(siteDir: string, filePath: string): string {
  return path.relative(siteDir, filePath).split(path.sep).join('/');
}

/** The line (1-based) where `key:` starts in the front matter block, or 1. */
function lineOfKey(fileContent: string, key: string): number {
  const lines = fileContent.split(/\r?\n/u);
  const index = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

export function createParseFrontMatter(options: Options) {
  const allowed = new Set(options.formatSwitchAllowed ?? []);
  return async function parseFrontMatter(params: ParseFrontMatterParams): Promise<ParseResult> {
    const file = relative(options.siteDir, params.filePath);
    const opening = frontMatterOpening(params.fileContent);
    if (opening && !YAML_LANGUAGES.includes(opening.language)) {
      // Refuse before any parser sees the block: gray-matter would evaluate `---js` as JavaScript.
      throw new FrontMatterError(
        `${file}:1:${opening.column}: front matter opens with "${opening.line}": only YAML front matter is allowed. ` +
          'Open it with a bare `---` line.',
      );
    }
    const result = await params.defaultParseFrontMatter({filePath: params.filePath, fileContent: params.fileContent});
    const format = frontMatterFormat(result.frontMatter);
    if (format !== undefined && !allowed.has(file)) {
      throw new FrontMatterError(
        `${file}:${lineOfKey(params.fileContent, 'mdx')}:1: \`mdx.format\` (${JSON.stringify(format)}) changes how the ` +
          'page is compiled, so the content checks would not apply: remove it, or ask a maintainer to add the page ' +
          'to FORMAT_SWITCH_ALLOWED in scripts/content-guard/allow.ts.',
      );
    }
    return result;
  };
}
