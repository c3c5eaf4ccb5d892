import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {searchSetup, localSearchOptions} from '../../search.config';
import searchBoxTheme from '../../src/search-box';
import localSearchWithBoxIndex from '../../src/search-box/boxIndex';

const validator = path.join(process.cwd(), 'test/unit/validate-theme-config.cjs');

/** Validates themeConfig with the theme's own Joi schema, in a plain Node process. */
function validateWith(pkg: string, themeConfig: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const out = execFileSync(process.execPath, [validator, pkg], {
    input: JSON.stringify(themeConfig),
    encoding: 'utf8',
    stdio: 'pipe',
  });
  return JSON.parse(out) as Record<string, Record<string, unknown>>;
}

describe('searchSetup', () => {
  test('defaults to the offline search, one index per edition', () => {
    const setup = searchSetup({});
    expect(setup.backend).toBe('local');
    expect(setup.themes).toEqual([[localSearchWithBoxIndex, localSearchOptions], searchBoxTheme]);
    expect(setup.themeConfig).toEqual({});
    expect(localSearchOptions.language).toEqual(['zh', 'en']);
    expect(localSearchOptions.removeDefaultStopWordFilter).toEqual(['zh', 'en']);
  });

  test('SEARCH_BACKEND=algolia yields a config the Algolia theme accepts, with contextual search', () => {
    const setup = searchSetup({
      SEARCH_BACKEND: 'algolia',
      ALGOLIA_APP_ID: 'APPID123',
      ALGOLIA_API_KEY: 'search-only-key',
      ALGOLIA_INDEX_NAME: 'docker-notes',
    });
    expect(setup.themes).toEqual([]);
    const normalized = validateWith('@docusaurus/theme-search-algolia', setup.themeConfig);
    expect(normalized.algolia).toMatchObject({
      appId: 'APPID123',
      apiKey: 'search-only-key',
      indexName: 'docker-notes',
      contextualSearch: true,
      searchPagePath: 'search',
    });
  });

  test('SEARCH_BACKEND=typesense yields a config the Typesense theme accepts', () => {
    const setup = searchSetup({
      SEARCH_BACKEND: 'Typesense',
      TYPESENSE_HOST: 'search.example.org',
      TYPESENSE_API_KEY: 'search-only-key',
      TYPESENSE_COLLECTION: 'docker-notes',
      TYPESENSE_PORT: '8108',
      TYPESENSE_PROTOCOL: 'http',
    });
    expect(setup.themes).toEqual(['docusaurus-theme-search-typesense']);
    const normalized = validateWith('docusaurus-theme-search-typesense', setup.themeConfig);
    expect(normalized.typesense).toMatchObject({
      typesenseCollectionName: 'docker-notes',
      typesenseServerConfig: {
        nodes: [{host: 'search.example.org', port: 8108, protocol: 'http'}],
        apiKey: 'search-only-key',
      },
      contextualSearch: true,
    });
  });

  test('a broken Algolia config is rejected by the theme itself', () => {
    expect(() => validateWith('@docusaurus/theme-search-algolia', {algolia: {appId: 'x', apiKey: 'y'}})).toThrow(
      /indexName/,
    );
  });

  test('a missing variable is named in the error', () => {
    expect(() => searchSetup({SEARCH_BACKEND: 'algolia', ALGOLIA_APP_ID: 'x'})).toThrow(
      'SEARCH_BACKEND=algolia needs the environment variable(s) ALGOLIA_API_KEY, ALGOLIA_INDEX_NAME.',
    );
  });

  test('an unknown backend lists the valid ones', () => {
    expect(() => searchSetup({SEARCH_BACKEND: 'elastic'})).toThrow(
      'SEARCH_BACKEND="elastic" is not a search backend. Use one of: local, algolia, typesense.',
    );
  });

  test('a bad Typesense port is rejected', () => {
    expect(() =>
      searchSetup({
        SEARCH_BACKEND: 'typesense',
        TYPESENSE_HOST: 'h',
        TYPESENSE_API_KEY: 'k',
        TYPESENSE_COLLECTION: 'c',
        TYPESENSE_PORT: 'eighty',
      }),
    ).toThrow('TYPESENSE_PORT="eighty" is not a TCP port number.');
  });
});
