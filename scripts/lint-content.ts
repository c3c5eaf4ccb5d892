/**
 * Content lint for both editions: `npx jiti scripts/lint-content.ts [--root DIR] [--json]`.
 * Prints every finding as `file:line:column  rule  message` and exits 1 when
 * there is an error. `--root` lints another tree shaped like the site (a
 * fixture folder with its own docs/ and versioned_docs/).
 */
import fs from 'node:fs';
import path from 'node:path';
import createJiti from 'jiti';
import {formatFinding, lintSite, listPages, sortFindings} from './content-lint/index';
import {glossaryFor} from './content-lint/glossary';
import {defaultScope, scopeFromConfig, type ContentScope} from './content-lint/scope';

/** The files the build compiles come from the site's own config when the root has one. */
async function scopeOf(root: string): Promise<ContentScope> {
  const configFile = ['docusaurus.config.ts', 'docusaurus.config.js', 'docusaurus.config.mjs']
    .map((name) => path.join(root, name))
    .find((file) => fs.existsSync(file));
  if (!configFile) return defaultScope(root);
  const loaded = createJiti(__filename, {interopDefault: true})(configFile) as unknown;
  const exported = (loaded as {default?: unknown}).default ?? loaded;
  const config = typeof exported === 'function' ? await (exported as () => Promise<unknown>)() : exported;
  return scopeFromConfig(root, config as Parameters<typeof scopeFromConfig>[1]);
}

async function main(argv: string[]): Promise<number> {
  let root = process.cwd();
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--root' && argv[i + 1]) {
      root = path.resolve(argv[(i += 1)]);
    } else if (arg === '--json') json = true;
    else {
      process.stderr.write(`lint-content: unknown argument ${arg}\nusage: lint-content [--root DIR] [--json]\n`);
      return 2;
    }
  }
  const scope = await scopeOf(root);
  const findings = sortFindings(lintSite(root, {glossaryFor: glossaryFor(root), scope}));
  if (json) {
    process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    for (const finding of findings) process.stdout.write(`${formatFinding(finding)}\n`);
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const pages = listPages(root, scope).length;
  process.stderr.write(`content lint: ${pages} pages, ${errors} error(s), ${findings.length - errors} warning(s)\n`);
  return errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lint-content: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
