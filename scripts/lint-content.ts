/**
 * Content lint for both editions: `npx jiti scripts/lint-content.ts [--root DIR] [--json]`.
 * Prints every finding as `file:line:column  rule  message` and exits 1 when
 * there is an error. `--root` lints another tree shaped like the site (a
 * fixture folder with its own docs/ and versioned_docs/).
 */
import path from 'node:path';
import {checkExemptions, formatFinding, lintSite, listPages, sortFindings} from './content-lint/index';
import {glossaryFor} from './content-lint/glossary';

function main(argv: string[]): number {
  let root = process.cwd();
  let ownTree = true;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--root' && argv[i + 1]) {
      root = path.resolve(argv[(i += 1)]);
      ownTree = false;
    } else if (arg === '--json') json = true;
    else {
      process.stderr.write(`lint-content: unknown argument ${arg}\nusage: lint-content [--root DIR] [--json]\n`);
      return 2;
    }
  }
  // The exemption list names files of this repository: check it only when linting this repository.
  const exemptionProblems = ownTree ? checkExemptions(root) : [];
  const findings = sortFindings([...exemptionProblems, ...lintSite(root, {glossaryFor: glossaryFor(root)})]);
  if (json) {
    process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    for (const finding of findings) process.stdout.write(`${formatFinding(finding)}\n`);
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const pages = listPages(root).length;
  process.stderr.write(`content lint: ${pages} pages, ${errors} error(s), ${findings.length - errors} warning(s)\n`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
