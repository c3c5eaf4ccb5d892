import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import searchBoxTheme, {evictCacheOn} from '../../src/search-box';
import {editionPages, loadQuestions, pageIdOf, questionsFor, withReaderQuestions} from '../../src/search-box/questions';

const ROOT = process.cwd();
const SITE_EDITIONS = {docs: '2.0', 'versioned_docs/version-1.0': '1.0'};

/** A site folder with the given files (path -> text). */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'questions-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Parses front matter as Docusaurus's default parser does, for the wrapper to extend. */
async function defaultParse({fileContent}: {filePath: string; fileContent: string}) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(fileContent);
  return {
    frontMatter: (match ? yaml.load(match[1]) : {}) as Record<string, unknown>,
    content: fileContent.slice(match?.[0].length ?? 0),
  };
}

const PAGES = new Map([
  ['2.0', new Set(['volumes/overview', 'compose/v1-vs-v2', 'intro'])],
  ['1.0', new Set(['volumes/overview', 'intro'])],
]);

function questionsFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'questions-file-'));
  const file = path.join(dir, 'questions.yaml');
  fs.writeFileSync(file, text);
  return file;
}

describe("readers' questions: page ids", () => {
  test.each([
    ['05-volumes/bind-mounts.md', {}, 'volumes/bind-mounts'],
    ['glossary/concepts/pod.md', {}, 'glossary/concepts/pod'],
    ['12-compose/index.mdx', {}, 'compose'],
    ['12-compose/compose.md', {}, 'compose'],
    ['2.intro/start.md', {}, 'intro/start'],
    ['intro.md', {slug: '/'}, 'intro'],
    ['glossary/index.md', {slug: '/glossary'}, 'glossary'],
    ['05-volumes/old.md', {slug: 'renamed'}, 'volumes/renamed'],
    ['05-volumes/old.md', {id: 'named-volumes'}, 'volumes/named-volumes'],
  ])('%s %j -> %s', (file, frontMatter, id) => {
    expect(pageIdOf(file, frontMatter)).toBe(id);
  });

  test("every page of the site's editions has an id, and the ids name the built pages", () => {
    const pages = editionPages(ROOT, SITE_EDITIONS);
    expect(pages.get('2.0')).toContain('volumes/bind-mounts');
    expect(pages.get('2.0')).toContain('glossary');
    expect(pages.get('2.0')).toContain('intro');
    expect(pages.get('1.0')).toContain('troubleshooting/error-index');
    expect(pages.get('1.0')).not.toContain('buildkit/cache');
  });
});

describe("readers' questions: the file", () => {
  test('groups apply to every edition with the page, or only to those listed', () => {
    const groups = loadQuestions(
      questionsFile(
        "- page: volumes/overview\n  questions: [容器一重启数据就没了, ' 数据存哪 ']\n" +
          "- page: compose/v1-vs-v2\n  editions: ['2.0']\n  questions: [compose 两个版本]\n" +
          '- page: volumes/overview\n  questions: [容器一重启数据就没了, 数据卷在哪]\n',
      ),
      PAGES,
    );
    expect(questionsFor(groups, '2.0', 'volumes/overview')).toEqual(['容器一重启数据就没了', '数据存哪', '数据卷在哪']);
    expect(questionsFor(groups, '1.0', 'volumes/overview')).toEqual(['容器一重启数据就没了', '数据存哪', '数据卷在哪']);
    expect(questionsFor(groups, '2.0', 'compose/v1-vs-v2')).toEqual(['compose 两个版本']);
    expect(questionsFor(groups, '1.0', 'compose/v1-vs-v2')).toEqual([]);
  });

  test('an empty file has no questions', () => {
    expect(loadQuestions(questionsFile('# nothing yet\n'), PAGES)).toEqual([]);
  });

  test.each([
    ['page: volumes/overview\n', 'expected a list of groups'],
    ['- [volumes/overview, 数据]\n', 'group 1 must be a mapping with `page` and `questions`'],
    ['- questions: [数据]\n', 'group 1: `page` must be a page id'],
    [
      '- page: volumes/overview\n',
      'group 1 (page volumes/overview): `questions` must be a list of non-empty questions',
    ],
    ['- page: volumes/overview\n  questions: [数据, ""]\n', '`questions` must be a list of non-empty questions'],
    ['- page: volumes/overview\n  question: [数据]\n', 'unknown key(s) question'],
    [
      "- page: volumes/overview\n  editions: ['3.0']\n  questions: [数据]\n",
      '`editions` must be a list of editions among 2.0, 1.0, got ["3.0"]',
    ],
    ['- page: volumes/overveiw\n  questions: [数据]\n', 'group 1: no page volumes/overveiw in edition 2.0, 1.0'],
    [
      "- page: compose/v1-vs-v2\n  editions: ['1.0']\n  questions: [数据]\n",
      'group 1: no page compose/v1-vs-v2 in edition 1.0',
    ],
  ])('%j fails: %s', (text, message) => {
    const file = questionsFile(text);
    expect(() => loadQuestions(file, PAGES)).toThrow(`${file}: `);
    expect(() => loadQuestions(file, PAGES)).toThrow(message);
  });
});

describe("readers' questions: front matter", () => {
  const files = {
    'docs/05-volumes/overview.md': '---\ntitle: 存储卷\nkeywords: [存储卷, 数据持久化]\n---\n\n正文\n',
    'docs/12-compose/v1-vs-v2.md': '---\ntitle: Compose V1 与 V2\n---\n\n正文\n',
    'versioned_docs/version-1.0/05-volumes/overview.md': '---\ntitle: 数据卷\n---\n\n正文\n',
    'src/pages/about.md': '---\ntitle: 关于\n---\n',
    'questions.yaml':
      '- page: volumes/overview\n  questions: [容器一重启数据就没了, 数据持久化]\n' +
      "- page: compose/v1-vs-v2\n  editions: ['2.0']\n  questions: [compose 两个版本]\n",
  };

  async function parsed(siteDir: string, file: string) {
    const parse = withReaderQuestions(defaultParse, {
      siteDir,
      file: path.join(siteDir, 'questions.yaml'),
      editions: SITE_EDITIONS,
    });
    const filePath = path.join(siteDir, file);
    return parse({filePath, fileContent: fs.readFileSync(filePath, 'utf8'), defaultParseFrontMatter: defaultParse});
  }

  test("a page's questions follow its own keywords, none twice, in the page's edition", async () => {
    const dir = site(files);
    expect((await parsed(dir, 'docs/05-volumes/overview.md')).frontMatter.keywords).toEqual([
      '存储卷',
      '数据持久化',
      '容器一重启数据就没了',
    ]);
    expect((await parsed(dir, 'versioned_docs/version-1.0/05-volumes/overview.md')).frontMatter.keywords).toEqual([
      '容器一重启数据就没了',
      '数据持久化',
    ]);
    expect((await parsed(dir, 'docs/12-compose/v1-vs-v2.md')).frontMatter.keywords).toEqual(['compose 两个版本']);
  });

  test('files outside the editions, and the rest of the front matter and content, are left as they are', async () => {
    const dir = site(files);
    const about = await parsed(dir, 'src/pages/about.md');
    expect(about.frontMatter).toEqual({title: '关于'});
    const overview = await parsed(dir, 'docs/05-volumes/overview.md');
    expect(overview.frontMatter.title).toBe('存储卷');
    expect(overview.content).toBe('\n正文\n');
  });

  test('a question for a page no edition has stops the build when the config loads', () => {
    const dir = site({...files, 'questions.yaml': '- page: volumes/gone\n  questions: [数据]\n'});
    expect(() =>
      withReaderQuestions(defaultParse, {
        siteDir: dir,
        file: path.join(dir, 'questions.yaml'),
        editions: SITE_EDITIONS,
      }),
    ).toThrow('group 1: no page volumes/gone in edition 2.0, 1.0');
  });
});

describe("the site's readers' questions (search/questions.yaml)", () => {
  const groups = loadQuestions(path.join(ROOT, 'search/questions.yaml'), editionPages(ROOT, SITE_EDITIONS));

  test('every group names a page of its editions', () => {
    expect(groups.length).toBeGreaterThan(0);
  });

  test('no held-out query is copied in: they measure questions nobody listed', () => {
    const heldout = (
      yaml.load(fs.readFileSync(path.join(ROOT, 'test/search/heldout.yaml'), 'utf8')) as {q: unknown}[]
    ).map(({q}) => String(q).trim().replace(/\s+/g, ' '));
    const listed = new Set(groups.flatMap((g) => g.questions.map((q) => q.replace(/\s+/g, ' '))));
    expect(heldout.filter((q) => listed.has(q))).toEqual([]);
  });
});

describe("readers' questions: the bundler's persistent cache", () => {
  // The MDX loader's output, keywords included, is cached per page: the questions file must evict it.
  const file = '/site/search/questions.yaml';

  test("Rspack's persistent cache gets the file as a build dependency", () => {
    const config = {experiments: {cache: {type: 'persistent', buildDependencies: ['/site/docusaurus.config.ts']}}};
    expect(evictCacheOn(config, file)).toEqual({experiments: {cache: {buildDependencies: [file]}}});
  });

  test("webpack's filesystem cache gets it under its own name; no persistent cache, nothing", () => {
    const config = {cache: {type: 'filesystem', buildDependencies: {config: ['/site/docusaurus.config.ts']}}};
    expect(evictCacheOn(config, file)).toEqual({cache: {buildDependencies: {readersQuestions: [file]}}});
    expect(evictCacheOn({cache: undefined}, file)).toEqual({});
    expect(evictCacheOn({cache: {type: 'memory'}}, file)).toEqual({});
  });

  test("the theme adds the site's questions file, and is watched for it in development", () => {
    const plugin = searchBoxTheme({siteDir: ROOT} as Parameters<typeof searchBoxTheme>[0]);
    const questions = path.join(ROOT, 'search/questions.yaml');
    expect(plugin.getPathsToWatch?.()).toContain(questions);
    const config = {experiments: {cache: {type: 'persistent', buildDependencies: []}}};
    const configure = plugin.configureWebpack as unknown as (c: typeof config) => object;
    expect(configure(config)).toEqual({experiments: {cache: {buildDependencies: [questions]}}});
  });
});
