import fs from 'node:fs';
import {rankedSearch, type RunQueries} from '../../src/search-box/rankedSearch';
import {createSimplify} from '../../src/search-box/traditional';
import {markdownFiles} from './search/markdownFiles';

const simplify = createSimplify();

describe('queries in Traditional Chinese', () => {
  test.each([
    ['怎麼限制容器記憶體', '怎么限制容器内存'],
    ['k8s 叢集的網路不通', 'k8s 集群的网络不通'],
    ['資料庫的預設值放在哪個設定檔', '数据库的默认值放在哪个设置档'],
    ['docker ps 顯示權限不足', 'docker ps 显示权限不足'],
  ])('%s reads as %s', (traditional, simplified) => {
    expect(simplify(traditional)).toBe(simplified);
  });

  test('a query in Simplified Chinese is left as typed, even words the Taiwan tables rewrite', () => {
    for (const text of ['程式', '怎么限制容器内存', '镜像 信息', 'docker 著名的镜像', 'Exited (137)', '']) {
      expect(simplify(text)).toBe(text);
    }
  });

  test("no line of the pages or of the readers' questions reads as Traditional Chinese", () => {
    // The pages are the Simplified text the check guards: a line changed here would
    // mean a Simplified reader's query could be rewritten.
    const files = [
      'search/questions.yaml',
      'search/synonyms.yaml',
      ...markdownFiles('docs'),
      ...markdownFiles('versioned_docs'),
    ];
    const changed = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        // A YAML comment is not searched (synonyms.yaml's header quotes a Traditional example).
        .filter((line) => !(file.endsWith('.yaml') && line.trimStart().startsWith('#')))
        .filter((line) => simplify(line) !== line)
        .map((line) => `${file}: ${line}`),
    );
    expect(changed).toEqual([]);
  });

  test('the search reads the query in Simplified Chinese, question words left out', async () => {
    const asked: string[][] = [];
    const run: RunQueries = async (queries) => {
      asked.push(queries);
      return {rows: queries.map(() => []), weights: {}, covered: []};
    };
    await rankedSearch(run, '怎麼限制容器記憶體', [], {shown: 8, simplify});
    expect(asked[0][0]).toMatch(/限制.*容器.*内存/);
    expect(asked[0][0]).not.toMatch(/怎|記憶/);
  });
});
