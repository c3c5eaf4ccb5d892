/**
 * A generated corpus for build benchmarks: a copy of the site whose two editions
 * are filled to `pagesPerEdition` pages each by repeating the real chapter pages
 * in extra folders (gen-001/, gen-002/, ...). The copies keep their relative
 * links working (the folders sit at the same depth as the chapters), so the
 * strict build checks them like real pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';

const SITE_FILES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'search.config.ts',
  'tsconfig.json',
  'package.json',
  'versions.json',
  'versioned_sidebars',
  'plugins',
  'src',
  'static',
  'i18n',
];

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(full));
    else if (/\.mdx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Fills `editionDir` with copies of its chapter pages until it holds `target` pages. */
function fillEdition(editionDir: string, target: number): number {
  const chapters = fs
    .readdirSync(editionDir)
    .filter((name) => /^\d\d-/.test(name))
    .map((name) => path.join(editionDir, name));
  const pages = chapters.flatMap((dir) => listMarkdown(dir).map((file) => ({dir, file})));
  let count = listMarkdown(editionDir).length;
  let copy = 0;
  while (count < target && pages.length > 0) {
    for (const {dir, file} of pages) {
      if (count >= target) break;
      const group = `gen-${String(Math.floor(copy / pages.length) + 1).padStart(3, '0')}`;
      const rel = path.relative(dir, file);
      const dest = path.join(editionDir, group, `${path.basename(dir)}-${rel}`);
      fs.mkdirSync(path.dirname(dest), {recursive: true});
      fs.copyFileSync(file, dest);
      copy += 1;
      count += 1;
    }
  }
  return count;
}

export interface Corpus {
  dir: string;
  pages: {current: number; '1.0': number};
}

export function generateCorpus(root: string, dir: string, pagesPerEdition: number): Corpus {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  for (const name of SITE_FILES) {
    const from = path.join(root, name);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, name), {recursive: true});
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.cpSync(path.join(root, 'docs'), path.join(dir, 'docs'), {recursive: true});
  fs.cpSync(path.join(root, 'versioned_docs'), path.join(dir, 'versioned_docs'), {recursive: true});
  const current = fillEdition(path.join(dir, 'docs'), pagesPerEdition);
  const v1 = fillEdition(path.join(dir, 'versioned_docs', 'version-1.0'), pagesPerEdition);
  // Page dates come from git, as in the real site.
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'corpus');
  return {dir, pages: {current, '1.0': v1}};
}
