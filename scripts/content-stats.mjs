#!/usr/bin/env node
// Prose size and session count per edition: CJK characters outside code blocks
// and front matter (glossary pages not counted), ```console blocks.
//   node scripts/content-stats.mjs
import fs from 'node:fs';
import path from 'node:path';

function walk(dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ['glossary', 'contributing'].includes(e.name) ? [] : walk(full);
    return /\.mdx?$/.test(e.name) ? [full] : [];
  });
}

for (const [edition, dir] of [
  ['2.0', 'docs'],
  ['1.0', 'versioned_docs/version-1.0'],
]) {
  let chars = 0;
  let sessions = 0;
  const files = walk(dir);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---/, '');
    sessions += (text.match(/^```(console|shell-session|sh-session)\b/gm) || []).length;
    chars += (text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '').match(/[\u4e00-\u9fff]/g) || []).length;
  }
  console.log(`${edition}: ${files.length} pages, ${chars} CJK characters of prose, ${sessions} console sessions`);
}
