/**
 * Each folder of test/lint/fixtures/ is a miniature site (docs/, versioned_docs/,
 * src/pages/, i18n/) named after the rule its pages break; `clean/` breaks
 * nothing. A folder named `rule--case` holds one hostile case that trips that
 * rule and may trip others on the way (its expected.txt lists them all). The expected
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

  describe.each(folders.filter((name) => name !== 'clean'))('%s', (folder) => {
    const [rule, hostileCase] = folder.split('--');
    const lines = lintFixture(folder);

    it(hostileCase ? 'fires that rule' : 'fires, and only that rule fires', () => {
      expect(lines.length).toBeGreaterThan(0);
      const rules = lines.map((line) => line.split('  ')[1]);
      if (hostileCase) expect(rules).toContain(rule);
      else for (const found of rules) expect(found).toBe(rule);
    });

    it('reports at least one error (not only warnings)', () => {
      const root = path.join(FIXTURES, folder);
      expect(lintSite(root, {glossaryFor: glossaryFor(root)}).some((finding) => finding.severity === 'error')).toBe(
        true,
      );
    });

    it('reports the expected places and messages (expected.txt)', () => {
      const expectedFile = path.join(FIXTURES, folder, 'expected.txt');
      const actual = `${lines.join('\n')}\n`;
      if (process.env.UPDATE === '1' || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, actual);
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
    });
  });
});
