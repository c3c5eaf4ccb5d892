/** Builds from a source archive: the Git check the config uses to drop "last updated" dates. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {isGitWorktree} from '../../scripts/lib/git';

describe('isGitWorktree', () => {
  it('is true in this checkout', () => {
    expect(isGitWorktree(process.cwd())).toBe(true);
  });

  it('is false in an unpacked archive (no .git anywhere above)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
    try {
      expect(isGitWorktree(dir)).toBe(false);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
