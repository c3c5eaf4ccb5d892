/**
 * The Docusaurus side, without a build: the plugin reads the docs plugins'
 * loaded content (versions, translations, term front matter, URLs), builds
 * the glossary once, and hands it to the remark plugin of the same instance.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {createGlossary} from '../index';
import {editionSourcesFromDocs} from '../docusaurus';
import {SITE_OPTIONS} from './helpers';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-plugin-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const doc = (source: string, frontMatter: Record<string, unknown>, title: string, permalink: string) => ({
  source: `@site/${source}`,
  frontMatter,
  title,
  permalink,
});

function allContent(siteDir: string) {
  return {
    'docusaurus-plugin-content-docs': {
      default: {
        loadedVersions: [
          {
            versionName: 'current',
            contentPath: path.join(siteDir, 'docs'),
            contentPathLocalized: path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current'),
            docs: [
              doc(
                'docs/glossary/dockerfile/run.md',
                {term: 'RUN', short: 'Runs a command.'},
                'RUN',
                '/docs/glossary/dockerfile/run',
              ),
              doc('docs/intro.md', {}, 'Intro', '/docs/intro'),
            ],
          },
        ],
      },
      api: {
        loadedVersions: [
          {
            versionName: 'current',
            contentPath: path.join(siteDir, 'api'),
            docs: [
              doc(
                'api/glossary/concepts/pod.md',
                {term: 'Pod', short: 'A group of containers.'},
                'Pod',
                '/api/glossary/concepts/pod',
              ),
            ],
          },
        ],
      },
    },
  };
}

const context = (siteDir: string, locale = 'en') =>
  ({siteDir, i18n: {currentLocale: locale, defaultLocale: 'en', locales: [locale]}}) as unknown as LoadContext;

describe('the Docusaurus plugin', () => {
  test('builds one edition per docs instance and version, from the loaded docs', async () => {
    const dir = site({
      'docs/intro.md': '# Intro\n\nUse RUN here.\n',
      'docs/glossary/dockerfile/run.md': '---\nterm: RUN\nshort: Runs a command.\n---\n',
      'api/glossary/concepts/pod.md': '---\nterm: Pod\nshort: A group of containers.\n---\n',
    });
    const glossary = createGlossary(SITE_OPTIONS);
    expect(glossary.store).toBeUndefined();
    const plugin = glossary.plugin(context(dir));
    await plugin.allContentLoaded!({allContent: allContent(dir), actions: {} as never});
    const store = glossary.store!;
    expect(store.glossary.editions.map((e) => [e.name, e.terms.map((t) => [t.id, t.permalink])])).toEqual([
      ['current', [['dockerfile/run', '/docs/glossary/dockerfile/run']]],
      ['api/current', [['concepts/pod', '/api/glossary/concepts/pod']]],
    ]);
    expect(store.locale).toBe('en');
    // "Used on": the intro links RUN (one parse of the page), titled as Docusaurus titled it.
    const usage = store.usage(store.glossary.editions[0]);
    expect(usage.get('dockerfile/run')?.map((p) => [p.source, p.title])).toEqual([['intro.md', 'Intro']]);
  });

  test('a docsPluginIds entry the site does not have is an error naming the option', () => {
    expect(() => editionSourcesFromDocs(allContent('/site'), '/site', ['docs'])).toThrow(
      /"docsPluginIds" names the docs plugin "docs", which this site does not have \(it has: default, api\)/,
    );
  });

  test('invalid term front matter fails with the file and the field', async () => {
    const dir = site({'docs/glossary/dockerfile/run.md': '---\nterm: RUN\n---\n'});
    const content = allContent(dir);
    content['docusaurus-plugin-content-docs'].default.loadedVersions[0].docs[0].frontMatter = {term: 'RUN'};
    const plugin = createGlossary(SITE_OPTIONS).plugin(context(dir));
    await expect(plugin.allContentLoaded!({allContent: content, actions: {} as never})).rejects.toThrow(
      'docs/glossary/dockerfile/run.md: front matter "short" is required',
    );
  });

  test('UI strings in zh-Hans and en, English for other locales', async () => {
    const messages = async (locale: string) =>
      createGlossary().plugin(context('/site', locale)).getDefaultCodeTranslationMessages!();
    await expect(messages('zh-Hans')).resolves.toEqual({'glossary.tooltip.more': '查看术语页'});
    await expect(messages('en')).resolves.toEqual({'glossary.tooltip.more': 'Open the glossary page'});
    await expect(messages('fr')).resolves.toEqual({'glossary.tooltip.more': 'Open the glossary page'});
  });

  test('options are validated when the instance is created, naming the option', () => {
    expect(() => createGlossary({once: 'chapter'} as never)).toThrow(/"once" must be one of \[page, section, all\]/);
    expect(() => createGlossary({groups: {dockerfile: {autoLinks: true}}} as never)).toThrow(
      /"groups.dockerfile.autoLinks" is not allowed/,
    );
  });

  test('the remark plugin without a loaded glossary says what to add', async () => {
    const glossary = createGlossary();
    const [attacher, options] = glossary.remark;
    const transformer = attacher(options);
    expect(() => transformer({type: 'root', children: []}, {path: '/site/docs/a.md'} as never, () => {})).toThrow(
      /Add glossary.plugin to the site's "plugins"/,
    );
    // Serializing the options (Docusaurus does, for cache keys) shows no data and no cycle.
    expect(JSON.stringify(options)).toBe('{"glossary":{}}');
  });
});
