import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  applySynonyms,
  errorMessageCore,
  queryVariants,
  rankByPage,
  stripQuestionWords,
  normalizeQuery,
  ROW_CONTENT,
  ROW_HEADING,
  ROW_TITLE,
} from '../../src/search-box/queryRules';
import {loadSynonyms} from '../../src/search-box/synonyms';
import {escapeHtml, excerpt, highlightText, suggestionHtml} from '../../src/search-box/theme/SearchBar/suggestion';

const SYNONYMS = loadSynonyms(path.resolve('search', 'synonyms.yaml'));

describe('question words', () => {
  test.each([
    ['如何给容器限制 CPU', '容器限制 cpu'],
    ['为什么镜像这么大', '镜像 大'],
    ['怎么查看容器日志', '查看容器日志'],
    ['exec 和 attach 哪个好', 'exec attach'],
    ['RUN 与 CMD 的不同', 'run cmd'],
    ['kube-proxy 是做什么的', 'kube-proxy'],
  ])('%s -> %s', (input, core) => {
    expect(stripQuestionWords(normalizeQuery(input))).toBe(core);
  });

  test('a particle inside a word stays (存在, 目的)', () => {
    expect(stripQuestionWords('容器存在')).toBe('容器存在');
    expect(stripQuestionWords('构建的目的')).toBe('构建的目的');
  });

  test('a query of question words only is kept as typed', () => {
    expect(stripQuestionWords('为什么')).toBe('为什么');
  });
});

describe('synonyms', () => {
  test('a reader word becomes the page wording', () => {
    expect(applySynonyms('私服 搭建', SYNONYMS)).toBe('镜像仓库 搭建');
    expect(applySynonyms('数据持久化', SYNONYMS)).toBe('存储卷');
  });

  test('English words of a command or message are left alone', () => {
    expect(applySynonyms('from node as builder', SYNONYMS)).toBe('from node as builder');
  });

  test('Latin words match whole words only', () => {
    expect(applySynonyms('stage', [['标签', 'tag']])).toBe('stage');
  });

  test('a malformed file names the file and the group', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'syn-')), 'synonyms.yaml');
    fs.writeFileSync(file, '- [容器, container]\n- [单独一个词]\n');
    expect(() => loadSynonyms(file)).toThrow(`${file}: group 2 (["单独一个词"]) must be a list of at least two`);
  });
});

describe('error messages', () => {
  test('names, IDs and the shared prefix are dropped', () => {
    expect(
      errorMessageCore(
        normalizeQuery(
          'Error response from daemon: Conflict. The container name "/web" is already in use by container "3f4e5a6b7c8d".',
        ),
      ),
    ).toBe('conflict container name already in use');
  });

  test('the distinctive words run first', () => {
    const variants = queryVariants('Bind for 0.0.0.0:8080 failed: port is already allocated', SYNONYMS);
    expect(variants[0].query).toBe('bind for failed port already allocated');
  });
});

describe('ranking by page', () => {
  const row = (type: number, i: number, p?: number) => ({type, document: {i, p}});

  test('at most two rows per page, pages with a title match first', () => {
    const rows = [row(ROW_CONTENT, 10, 1), row(ROW_CONTENT, 11, 1), row(ROW_CONTENT, 12, 1), row(ROW_TITLE, 2)];
    const ranked = rankByPage([{rows, weight: 1}], {limit: 10});
    expect(ranked.map((r) => r.document.i)).toEqual([2, 10, 11]);
  });

  test('a row found by two variants counts once', () => {
    const rows = [row(ROW_HEADING, 5, 1)];
    const ranked = rankByPage(
      [
        {rows, weight: 1},
        {rows, weight: 0.9},
      ],
      {limit: 10},
    );
    expect(ranked).toHaveLength(1);
  });
});

describe('dropdown rows', () => {
  const classes = {hitIcon: 'i', hitWrapper: 'w', hitTitle: 't', hitPath: 'p'};
  const payload = '<img src=x onerror="window.__pwned=1">';

  test('titles, headings and breadcrumbs are escaped; the row is a link', () => {
    const page = {i: 1, t: `${payload}标题`, u: '/docs/x', b: [`${payload}分类`]};
    const html = suggestionHtml(
      {
        document: {i: 2, t: `${payload}小节`, u: '/docs/x', h: '#a', p: 1},
        type: ROW_HEADING,
        page,
        metadata: {},
        tokens: ['小节'],
        score: 1,
        query: `"><script>`,
      },
      classes,
      true,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
    expect(html).toMatch(/^<a class="search-result-link" href="\/docs\/x\?_highlight=%E5%B0%8F%E8%8A%82#a"/);
  });

  test('property: no content text ever yields a tag', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({maxLength: 3}), {maxLength: 3}), (text, tokens) => {
        const html = highlightText(
          text,
          tokens.map((t) => t.toLowerCase()),
        );
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      }),
    );
  });

  test('a long row is cut around the first match', () => {
    const text = `${'甲'.repeat(100)}限制${'乙'.repeat(100)}`;
    const cut = excerpt(text, ['限制'], 40);
    expect(cut).toContain('限制');
    expect(cut.length).toBeLessThanOrEqual(42);
  });
});
