/**
 * Creates a chapter page with valid front matter and the next sidebar position:
 *   npm run new -- <chapter>/<slug> "标题" [--edition 1.0]
 * The chapter is its folder name with or without the number prefix
 * (`docker-basics` or `02-docker-basics`). Exit code 2 and a message naming the
 * valid choices on a bad chapter, a bad slug, or an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import {NewPageError, planPage} from './lib/new-page';

const USAGE = 'usage: npm run new -- <chapter>/<slug> "标题" [--edition 1.0]';

function main(argv: string[]): number {
  const positional: string[] = [];
  let edition = 'current';
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--edition' && argv[i + 1]) edition = argv[(i += 1)];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else positional.push(argv[i]);
  }
  if (positional.length !== 2) {
    process.stderr.write(`new-page: expected <chapter>/<slug> and a title\n${USAGE}\n`);
    return 2;
  }
  const [target, title] = positional;
  const root = process.cwd();
  try {
    const page = planPage({root, target, title, edition});
    fs.writeFileSync(path.join(root, page.file), page.content, {flag: 'wx'});
    process.stdout.write(
      `Created ${page.file} (sidebar_position ${page.sidebarPosition}, chapter ${page.chapter.label}).\n` +
        'Next: write the description, keywords and tags, then `npm start` to preview and `npm run lint` to check.\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof NewPageError) {
      process.stderr.write(`new-page: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
