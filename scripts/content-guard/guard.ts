/**
 * `markdown.preprocessor` for the site: every Markdown/MDX file the MDX loader
 * compiles (docs of both editions, their translations, src/pages, files
 * reached through a symlink) goes through the content lint's security rules
 * first, and the build stops with file:line:column for any finding. The lint
 * is what CI runs before the build; this makes the build itself refuse a page
 * that would run code during server-side rendering or in a reader's browser,
 * on any machine and in `docusaurus start`. It returns the content unchanged.
 */
import path from 'node:path';
import {formatFinding, lintSource} from '../content-lint/index';
import {classifyAnyPath} from '../content-lint/page';
import {securityRule} from '../content-lint/rules/security';
import {formatSwitchRule} from '../content-lint/rules/format';
import type {FormatOption} from './format';

/**
 * Findings that mean code could run, or that the page would take the compiler
 * unreasonably long (nesting-depth); labels with markup and invisible characters render as text.
 */
const BLOCKING = new Set([
  'nesting-depth',
  'security-script',
  'security-iframe',
  'security-jsx',
  'security-event-handler',
  'security-url',
  'security-esm',
  'security-expression',
  'security-front-matter',
  'security-format',
  'security-html',
]);

export class UnsafeContentError extends Error {
  override name = 'UnsafeContentError';
}

export interface GuardOptions {
  siteDir: string;
  /** The site's `markdown.format`, so pages are read as the loader reads them. */
  format?: FormatOption;
}

export function createContentGuard(options: GuardOptions) {
  return function contentGuard({filePath, fileContent}: {filePath: string; fileContent: string}): string {
    const file = path.relative(options.siteDir, filePath).split(path.sep).join('/');
    const findings = lintSource(file, fileContent, {
      page: classifyAnyPath(file),
      rules: [securityRule, formatSwitchRule],
      scope: {dirs: [], format: options.format ?? 'mdx'},
    }).filter((finding) => BLOCKING.has(finding.rule));
    if (findings.length > 0) {
      throw new UnsafeContentError(
        `${findings.map(formatFinding).join('\n')}\n` +
          'The build refuses this page (code that could run in the build or in readers’ browsers, or nesting too deep to compile). ' +
          'Run `npm run lint:content` for the same findings.',
      );
    }
    return fileContent;
  };
}
