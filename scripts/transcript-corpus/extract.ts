/**
 * Builds the transcript regression corpus (test/transcript-corpus/*.json)
 * from public documentation fetched as bare git repositories:
 *
 *   npx jiti scripts/transcript-corpus/extract.ts [--mirror DIR]
 *
 * DIR holds one bare repository per source, `<owner>+<name>/repo` (default
 * /work/.mirror). Code blocks are found on the mdast (remark-parse, GFM, front
 * matter), never by matching Markdown text. A block is kept when it is tagged
 * as a session, or is a shell / untagged block with a prompt-like or comment
 * line, so lookalikes that must stay plain are in the corpus too.
 *
 * Each block's `expected` commands come from the independent reading in
 * oracle.ts, or from the decision recorded in reviewed.ts where a person
 * looked at the block. Blocks where the oracle and the parser disagree and no
 * decision is recorded are printed for review.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type {Code, Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import {isSessionLanguage} from '@docker-k8s-notes/docusaurus-theme-shell-transcript/parse';
import {SOURCES, type CorpusSource} from './sources';
import {oracleCommands} from './oracle';
import {REVIEWED} from './reviewed';
import {corpusCommands, type CorpusBlock, type CorpusFile} from '../../test/transcript-corpus/corpus';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test/transcript-corpus');

const SHELLISH_LANGS = new Set([
  '',
  'bash',
  'sh',
  'shell',
  'zsh',
  'text',
  'txt',
  'plaintext',
  'none',
  'python',
  'py',
  'powershell',
  'cmd',
]);
// A line that may be a prompt or a comment: enough to put the block in the corpus, not to decide anything.
const PROMPTISH = /^(?:[$#%➜❯λ]|>>>|\[[^\]]*@|[\w.-]+@[\w.-]+[: ]|PS |\([\w.-]+\) [$%])/;

function git(gitDir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function codeBlocks(markdown: string): Code[] {
  const found: Code[] = [];
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'code') found.push(node);
    else if ('children' in node) for (const child of node.children) walk(child as Root['children'][number]);
  };
  walk(parser.parse(markdown));
  return found;
}

function wanted(node: Code): boolean {
  const lang = (node.lang ?? '').toLowerCase();
  if (isSessionLanguage(lang)) return true;
  if (!SHELLISH_LANGS.has(lang)) return false;
  return node.value.split('\n').some((line) => PROMPTISH.test(line));
}

function extract(source: CorpusSource, mirror: string): {file: CorpusFile; disagreements: string[]} {
  const gitDir = path.join(mirror, source.repo.replace('/', '+'), 'repo');
  const commit = git(gitDir, ['rev-parse', 'HEAD']).trim();
  const paths = git(gitDir, ['ls-tree', '-r', '--name-only', 'HEAD'])
    .split('\n')
    .filter((p) => source.include.test(p))
    .sort();
  const seen = new Set<string>();
  const blocks: CorpusBlock[] = [];
  const disagreements: string[] = [];
  for (const file of paths) {
    const text = git(gitDir, ['show', `HEAD:${file}`]);
    for (const node of codeBlocks(text)) {
      if (!wanted(node) || seen.has(node.value) || node.value.trim() === '') continue;
      seen.add(node.value);
      const line = node.position?.start.line ?? 0;
      const key = `${file}:${line}`;
      const oracle = oracleCommands(node.value, node.lang ?? null);
      const review = REVIEWED[source.name]?.[key];
      const block: CorpusBlock = {
        path: file,
        line,
        lang: node.lang ?? null,
        meta: node.meta ?? null,
        value: node.value,
        expected: review ? (review.expected === 'as-parsed' ? null : review.expected) : oracle,
        ...(review ? {review: review.note} : {}),
        ...(review?.gap ? {gap: true as const} : {}),
      };
      const parsed = corpusCommands(block);
      if (review?.expected === 'as-parsed') block.expected = parsed;
      if (!review && JSON.stringify(parsed) !== JSON.stringify(oracle)) {
        disagreements.push(
          `--- ${source.name} ${key} [${block.lang ?? ''}]\n${node.value}\n  oracle: ${JSON.stringify(oracle)}\n  parser: ${JSON.stringify(parsed)}`,
        );
      }
      blocks.push(block);
    }
  }
  return {file: {repo: source.repo, commit, license: source.license, blocks}, disagreements};
}

function main(argv: string[]): void {
  const mirrorArg = argv.indexOf('--mirror');
  const mirror = mirrorArg >= 0 ? argv[mirrorArg + 1] : '/work/.mirror';
  fs.mkdirSync(OUT, {recursive: true});
  const all: string[] = [];
  for (const source of SOURCES) {
    const {file, disagreements} = extract(source, mirror);
    fs.writeFileSync(path.join(OUT, `${source.name}.json`), JSON.stringify(file, null, 2) + '\n');
    const sessions = file.blocks.filter((b) => b.expected !== null).length;
    process.stderr.write(
      `${source.name}: ${file.blocks.length} blocks, ${sessions} sessions, ${disagreements.length} to review\n`,
    );
    all.push(...disagreements);
  }
  process.stdout.write(all.join('\n\n') + (all.length ? '\n' : ''));
}

main(process.argv.slice(2));
