/**
 * Glossary check (part of `npm test`): `npx jiti scripts/glossary-check.ts [siteDir]`
 * - fails (exit 1) when a term page is invalid or a spelling is claimed by two terms
 *   of one edition (the linker could not tell which page to link);
 * - reports, without failing, the terms no page uses and tooltips that break the
 *   term-page contract (one plain sentence, at most 60 CJK characters).
 */
import path from 'node:path';
import {createGlossary} from '@docker-k8s-notes/docusaurus-plugin-glossary';
import {
  defaultEditionSources,
  findAliasConflicts,
  GlossaryLoadError,
} from '@docker-k8s-notes/docusaurus-plugin-glossary/tools';
import {glossaryOptions} from '../glossary.config';

export interface CheckResult {
  errors: string[];
  unused: string[];
  notes: string[];
}

export function checkGlossary(siteDir: string): CheckResult {
  const result: CheckResult = {errors: [], unused: [], notes: []};
  let store;
  try {
    store = createGlossary(glossaryOptions).load(defaultEditionSources(siteDir), {siteDir});
  } catch (error) {
    if (error instanceof GlossaryLoadError) {
      result.errors.push(...error.problems);
      return result;
    }
    throw error;
  }
  for (const c of findAliasConflicts(store.glossary)) {
    result.errors.push(`edition ${c.edition}: "${c.spelling}" is claimed by ${c.terms.join(' and ')}`);
  }
  for (const edition of store.glossary.editions) {
    const usage = store.usage(edition);
    for (const term of edition.terms) {
      const rel = path.relative(siteDir, term.file);
      if (!usage.get(term.id)?.length) result.unused.push(`edition ${edition.name}: ${term.term} (${rel})`);
      const cjk = (term.short.match(/[\u3400-\u9fff]/g) ?? []).length;
      if (cjk > 60) result.notes.push(`${rel}: "short" has ${cjk} CJK characters (contract: at most 60)`);
      if (/[`*[\]<>{}]/.test(term.short))
        result.notes.push(`${rel}: "short" looks like Markdown; it is shown as plain text`);
    }
  }
  return result;
}

function main(): void {
  const siteDir = path.resolve(process.argv[2] ?? process.cwd());
  const {errors, unused, notes} = checkGlossary(siteDir);
  if (unused.length)
    console.log(
      `Glossary: ${unused.length} term(s) no page uses (report only):\n${unused.map((u) => `  - ${u}`).join('\n')}`,
    );
  if (notes.length) console.log(`Glossary notes:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  if (errors.length) {
    console.error(`Glossary check failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Glossary check: ok (no invalid term page, no spelling claimed by two terms)');
  }
}

// Run as a script (jiti), not when imported by a test.
if (process.argv[1] && /glossary-check\.ts$/.test(process.argv[1])) main();
