/**
 * CONTRIBUTING.md is what contributors read before their first pull request:
 * it must explain every rule the content lint can report, and show the
 * commands with the names package scripts and paths really have.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const contributing = fs.readFileSync(path.join(HERE, '..', '..', 'CONTRIBUTING.md'), 'utf8');
const rules = fs
  .readdirSync(path.join(HERE, 'fixtures'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'clean')
  .map((entry) => entry.name.split('--')[0]);

describe('CONTRIBUTING.md', () => {
  it.each([...new Set(rules)])('explains the rule %s', (rule) => {
    expect(contributing).toContain(`\`${rule}\``);
  });

  it('points at files that exist', () => {
    for (const file of [
      'docs/contributing/writing-guide.md',
      'scripts/content-lint/allow.ts',
      '.github/PULL_REQUEST_TEMPLATE.md',
      'scripts/check-mdx.mjs',
    ]) {
      expect(contributing).toContain(file);
      expect(fs.existsSync(path.join(HERE, '..', '..', file))).toBe(true);
    }
  });
});
