/**
 * Temporary copies of the site for browser tests that need other content:
 * the working tree's files (tracked and new, not ignored ones) without `.git`,
 * as in a source archive, with node_modules linked. Build them with
 * `buildCopy`; remove them with `removeCopy`.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve('.');

/** A build of a copy may take many minutes on a busy machine. */
export const BUILD_TIMEOUT = 30 * 60_000;

export function copySite(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(REPO, file);
    const to = path.join(dir, file);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(from);
    } catch {
      continue; // deleted in the working tree
    }
    fs.mkdirSync(path.dirname(to), {recursive: true});
    if (stat.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else fs.copyFileSync(from, to);
  }
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Writes `text` to `file` inside the copy, creating folders. */
export function writeInCopy(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
  fs.writeFileSync(path.join(dir, file), text);
}

/** Copies a file of the lint's hostile fixture set into the copy. */
export function fixtureInCopy(dir: string, fixture: string, to: string): void {
  writeInCopy(dir, to, fs.readFileSync(path.join(REPO, 'test/lint/fixtures', fixture), 'utf8'));
}

/** `docusaurus build` in the copy; the status and everything it printed. */
export function buildCopy(dir: string): {status: number | null; output: string} {
  const result = spawnSync(path.join(REPO, 'node_modules/.bin/docusaurus'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
    env: {...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1'},
    maxBuffer: 64 * 1024 * 1024,
  });
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

export function removeCopy(dir: string): void {
  fs.rmSync(dir, {recursive: true, force: true});
}
