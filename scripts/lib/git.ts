/**
 * Whether the site is built from a Git worktree. A source tarball (GitHub's
 * "Download ZIP", `git archive`, a Docker build context without `.git`) has no
 * history, and Docusaurus refuses `showLastUpdateTime` there.
 */
import {spawnSync} from 'node:child_process';

export function isGitWorktree(dir: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: dir, encoding: 'utf8'});
  return result.status === 0 && result.stdout.trim() === 'true';
}
