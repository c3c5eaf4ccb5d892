/**
 * A generated corpus for build benchmarks: a copy of the site whose two editions
 * are filled to `pagesPerEdition` pages each by repeating the real chapter pages
 * in extra chapter folders (gen-001-01-history/, ...). The copies keep their
 * relative links working (the folders sit at the same depth as the chapters),
 * so the strict build checks them like real pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';

const SITE_FILES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'search.config.ts',
  'glossary.config.ts',
  'scripts',
  'search',
  'bench/plugins-off.config.ts',
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

/**
 * Fills `editionDir` with copies of its chapters until it holds at least `target`
 * pages. Whole chapter folders are copied, next to the originals
 * (`gen-001-06-dockerfile/`), so links within a chapter, to other chapters and
 * to the glossary all resolve; the last copy may overshoot the target a little
 * (the count returned is the real one).
 */
function fillEdition(editionDir: string, target: number): number {
  const chapters = fs
    .readdirSync(editionDir)
    .filter((name) => /^\d\d-/.test(name))
    .map((name) => ({name, pages: listMarkdown(path.join(editionDir, name)).length}))
    .filter((chapter) => chapter.pages > 0);
  let count = listMarkdown(editionDir).length;
  for (let round = 1; count < target && chapters.length > 0; round += 1) {
    for (const chapter of chapters) {
      if (count >= target) break;
      const dest = path.join(editionDir, `gen-${String(round).padStart(3, '0')}-${chapter.name}`);
      fs.cpSync(path.join(editionDir, chapter.name), dest, {recursive: true});
      count += chapter.pages;
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
