import type {EngineResult} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import {rankedSearch, type RunQueries} from '../../src/search-box/rankedSearch';
import {ROW_CONTENT, ROW_TITLE} from '../../src/search-box/queryRules';

const row = (page: number, type: number, text: string, tokens: string[], score = 1): EngineResult => ({
  document: {
    i: type === ROW_TITLE ? page : 1000 * page + 1,
    t: text,
    u: `/docs/p${page}`,
    ...(type === ROW_TITLE ? {} : {p: page}),
  },
  type,
  page: type === ROW_TITLE ? false : {i: page, t: `page ${page}`, u: `/docs/p${page}`},
  metadata: {},
  tokens,
  score,
});

/** An engine that answers every query with `rows` and the any-word search with `covered`. */
function engine(rows: EngineResult[], covered: EngineResult[]): RunQueries & {calls: string[][]} {
  const calls: string[][] = [];
  const run = async (queries: string[], _limit: number, cover?: string[]) => {
    calls.push(cover ?? []);
    return {rows: queries.map(() => rows), weights: {}, covered};
  };
  return Object.assign(run, {calls});
}

describe('the search box, engine aside', () => {
  const question = '容器日志太大把磁盘占满了';

  test('pages found by the any-word search count by their score, not only by their order', async () => {
    // The best-scoring page holds the words in its body; another has one of them in its title.
    const covered = [
      row(1, ROW_CONTENT, '日志 轮转 磁盘 容器', ['容器', '日志', '磁盘'], 0.9),
      row(2, ROW_TITLE, '日志', ['日志'], 0.2),
    ];
    const run = engine([], covered);
    const found = await rankedSearch(run, question, [], {shown: 8});
    expect(found.map((r) => r.document.u)).toEqual(['/docs/p1', '/docs/p2']);
    expect(run.calls[0]).toEqual(expect.arrayContaining(['容器', '日志', '磁盘']));
  });

  test("the any-word search looks for the pages' word in place of a reader's word a group maps", async () => {
    const run = engine([], []);
    await rankedSearch(run, '服务器上不了外网，mysql 镜像怎么弄过去', [['离线', '上不了外网']], {shown: 8});
    expect(run.calls[0]).toEqual(expect.arrayContaining(['离线', 'mysql', '镜像']));
    expect(run.calls[0]).not.toContain('外网');
  });

  test('a page the any-word search scored nothing is not shown from it', async () => {
    const found = await rankedSearch(engine([], [row(1, ROW_CONTENT, '日志', ['日志'], 0)]), question, [], {shown: 8});
    expect(found).toEqual([]);
  });

  test('when whole-query rows name only a few pages, the any-word pages join them', async () => {
    const rows = [1, 2].map((p) => row(p, ROW_CONTENT, '容器 日志 磁盘', ['容器', '日志', '磁盘']));
    const found = await rankedSearch(engine(rows, [row(9, ROW_TITLE, '日志', ['日志'], 1)]), question, [], {shown: 8});
    expect(found.map((r) => r.document.u)).toContain('/docs/p9');
  });

  test("a question's page-wide match raises the page holding its words; a command line's does not", async () => {
    // Five pages have a body row with the words; page 3 holds them all over its paragraphs too.
    const rows = [1, 2, 3, 4, 5].map((p) => row(p, ROW_CONTENT, '容器 日志 磁盘', ['容器', '日志', '磁盘']));
    const covered = [row(3, ROW_CONTENT, '容器 日志 磁盘', ['容器', '日志', '磁盘'], 0.9)];
    const first = async (input: string) => (await rankedSearch(engine(rows, covered), input, [], {shown: 8}))[0];
    expect((await first(question)).document.u).toBe('/docs/p3');
    expect((await first('docker logs --tail 100 web')).document.u).toBe('/docs/p1');
  });

  test('when whole-query rows name enough pages, the any-word pages stay out', async () => {
    const rows = [1, 2, 3, 4, 5].map((p) => row(p, ROW_CONTENT, '容器 日志 磁盘', ['容器', '日志', '磁盘']));
    const found = await rankedSearch(engine(rows, [row(9, ROW_TITLE, '日志', ['日志'], 1)]), question, [], {shown: 8});
    expect(found.map((r) => r.document.u)).not.toContain('/docs/p9');
    expect(new Set(found.map((r) => r.document.u))).toEqual(new Set([1, 2, 3, 4, 5].map((p) => `/docs/p${p}`)));
  });
});
