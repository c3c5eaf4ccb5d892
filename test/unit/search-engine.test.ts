/**
 * The search box's worker asks lunr fewer queries than the package's own
 * worker; these tests hold it to the same answers (but for the one difference
 * engine.ts names). The index is built by the
 * package's own index builder from this site's 2.0 chapters, and the queries
 * are those of the search benchmark (test/search/*.yaml) with every rewrite the
 * search box runs for them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import yaml from 'js-yaml';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import lunr from 'lunr';
import {tokenize} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize';
import {smartQueries} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries';
import {sortSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults';
import {processTreeStatusOfSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults';
import type {
  EngineDocument,
  EngineResult,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {
  coverageSearch,
  entryMatch,
  labelMatch,
  loadIndex,
  searchIndex,
  wordWeights,
  type SerializedPart,
} from '../../src/search-box/engine';
import {anyWordTerms, readQuery} from '../../src/search-box/queryRules';
import {loadSynonyms} from '../../src/search-box/synonyms';
import {localSearchOptions} from '../../search.config';
import {withoutPositions, writeBoxIndexes} from '../../src/search-box/boxIndex';
import {packBoxIndex, readBoxIndex, unpackBoxIndex, type PackedBoxIndex} from '../../src/search-box/boxFormat';
import {boxIndexName} from '../../src/search-box/indexName';
import {markdownFiles} from './search/markdownFiles';

const ROOT = process.cwd();
const require = createRequire(import.meta.url);
const {buildIndex} = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex.js') as {
  buildIndex(documents: EngineDocument[][], options: object): SerializedPart[];
};

/** Rows as the package indexes a page: title, headings, description, keywords, body paragraphs. */
function siteRows(): EngineDocument[][] {
  const rows: EngineDocument[][] = [[], [], [], [], []];
  let id = 0;
  for (const file of markdownFiles(path.join(ROOT, 'docs')).sort()) {
    const source = fs.readFileSync(file, 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
    const meta = (frontMatter ? yaml.load(frontMatter[1]) : {}) as {
      title?: string;
      description?: string;
      keywords?: string[];
    };
    const tree = fromMarkdown(source.slice(frontMatter?.[0].length ?? 0)) as Root;
    const url = `/docs/${path.relative(path.join(ROOT, 'docs'), file).replace(/\.mdx?$/, '')}`;
    const page = id++;
    let title = meta.title ?? path.basename(file);
    let section = '';
    // As the package's indexer does: a page's description and keywords rows carry the page's id.
    if (meta.description) rows[2].push({i: page, t: meta.description, u: url, p: page});
    if (meta.keywords) rows[3].push({i: page, t: meta.keywords.join(', '), u: url, p: page});
    for (const node of tree.children) {
      const text = toString(node).trim();
      if (!text) continue;
      if (node.type === 'heading' && node.depth === 1) title = text;
      else if (node.type === 'heading') rows[1].push({i: id++, t: (section = text), u: url, h: `#h${id}`, p: page});
      else if (node.type === 'paragraph' || node.type === 'list' || node.type === 'code')
        rows[4].push({i: id++, t: text, u: url, h: section ? `#${section}` : '', s: section || title, p: page});
    }
    rows[0].push({i: page, t: title, u: url, b: []});
  }
  return rows;
}

/**
 * The package's own worker: the whole word list, every reading asked, rows found
 * by scanning; except that a row already found is recognised by its kind and id,
 * as the search box's engine does.
 */
function referenceSearcher(json: SerializedPart[]) {
  const parts = json.map(({documents, index}, type) => ({type, documents, index: lunr.Index.load(index)}));
  const words = new Set<string>();
  for (const {index} of json)
    for (const [term] of index.invertedIndex) if (/\p{Unified_Ideograph}/u.test(term[0])) words.add(term);
  // lunr answers a query the same every time; the rewrites of one question share most of their queries.
  const answered = new Map<string, lunr.Index.Result[]>();
  return (input: string, limit: number) => referenceSearch(parts, [...words], input, limit, answered);
}

function referenceSearch(
  parts: {type: number; documents: EngineDocument[]; index: lunr.Index}[],
  words: string[],
  input: string,
  limit: number,
  answered: Map<string, lunr.Index.Result[]>,
): EngineResult[] {
  const tokens = tokenize(input, localSearchOptions.language);
  if (tokens.length === 0) return [];
  const results: EngineResult[] = [];
  search: for (const {term, tokens: queryTokens} of smartQueries(tokens, words)) {
    const asked = JSON.stringify(term.map(({value, wildcard, presence}) => [value, wildcard, presence]));
    for (const {type, documents, index} of parts) {
      const key = `${type}\n${asked}`;
      let found = answered.get(key);
      if (!found) {
        found = index.query((q) =>
          term.forEach((item) => q.term(item.value, {wildcard: item.wildcard, presence: item.presence})),
        );
        answered.set(key, found);
      }
      const matches = found
        .slice(0, limit)
        // By kind and id: the one deliberate difference (see engine.ts).
        .filter((m) => !results.some((r) => r.type === type && String(r.document.i) === m.ref))
        .slice(0, limit - results.length);
      for (const m of matches) {
        const document = documents.find((d) => String(d.i) === m.ref) as EngineDocument;
        const page = type !== 0 && parts[0].documents.find((d) => d.i === document.p);
        results.push({
          document,
          type,
          page: page ?? false,
          metadata: m.matchData.metadata as Record<string, unknown>,
          tokens: queryTokens,
          score: m.score,
        });
      }
      if (results.length >= limit) break search;
    }
  }
  sortSearchResults(results);
  processTreeStatusOfSearchResults(results);
  return results;
}

const summary = (rows: EngineResult[]) =>
  rows.map((r) => ({
    type: r.type,
    i: r.document.i,
    page: r.page ? r.page.i : null,
    tokens: r.tokens,
    score: r.score,
    tree: [(r as {isInterOfTree?: boolean}).isInterOfTree, (r as {isLastOfTree?: boolean}).isLastOfTree],
  }));

describe('search engine (worker)', () => {
  const json = buildIndex(siteRows(), {...localSearchOptions, zhUserDict: undefined, zhUserDictPath: undefined});
  // What the worker receives: the index as JSON.
  const serialized = JSON.parse(JSON.stringify(json)) as SerializedPart[];
  const loaded = loadIndex(serialized);
  const reference = referenceSearcher(serialized);
  const synonyms = loadSynonyms(path.join(ROOT, 'search/synonyms.yaml'));
  const load = (f: string) =>
    (yaml.load(fs.readFileSync(path.join(ROOT, 'test/search', f), 'utf8')) as {q: string}[]).map(({q}) => String(q));
  // About 150 reader queries spread over every batch besides the public set: the
  // package's worker takes up to seconds on a long question, and that many already hold
  // every kind of query and rewrite; a fixed share would make this test grow with every
  // new batch.
  const readers = [...load('training.yaml'), ...load('heldout.yaml')];
  const step = Math.ceil(readers.length / 150);
  const queries = [...load('queries.yaml'), ...readers.filter((_, i) => i % step === 0)];
  const asked = [
    ...new Set(
      queries.flatMap((q) => {
        const reading = readQuery(q, synonyms);
        const variants = reading.variants.map((v) => v.query);
        return [...variants, ...(variants[0] ? anyWordTerms(reading.anyWords) : [])];
      }),
    ),
  ];

  it('indexes real chapters', () => {
    expect(serialized[0].documents.length).toBeGreaterThan(100);
    expect(loaded.dictionary.size).toBeGreaterThan(1000);
    expect(asked.length).toBeGreaterThan(200);
  });

  it('answers every benchmark query and rewrite as the package worker does', () => {
    const differ = asked.filter(
      (q) => JSON.stringify(summary(searchIndex(loaded, q, 30))) !== JSON.stringify(summary(reference(q, 30))),
    );
    expect(differ).toEqual([]);
  });

  it("keeps a page's keywords row when its description row matched too (same id, different kind)", () => {
    const rows = searchIndex(loaded, 'docker stats', 30).filter((r) =>
      r.document.u.endsWith('/logs-events-stats-inspect'),
    );
    const kinds = rows.map((r) => r.type);
    expect(kinds).toEqual(expect.arrayContaining([2, 3]));
    // The same id in both: the package's worker would have kept only the first.
    expect(new Set(rows.filter((r) => r.type === 2 || r.type === 3).map((r) => r.document.i)).size).toBe(1);
  });

  it('answers the same when asked again (words looked up earlier are kept)', () => {
    for (const q of asked.slice(0, 40)) expect(summary(searchIndex(loaded, q, 10))).toEqual(summary(reference(q, 10)));
  });

  it('weighs a word by how few pages hold it', () => {
    const weights = wordWeights(loaded, ['容器', '轮转', '不存在的词']);
    expect(weights['容器']).toBeGreaterThan(0);
    expect(weights['轮转']).toBeGreaterThan(2 * weights['容器']);
    // No page holds it: the most a word can weigh.
    expect(weights['不存在的词']).toBeCloseTo(Math.log(1 + serialized[0].documents.length));
  });

  it("finds pages that hold a question's words in different rows, most of them first", () => {
    const words = anyWordTerms('容器日志太大把磁盘占满');
    // No single row holds them all...
    expect(searchIndex(loaded, '容器日志太大把磁盘占满', 30)).toEqual([]);
    const rows = coverageSearch(loaded, words, 10);
    // ...but the chapter on log rotation holds most of them.
    expect(rows.slice(0, 3).map((r) => r.document.u)).toEqual(
      expect.arrayContaining(['/docs/15-troubleshooting/logging-drivers']),
    );
    const scores = rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const weights = wordWeights(loaded, words);
    const weightOf = (list: string[]) => list.reduce((sum, w) => sum + weights[w], 0);
    const known = words.filter((w) => coverageSearch(loaded, [w], 1).length > 0);
    // Pages holding half of the words' weight; those holding a quarter only when fewer than three hold half.
    const half = rows.filter((row) => weightOf(row.tokens) >= 0.5 * weightOf(known));
    if (half.length >= 3) expect(half).toHaveLength(rows.length);
    for (const row of rows) {
      expect(weightOf(row.tokens)).toBeGreaterThanOrEqual(0.25 * weightOf(known));
      expect(words).toEqual(expect.arrayContaining(row.tokens));
      // The row shown holds at least one of the words.
      expect(row.tokens.some((w) => row.document.t.toLowerCase().includes(w))).toBe(true);
    }
    expect(new Set(rows.map((r) => r.document.u)).size).toBe(rows.length);
    expect(coverageSearch(loaded, ['喵呜咕噜'], 10)).toEqual([]);
  });

  it('scores pages as BM25 over their fields: a word in the title, or held more often for the length, counts more', () => {
    const page = (i: number, title: string, body: string[]): EngineDocument[][] => [
      [{i, t: title, u: `/p${i}`, b: []}],
      [],
      [],
      [],
      body.map((t, k) => ({i: 100 * (i + 1) + k, t, u: `/p${i}`, h: '', s: title, p: i})),
    ];
    const pages = [
      page(0, '日志轮转', ['设置 max-size 限制文件大小']),
      page(1, '网络模式', ['日志轮转 一段', '另一段 无关']),
      page(2, '存储卷', ['日志轮转 第一段', '日志轮转 第二段', '日志轮转 第三段', '说明']),
      page(3, '端口映射', ['日志轮转 一段', '其他 一', '其他 二', '其他 三', '其他 四', '其他 五', '其他 六']),
      page(4, '镜像分层', ['与此无关的内容']),
      page(5, '网络', ['一堆 说明']),
      page(6, '安全', ['冒出来 说明']),
    ];
    // An index of the given pages, their rows gathered by kind.
    const indexOf = (site: EngineDocument[][][]) => {
      const rows = site.reduce<EngineDocument[][]>(
        (all, p) => all.map((list, k) => [...list, ...p[k]]),
        [[], [], [], [], []],
      );
      return loadIndex(JSON.parse(JSON.stringify(buildIndex(rows, localSearchOptions))) as SerializedPart[]);
    };
    const small = indexOf(pages);
    const found = coverageSearch(small, ['日志', '轮转'], 10).map((r) => r.document.u);
    // Title first; then the page holding the words three times; then once on a
    // short page before once on a long one; the page without them not at all.
    expect(found).toEqual(['/p0', '/p2', '/p1', '/p3']);
    // Three rare words no page shares: each page holding one holds a third, enough to be listed.
    // A compound the index holds as two words (日志轮转: 日志, 轮转) is looked for as its pairs.
    expect(coverageSearch(small, ['日志轮转'], 10).map((r) => r.document.u)).toEqual(found);
    const padded = coverageSearch(small, ['设置', '一堆', '冒出来'], 10).map((r) => r.document.u);
    expect(padded).toEqual(expect.arrayContaining(['/p0', '/p5', '/p6']));
    expect(padded).not.toContain('/p4');
    // A page holding a third of the words (说明 alone) is listed after the four holding more:
    // the ranking weighs every page's share, and one left out would count as holding nothing.
    const third = coverageSearch(small, ['日志', '轮转', '说明'], 10).map((r) => r.document.u);
    expect(third.slice(0, 4)).toEqual(expect.arrayContaining(['/p0', '/p1', '/p2', '/p3']));
    expect(third.slice(4)).toEqual(expect.arrayContaining(['/p5', '/p6']));
    // Five such words: no page holds a quarter of them, and none is listed.
    expect(coverageSearch(small, ['设置', '一堆', '冒出来', '其他', '与此'], 10)).toEqual([]);
    // The words together in one row beat them scattered over a page as long, even one holding a word twice.
    const apart = [
      page(0, '甲', ['压缩 归档', '说明', '说明']),
      page(1, '乙', ['压缩 一段', '归档 一段', '压缩 二段']),
    ];
    const twoPages = indexOf(apart);
    expect(coverageSearch(twoPages, ['压缩', '归档'], 10).map((r) => r.document.u)).toEqual(['/p0', '/p1']);
    // A keywords row is a list of phrases: holding both words in one phrase is holding them together;
    // one phrase each, less so.
    const listed = (i: number, keywords: string): EngineDocument[][] => [
      [{i, t: i === 0 ? '甲' : '乙', u: `/p${i}`, b: []}],
      [],
      [],
      [{i, t: keywords, u: `/p${i}`, p: i}],
      [],
    ];
    const phrases = indexOf([listed(0, '归档, 其他, 压缩'), listed(1, '压缩 归档, 其他, 说明')]);
    const scored = coverageSearch(phrases, ['压缩', '归档'], 10);
    expect(scored.map((r) => r.document.u)).toEqual(['/p1', '/p0']);
    expect(scored[0].score).toBeGreaterThan(scored[1].score);
    // 设置 is rarer than 说明: the page holding it comes first, the pages holding 说明 after it.
    const few = coverageSearch(small, ['设置', '说明'], 10).map((r) => r.document.u);
    expect(few[0]).toBe('/p0');
    expect(few).toEqual(expect.arrayContaining(['/p0', '/p2', '/p5', '/p6']));
    expect(few).not.toContain('/p4');
  });

  it("matches a query's character pairs against each page's title, description, keywords and headings", () => {
    const rows: EngineDocument[][] = [
      [
        {i: 0, t: '健康检查', u: '/p0', b: []},
        {i: 1, t: '镜像体积', u: '/p1', b: []},
        {i: 2, t: '存储卷', u: '/p2', b: []},
        {i: 3, t: '网络', u: '/p3', b: []},
      ],
      [{i: 10, t: '心跳与探活', u: '/p1', h: '#x', p: 1}],
      [{i: 2, t: '给容器挂载 volume', u: '/p2', p: 2}],
      [{i: 3, t: '容器互联, 健康', u: '/p3', p: 3}],
      // Body text is not a label: 心跳检测 here does not count.
      [{i: 20, t: '心跳检测 健康检查', u: '/p2', h: '', s: '存储卷', p: 2}],
    ];
    const small = loadIndex(JSON.parse(JSON.stringify(buildIndex(rows, localSearchOptions))) as SerializedPart[]);
    const match = labelMatch(small, '容器心跳检测');
    // 心跳 (one heading) is rarer than 容器 (a description and keywords): the page with the heading first.
    expect([...match.keys()].sort()).toEqual([1, 2, 3]);
    expect(match.get(1)).toBeGreaterThan(match.get(2)!);
    expect(match.get(2)).toBeCloseTo(match.get(3)!);
    for (const share of match.values()) expect(share).toBeLessThan(1);
    expect(labelMatch(small, '健康检查').get(0)).toBeCloseTo(1);
    // Latin words count whole and in lower case; a single character or nothing holds no piece.
    expect([...labelMatch(small, 'Volume').keys()]).toEqual([2]);
    expect(labelMatch(small, '网').size).toBe(0);
    expect(labelMatch(small, '  ').size).toBe(0);
  });

  it("compares the query with each of a page's keywords and readers' questions on its own", () => {
    const rows: EngineDocument[][] = [
      [
        {i: 0, t: '日志', u: '/p0', b: []},
        {i: 1, t: '存储卷', u: '/p1', b: []},
        {i: 2, t: '网络', u: '/p2', b: []},
      ],
      [],
      [],
      [
        // One keywords row per page: its own keywords and its readers' questions, joined with ", ".
        {i: 0, t: 'docker logs, 日志轮转, 容器日志把磁盘占满了怎么办', u: '/p0', p: 0},
        {i: 1, t: '数据卷, 容器删了数据还在吗, 磁盘满了', u: '/p1', p: 1},
        {i: 2, t: '容器网络, 容器之间怎么互相访问', u: '/p2', p: 2},
      ],
      [{i: 20, t: '容器日志把磁盘占满了怎么办', u: '/p2', h: '', s: '网络', p: 2}],
    ];
    const small = loadIndex(JSON.parse(JSON.stringify(buildIndex(rows, localSearchOptions))) as SerializedPart[]);
    // A question listed in the reader's words (question words out, as the box reads a query) matches it
    // fully; body text is no entry.
    expect(entryMatch(small, '容器日志把磁盘占满').get(0)).toBeCloseTo(1);
    expect(entryMatch(small, '容器日志把磁盘占满').get(2) ?? 0).toBeLessThan(0.5);
    // Asked in other words, the closest entry still wins: not the long keywords row as a whole.
    const asked = entryMatch(small, '日志占满磁盘');
    expect(asked.get(0)).toBeGreaterThan(asked.get(1) ?? 0);
    expect(asked.get(0)).toBeLessThan(1);
    // Latin words count whole; a query sharing nothing matches no page.
    expect(entryMatch(small, 'docker logs').get(0)).toBeCloseTo(1);
    expect(entryMatch(small, '镜像').size).toBe(0);
    // A reader's question is read without its question words and joining characters, as the query is.
    expect(entryMatch(small, '容器 互相访问').get(2)).toBeCloseTo(1);
    expect(entryMatch(small, '').size).toBe(0);
    // Given several wordings of the query, each page keeps its closest: the reader's own word may be
    // the one another reader used.
    const both = entryMatch(small, ['存储卷 删 数据', '容器删了数据还在']);
    expect(both.get(1)).toBeCloseTo(1);
    expect(both.get(1)).toBeGreaterThan(entryMatch(small, '存储卷 删 数据').get(1) ?? 0);
    expect(entryMatch(small, []).size).toBe(0);
  });

  it("counts a reader's comparison question in full only for a reader who compares", () => {
    const rows: EngineDocument[][] = [
      [
        {i: 0, t: '安装', u: '/p0', b: []},
        {i: 1, t: '代理', u: '/p1', b: []},
      ],
      [],
      [],
      [
        {i: 0, t: '安装 docker, 镜像加速器', u: '/p0', p: 0},
        {i: 1, t: 'http 代理, 镜像加速器和代理是一回事吗', u: '/p1', p: 1},
      ],
      [],
    ];
    const small = loadIndex(JSON.parse(JSON.stringify(buildIndex(rows, localSearchOptions))) as SerializedPart[]);
    // 镜像加速器 alone: the page that lists it beats the one whose question compares it with a proxy.
    const alone = entryMatch(small, '镜像加速器', false);
    expect(alone.get(0)).toBeCloseTo(1);
    expect(alone.get(1) ?? 0).toBeLessThan(0.5);
    // Asked as that comparison, the question counts in full.
    expect(entryMatch(small, '镜像加速器 代理', true).get(1)).toBeCloseTo(1);
    expect(entryMatch(small, '镜像加速器 代理', false).get(1)).toBeCloseTo(0.5);
  });

  it("the box's copy without positions is smaller and finds the same rows, scored the same", () => {
    const box = JSON.parse(JSON.stringify(withoutPositions(serialized))) as SerializedPart[];
    expect(JSON.stringify(box).length).toBeLessThan(0.75 * JSON.stringify(serialized).length);
    expect(JSON.stringify(box)).not.toContain('position');
    const fromBox = loadIndex(box);
    const differ = asked.filter(
      (q) =>
        JSON.stringify(summary(searchIndex(fromBox, q, 30))) !== JSON.stringify(summary(searchIndex(loaded, q, 30))),
    );
    expect(differ).toEqual([]);
  });

  it("the box's copy, packed, is a third smaller again and unpacks to the same index", () => {
    const box = JSON.parse(JSON.stringify(withoutPositions(serialized))) as SerializedPart[];
    const packed = JSON.stringify(packBoxIndex(box));
    expect(packed.length).toBeLessThan(0.75 * JSON.stringify(box).length);
    expect(unpackBoxIndex(JSON.parse(packed) as PackedBoxIndex)).toEqual(box);
    const fromPacked = loadIndex(readBoxIndex(JSON.parse(packed)));
    const differ = asked.filter(
      (q) =>
        JSON.stringify(summary(searchIndex(fromPacked, q, 30))) !== JSON.stringify(summary(searchIndex(loaded, q, 30))),
    );
    expect(differ).toEqual([]);
  });

  it('finds nothing for nothing', () => {
    expect(searchIndex(loaded, '  ', 30)).toEqual([]);
    expect(searchIndex(loaded, '？！', 30)).toEqual([]);
  });
});

describe("the box's index files", () => {
  test("named after the package's, search contexts included; other files have none", () => {
    expect(boxIndexName('search-index.json')).toBe('search-box-index.json');
    expect(boxIndexName('search-index-docs-1.0.json')).toBe('search-box-index-docs-1.0.json');
    expect(boxIndexName('search-box-index.json')).toBeUndefined();
    expect(boxIndexName('search-index.json.gz')).toBeUndefined();
    expect(boxIndexName('index.html')).toBeUndefined();
  });

  test('written next to every index of the build, editions included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'box-index-'));
    try {
      const part = {
        documents: [{i: 1, t: '容器', u: '/docs/a'}],
        index: lunr(function () {
          this.ref('i');
          this.field('t');
          this.metadataWhitelist = ['position'];
          this.add({i: 1, t: 'docker run'});
        }).toJSON(),
      };
      fs.mkdirSync(path.join(dir, 'docs', '1.0'), {recursive: true});
      fs.writeFileSync(path.join(dir, 'search-index.json'), JSON.stringify([part]));
      fs.writeFileSync(path.join(dir, 'docs', '1.0', 'search-index.json'), JSON.stringify([part]));
      const written = await writeBoxIndexes(dir);
      expect(written.map((f) => path.relative(dir, f)).sort()).toEqual([
        path.join('docs', '1.0', 'search-box-index.json'),
        'search-box-index.json',
      ]);
      const box = readBoxIndex(JSON.parse(fs.readFileSync(path.join(dir, 'search-box-index.json'), 'utf8')));
      expect(box[0].documents).toEqual(part.documents);
      expect(
        lunr.Index.load(box[0].index)
          .search('docker')
          .map((m) => m.ref),
      ).toEqual(['1']);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
