/**
 * The content lint: parses each page of both editions on the Markdown tree and
 * runs every rule. Pure apart from `lintSite`, which reads the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Point} from 'unist';
import {classifyPage, classifyScoped} from './page';
import {parsePage} from './parse';
import {defaultScope, scopedFiles, type ContentScope} from './scope';
import {checkCategoryFile, checkFolderNames} from './category';
import {formatSwitchRule} from './rules/format';
import {findInvisibleCharacters} from './rules/invisible';
import {markupInLabelRule} from './rules/labels';
import {frontMatterRule} from './rules/front-matter';
import {headingIncrementRule} from './rules/headings';
import {imageAltRule} from './rules/images';
import {indentedCodeRule} from './rules/indented-code';
import {securityRule} from './rules/security';
import {sessionRule} from './rules/sessions';
import {unknownDirectiveRule} from './rules/directives';
import {termUnknownRule} from './rules/terms';
import {hexIdRule, hexIdsAcrossPages} from './rules/hex-ids';
import {terminologyRule} from './rules/terminology';
import type {Finding, GlossaryIndex, PageInfo, Place, Rule, RuleContext, RuleId, Severity} from './types';

export type {Finding, RuleId} from './types';

export const RULES: readonly Rule[] = [
  frontMatterRule,
  headingIncrementRule,
  imageAltRule,
  indentedCodeRule,
  sessionRule,
  termUnknownRule,
  unknownDirectiveRule,
  securityRule,
  hexIdRule,
  terminologyRule,
  formatSwitchRule,
  markupInLabelRule,
];

export interface LintOptions {
  /** Glossary of an edition (`current`, `1.0`), for `term-unknown`. */
  glossaryFor?: (page: PageInfo) => GlossaryIndex | undefined;
  rules?: readonly Rule[];
  /** Which files the build compiles; by default the site's layout under the root (see scope.ts). */
  scope?: ContentScope;
  /** What the page is, when it was found through the scope (otherwise decided from `file`). */
  page?: PageInfo;
}

/** Lints one page. `file` is relative to the site root and decides the page kind. */
export function lintSource(file: string, source: string, options: LintOptions = {}): Finding[] {
  const page = options.page ?? classifyPage(file);
  if (!page) return [];
  const findings: Finding[] = [];
  let originalLine = (line: number): number => line;
  const report = (rule: RuleId, message: string, place: Place, severity: Severity = 'error'): void => {
    const point = pointOf(place);
    const text = severity === 'warning' ? `warning: ${message}` : message;
    const line = originalLine(point.line);
    findings.push({file: page.file, line, column: point.column, rule, message: text, severity});
  };
  // Characters are checked in the file as written, whatever the parse makes of it.
  for (const {point, message} of findInvisibleCharacters(source)) report('security-invisible', message, point);
  const parsed = parsePage(source, {file, siteFormat: options.scope?.format});
  if (!parsed.ok) {
    report(parsed.rule, parsed.message, parsed.point);
    return findings;
  }
  originalLine = parsed.originalLine;
  if (parsed.frontMatterError) report('front-matter', parsed.frontMatterError.message, parsed.frontMatterError.point);
  const context: RuleContext = {
    page,
    source,
    tree: parsed.tree,
    format: parsed.format,
    frontMatter: parsed.frontMatter,
    glossary: options.glossaryFor?.(page),
    report,
  };
  for (const rule of options.rules ?? RULES) {
    if (rule === frontMatterRule && parsed.frontMatterError) continue;
    rule(context);
  }
  return sortFindings(findings);
}

function pointOf(place: Place): Point {
  if (!place) return {line: 1, column: 1};
  if ('line' in place) return {line: place.line, column: place.column};
  if ('start' in place) return {line: place.start.line, column: place.start.column};
  const start = place.position?.start;
  return start ? {line: start.line, column: start.column} : {line: 1, column: 1};
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** `file:line:column  rule  message`, the one output format of every lint here. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}  ${finding.rule}  ${finding.message}`;
}

/** The Markdown files the build compiles under `root` (see scope.ts), relative to it, sorted. */
export function listPages(root: string, scope: ContentScope = defaultScope(root)): string[] {
  return scopedFiles(root, scope)
    .filter((scoped) => scoped.type === 'page')
    .map((scoped) => scoped.file)
    .sort();
}

/** Lints every file the build reads under `root` (the site root or a fixture tree shaped like one). */
export function lintSite(root: string, options: LintOptions = {}): Finding[] {
  const scope = options.scope ?? defaultScope(root);
  const files = scopedFiles(root, scope);
  const findings: Finding[] = [...checkFolderNames(files)];
  // `hex-id` also compares pages with each other: one collector per run sees every page's tree.
  const acrossPages = hexIdsAcrossPages();
  const chosen = options.rules ?? RULES;
  const rules = chosen.includes(hexIdRule) ? [...chosen, acrossPages.rule] : chosen;
  for (const scoped of files) {
    const source = fs.readFileSync(path.join(root, scoped.file), 'utf8');
    if (scoped.type === 'category') {
      findings.push(...checkCategoryFile(scoped.file, source));
      continue;
    }
    findings.push(...lintSource(scoped.file, source, {...options, rules, scope, page: classifyScoped(scoped)}));
  }
  findings.push(...acrossPages.findings());
  return sortFindings(findings);
}
