/**
 * Gate on the built site: `npx jiti scripts/check-links.ts [BUILD_DIR]` (default
 * `build`). Checks every page of sitemap.xml for broken internal links and
 * fragments (see scripts/lib/links.ts); prints `file:line:column  rule  message`
 * per problem and exits 1 when there is any, 2 when there is no build.
 */
import path from 'node:path';
import {checkBuiltSite} from './lib/links';

function main(argv: string[]): number {
  const buildDir = path.resolve(argv[0] ?? process.env.BUILD_DIR ?? 'build');
  let result;
  try {
    result = checkBuiltSite(buildDir);
  } catch (error) {
    process.stderr.write(`check-links: ${(error as Error).message}\n`);
    return 2;
  }
  for (const problem of result.problems) {
    process.stdout.write(`${problem.file}:${problem.line}:${problem.column}  ${problem.rule}  ${problem.message}\n`);
  }
  process.stderr.write(
    `check-links: ${result.pages} pages, ${result.links} links (${result.external} external, not fetched), ${result.problems.length} broken\n`,
  );
  return result.problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
