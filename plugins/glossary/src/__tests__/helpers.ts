/**
 * The fixture site (__fixtures__/_site: docs/, versioned_docs/version-1.0/,
 * an en translation) loaded as a site would configure it: Dockerfile
 * instructions case-sensitive, auto-linked and linked in code; parser
 * directives only through :term[...].
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createGlossary, type Glossary, type Options} from '../index';
import {defaultEditionSources} from '../load';

export const siteDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__', '_site');

export const SITE_OPTIONS = {
  groups: {
    dockerfile: {
      label: {'zh-Hans': 'Dockerfile 指令', en: 'Dockerfile instructions'},
      position: 0,
      autoLink: true,
      caseSensitive: true,
      codeKeywords: true,
      indexLabel: 'term',
      manual: ['syntax', 'escape', 'check'],
    },
    concepts: {label: {'zh-Hans': '概念', en: 'Concepts'}, position: 1},
  },
} satisfies Options;

/** A glossary instance over the fixture site, loaded for `locale` (zh-Hans by default). */
export function fixtureGlossary(options: Options = {}, locale = 'zh-Hans', dir = siteDir): Glossary {
  const glossary = createGlossary({...SITE_OPTIONS, ...options});
  glossary.load(defaultEditionSources(dir, locale === 'zh-Hans' ? undefined : locale), {siteDir: dir, locale});
  return glossary;
}
