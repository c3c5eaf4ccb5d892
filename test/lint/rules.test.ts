/**
 * Each folder of test/lint/fixtures/ is a miniature site (docs/, versioned_docs/)
 * named after the rule its pages break; `clean/` breaks nothing. The expected
 * findings, in the lint's own output format, are in `expected.txt` next to the
 * pages: regenerate with `UPDATE=1 npm run test:unit -- test/lint` and review
 * the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {formatFinding, lintSite} from '../../scripts/content-lint/index';
import {glossaryFor} from '../../scripts/content-lint/glossary';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const folders = fs
  .readdirSync(FIXTURES, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function lintFixture(name: string): string[] {
  const root = path.join(FIXTURES, name);
  return lintSite(root, {glossaryFor: glossaryFor(root)}).map(formatFinding);
}

describe('content lint fixtures', () => {
  it('has a clean fixture and hostile ones', () => {
    expect(folders).toContain('clean');
    expect(folders.length).toBeGreaterThan(10);
  });

  it('finds nothing in the clean fixture', () => {
    expect(lintFixture('clean')).toEqual([]);
  });

  describe.each(folders.filter((name) => name !== 'clean'))('%s', (rule) => {
    const lines = lintFixture(rule);

    it('fires, and only that rule fires', () => {
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.split('  ')[1]).toBe(rule);
    });

    it('reports at least one error (not only warnings)', () => {
      const root = path.join(FIXTURES, rule);
      expect(lintSite(root, {glossaryFor: glossaryFor(root)}).some((finding) => finding.severity === 'error')).toBe(
        true,
      );
    });

    it('reports the expected places and messages (expected.txt)', () => {
      const expectedFile = path.join(FIXTURES, rule, 'expected.txt');
      const actual = `${lines.join('\n')}\n`;
      if (process.env.UPDATE === '1' || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, actual);
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    });
  });
});
