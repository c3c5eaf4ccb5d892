import fs from 'node:fs';
import path from 'node:path';

/** Every Markdown page under `dir` (.md and .mdx), at any depth. */
export function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return /\.mdx?$/.test(entry.name) ? [file] : [];
  });
}
