/**
 * `terminology`: the words it replaces, the glosses it checks, and the
 * exception list, on text and on a parsed page.
 */
import {lintSource} from '../../scripts/content-lint/index';
import {createTerminologyRule, findTermProblems} from '../../scripts/content-lint/rules/terminology';

const PAGE = (body: string): string =>
  `---\ntitle: 测试\ndescription: 测试页。\nkeywords: [测试]\ntags: [测试]\n---\n\n${body}\n`;

describe('findTermProblems', () => {
  it('finds each replaced word with its offset', () => {
    expect(findTermProblems('容器和宿主机器共享内核，数据卷留在本书里').map((p) => `${p.term}@${p.index}`)).toEqual([
      '宿主机器@3',
      '数据卷@12',
      '本书@17',
    ]);
  });

  it('checks the Chinese word in front of an English gloss', () => {
    const found = findTermProblems(
      '从仓库（registry）拉取；镜像仓库（repository）；卷(volume)；宿主机（host）；存储卷（Volume）',
    );
    expect(found.map((p) => p.term)).toEqual(['仓库（registry）', '镜像仓库（repository）', '卷(volume)']);
  });

  it('finds nothing in text that follows the table', () => {
    expect(
      findTermProblems('镜像仓库（registry）里有很多仓库（repository），数据放在存储卷（volume）或主机（host）上。'),
    ).toEqual([]);
  });
});

describe('terminology rule on a page', () => {
  const source = PAGE('## 用词\n\n数据卷和 `数据卷`，还有本书。\n\n```text\n本书\n```');

  it('reports prose only, with line and column', () => {
    const findings = lintSource('docs/05-volumes/a.md', source, {rules: [createTerminologyRule([])]});
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(['terminology 10:1', 'terminology 10:14']);
  });

  it('lets a listed term stand in the listed file only', () => {
    const rule = createTerminologyRule([{file: 'docs/05-volumes/a.md', term: '数据卷', reason: 'test'}]);
    expect(lintSource('docs/05-volumes/a.md', source, {rules: [rule]}).map((f) => f.message)).toEqual([
      '“本书”: 这里是一套笔记，写“这套笔记”',
    ]);
    expect(lintSource('docs/05-volumes/b.md', source, {rules: [rule]})).toHaveLength(2);
  });
});
