import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  anyWordTerms,
  applySynonyms,
  dropFunctionWords,
  errorMessageCause,
  errorMessageCore,
  commandLineCore,
  imageReferenceWords,
  kubernetesNamespace,
  isEnglishQuestion,
  labelCoverage,
  pageLabelCoverage,
  labelPieces,
  literalPhrases,
  mountKinds,
  queryIntent,
  queryVariants,
  readListedQuestion,
  readQuery,
  rankByPage,
  pageScore,
  type PageFactors,
  type PageWeights,
  stripQuestionWords,
  normalizeQuery,
  ROW_CONTENT,
  ROW_KEYWORDS,
  ROW_DESCRIPTION,
  ROW_HEADING,
  ROW_TITLE,
} from '../../src/search-box/queryRules';
import {loadSynonyms} from '../../src/search-box/synonyms';
import {escapeHtml, excerpt, highlightText, suggestionHtml} from '../../src/search-box/theme/SearchBar/suggestion';
import {markdownFiles} from './search/markdownFiles';

const SYNONYMS = loadSynonyms(path.resolve('search', 'synonyms.yaml'));

describe('question words', () => {
  test.each([
    ['如何给容器限制 CPU', '容器限制 cpu'],
    ['为什么镜像这么大', '镜像 大'],
    ['怎么查看容器日志', '查看容器日志'],
    ['exec 和 attach 哪个好', 'exec attach'],
    ['RUN 与 CMD 的不同', 'run cmd'],
    ['kube-proxy 是做什么的', 'kube-proxy'],
    // 有哪些 and 多少 ask for a list or an amount; 看 is the reader's 查看.
    ['如何查看镜像有哪些层', '查看镜像 层'],
    ['怎么看容器占用了多少内存', '容器占用 内存'],
    // Colloquial question words.
    ['有没有办法让容器开机自启', '容器开机自启'],
    ['docker 镜像为啥这么大', 'docker 镜像 大'],
    ['容器咋连不上网', '容器 连不上网'],
    ['到底该怎么清理镜像', '清理镜像'],
    ['是不是必须用 root 跑 docker', '必须用 root 跑 docker'],
    // Before 不 the character is a verb: 看不到 is what the reader sees.
    ['docker ps 看不到退出的容器', 'docker ps 看不到退出的容器'],
    // Who asks, or for whom, is the reader's situation, not the topic.
    ['给学生演示容器隔离', '演示容器隔离'],
    ['把开发同事加进 docker 组', '开发 加进 docker 组'],
    // How the reader wants it told is not the topic either.
    ['容器到底是个啥 能不能用大白话给初中生讲明白', '容器'],
    ['exec 和 attach 有什么不一样', 'exec attach'],
    ['镜像和容器差在哪', '镜像和容器'],
    ['pod 和容器是一回事吗', 'pod 容器'],
    // Asking whether (要不要, 会不会…) is how the reader asks, not what about.
    ['会不会把 redis 也一起重启', 'redis 也一起重启'],
    ['要不要在镜像里装个 tini', '镜像里装个 tini'],
    ['数据卷的数据在哪里', '数据卷的数据'],
    // "What is it" said loosely.
    ['容器到底是个啥东西', '容器'],
    ['harbor 是干嘛的', 'harbor'],
    // 为什么 goes before 什么叫: the reader's 叫 stays.
    ['为什么叫 k8s', '叫 k8s'],
  ])('%s -> %s', (input, core) => {
    expect(stripQuestionWords(normalizeQuery(input))).toBe(core);
  });

  test("a reader's question listed under a page is read as a query, split where it joins two terms", () => {
    expect(readListedQuestion('镜像和容器到底差在哪')).toBe('镜像 容器');
    expect(readListedQuestion('容器之间怎么互相访问？')).toBe('容器 互相访问');
  });

  test('a particle inside a word stays (存在, 目的)', () => {
    expect(stripQuestionWords('容器存在')).toBe('容器存在');
    expect(stripQuestionWords('构建的目的')).toBe('构建的目的');
    // 的 of its own goes, the 的 of 目的 stays.
    expect(dropFunctionWords('构建的目的')).toBe('构建 目的');
  });

  test('prepositions, localizers and particles standing alone in a run go', () => {
    expect(dropFunctionWords('文件从容器里拷出来')).toBe('文件 容器 拷出来');
    expect(dropFunctionWords('清理没用的镜像')).toBe('清理没用 镜像');
    // A measure word after a verb (装个), not inside a word (一个).
    expect(dropFunctionWords('镜像里装个 tini')).toBe('镜像 装 tini');
    expect(dropFunctionWords('一个容器')).toBe('一个容器');
    // Part of a word: kept (中文, 上线).
    expect(dropFunctionWords('中文文档上线')).toBe('中文文档上线');
  });

  test('synonyms see the phrase before function characters go', () => {
    const groups = [['立即退出', '一启动就退出']];
    expect(queryVariants('容器为什么一启动就退出', groups).map((v) => v.query)).toContain('容器 立即退出');
  });

  test('a long question is not also searched as typed (its question words cost the engine a hundred readings)', () => {
    const typed = '容器里新建的文件实际上放在宿主机哪个目录';
    const queries = queryVariants(typed, SYNONYMS).map((v) => v.query);
    expect(queries).not.toContain(typed);
    expect(queries[0]).toContain('宿主机');
  });

  test("a polite question's greetings and thanks go with its question words", () => {
    expect(stripQuestionWords(normalizeQuery('您好，请问镜像怎么导出？谢谢'))).toBe('镜像 导出');
    expect(stripQuestionWords(normalizeQuery('大家好 求助 容器一直重启'))).toBe('容器一直重启');
  });

  test('which kind it is asks about the kind, not the words around it', () => {
    expect(stripQuestionWords(normalizeQuery('docker用的是哪种存储驱动'))).toBe('docker 存储驱动');
  });

  test('a query of question words only is kept as typed', () => {
    expect(stripQuestionWords('为什么')).toBe('为什么');
  });
});

describe('synonyms', () => {
  test('a reader word becomes the page wording', () => {
    expect(applySynonyms('私服 x509', SYNONYMS)).toBe('搭建私有仓库 x509');
    expect(applySynonyms('镜像服务器 登录', SYNONYMS)).toBe('镜像仓库 登录');
    expect(applySynonyms('数据持久化', SYNONYMS)).toBe('存储卷');
  });

  test('English words of a command or message are left alone', () => {
    expect(applySynonyms('from node as builder', SYNONYMS)).toBe('from node as builder');
    expect(applySynonyms('docker compose --watch', [['watch', 'compose']])).toBe('docker compose --watch');
  });

  test('three English words without a flag are a reader wording', () => {
    const groups = [['watch', 'live reload']];
    expect(applySynonyms('compose live reload', groups)).toBe('compose watch');
    expect(applySynonyms('-v live reload', groups)).toBe('-v live reload');
  });

  test("a longer word of the pages' keeps a shorter reader word inside it", () => {
    const groups = [
      ['存储卷', '数据卷'],
      ['数据卷容器', '数据容器'],
    ];
    expect(applySynonyms('数据卷容器要一直运行着', groups)).toBe('数据卷容器要一直运行着');
    // Outside the longer word the shorter one is still replaced.
    expect(applySynonyms('数据卷容器 数据卷 备份', groups)).toBe('数据卷容器 存储卷 备份');
    expect(applySynonyms('数据容器 是什么', groups)).toBe('数据卷容器 是什么');
  });

  test("Kubernetes' namespace keeps its English name; the kernel's is 命名空间", () => {
    const groups = [['命名空间', 'namespace']];
    expect(kubernetesNamespace('调用另一个namespace里的服务 服务名解析不到')).toBe(true);
    expect(kubernetesNamespace('pod 在 default 命名空间')).toBe(true);
    expect(kubernetesNamespace('容器的 pid namespace 是什么')).toBe(false);
    expect(kubernetesNamespace('k8s 的 namespace 和 linux 内核的 namespace 一样吗')).toBe(false);
    expect(readQuery('default 命名空间的服务连不上', groups).variants.map((v) => v.query)).toEqual([
      'default namespace 服务连不上',
    ]);
    expect(readQuery('namespace 隔离了什么', groups).variants[1].query).toBe('命名空间 隔离');
  });

  test('Latin words match whole words only', () => {
    expect(applySynonyms('stage', [['标签', 'tag']])).toBe('stage');
  });

  test("every group's first word is on a page, and no word belongs to two groups", () => {
    const text = [...markdownFiles('docs'), ...markdownFiles('versioned_docs')]
      .map((file) => fs.readFileSync(file, 'utf8').toLowerCase())
      .join('\n');
    // The replaced query must find something: the first word is the pages' wording.
    expect(SYNONYMS.map((group) => group[0]).filter((word) => !text.includes(word.toLowerCase()))).toEqual([]);
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const group of SYNONYMS) {
      for (const word of group) {
        const key = word.toLowerCase();
        if (owner.has(key) && owner.get(key) !== group[0]) twice.push(`${word} (${owner.get(key)}, ${group[0]})`);
        owner.set(key, group[0]);
      }
    }
    expect(twice).toEqual([]);
  });

  test('a malformed file names the file and the group', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'syn-')), 'synonyms.yaml');
    fs.writeFileSync(file, '- [容器, container]\n- [单独一个词]\n');
    expect(() => loadSynonyms(file)).toThrow(`${file}: group 2 (["单独一个词"]) must be a list of at least two`);
  });
});

describe('error messages', () => {
  test("a pasted digest reads as sha256 (pinned by digest), without the reader's own hex", () => {
    expect(normalizeQuery('nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31')).toBe(
      'nginx sha256',
    );
    expect(normalizeQuery('Digest: sha256:0d17b565c37b')).toBe('digest sha256');
    // A word that only starts like a digest is left alone.
    expect(normalizeQuery('sha256sum 校验')).toBe('sha256sum 校验');
  });

  test('names, IDs and the shared prefix are dropped', () => {
    expect(
      errorMessageCore(
        normalizeQuery(
          'Error response from daemon: Conflict. The container name "/web" is already in use by container "3f4e5a6b7c8d".',
        ),
      ),
    ).toBe('conflict container name already in use');
  });

  test('the prefix is dropped after normalization too (docker: Error response from daemon:)', () => {
    const typed = normalizeQuery(
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint web: Bind for 0.0.0.0:80 failed: port is already allocated.',
    );
    expect(errorMessageCore(typed)).toBe('driver failed programming external connectivity on');
  });

  test('a command line keeps its flags: they are what the page explains', () => {
    expect(errorMessageCore(normalizeQuery('docker build --target builder'))).toBe('docker build --target builder');
    expect(errorMessageCore(normalizeQuery('RUN --mount=type=cache,target=/root/.npm npm ci'))).toBe(
      'run --mount=type=cache npm ci',
    );
    // A Go template's field names what the reader asks about (OOMKilled), not a value of their machine.
    expect(errorMessageCore(normalizeQuery("docker inspect -f '{{.State.OOMKilled}}' web"))).toBe(
      'docker inspect -f .state.oomkilled web',
    );
    expect(errorMessageCore(normalizeQuery('unknown flag: --platfrom'))).toBeUndefined();
    expect(errorMessageCore(normalizeQuery('Error: unknown shorthand flag: -z in -z'))).toBe(
      'unknown shorthand flag -z in -z',
    );
  });

  test('a kernel parameter a message or line names is looked for first', () => {
    const message =
      'bootstrap check failure [1] of [1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]';
    expect(errorMessageCore(normalizeQuery(message))).toBe('vm.max_map_count bootstrap check failure of max');
    // Set on a command line, the parameter follows the command's options, without the reader's value.
    expect(
      commandLineCore(normalizeQuery('docker run -d --sysctl net.core.somaxconn=4096 --name api shop/api:2.1 serve')),
    ).toBe('docker run -d --sysctl --name net.core.somaxconn api serve');
    // Names of the reader's files, variables and containers with underscores are not parameters.
    expect(
      errorMessageCore(normalizeQuery('standard_init_linux.go:228: exec user process caused: exec format error')),
    ).toBe('exec user process caused exec format');
  });

  test("a long command line is looked for by its command and options first, whatever the options' place", () => {
    const line =
      'docker run -d --name order --network shop-net --network-alias order-svc -p 127.0.0.1:8081:8080 order:dev';
    expect(commandLineCore(normalizeQuery(line))).toBe('docker run -d --name --network --network-alias -p order');
    expect(readQuery(line, []).variants[0].query).toBe(
      commandLineCore(normalizeQuery(line), imageReferenceWords(line)),
    );
    // Short lines read as before.
    expect(commandLineCore(normalizeQuery('docker build --target builder'))).toBe('docker build --target builder');
    // A pasted error that starts with the command stays a message.
    const message = 'docker: Error response from daemon: Conflict. The container name "/web" is already in use';
    expect(readQuery(message, []).variants[0].query).toBe(errorMessageCore(normalizeQuery(message)));
  });

  test("a command line's image references are the reader's names, not what it asks about", () => {
    expect(imageReferenceWords('docker history --no-trunc train:latest')).toEqual(['train', 'latest']);
    expect(imageReferenceWords('docker run --link mysql:db -p 8080:80 -v pgdata:/var/lib/postgresql/data x')).toEqual([
      'mysql',
      'db',
    ]);
    expect(imageReferenceWords('curl http://10.0.0.5:5000/v2/ -v C:\\src:/app')).toEqual([]);
    expect(commandLineCore(normalizeQuery('docker history --no-trunc train:latest'), ['train', 'latest'])).toBe(
      'docker history --no-trunc',
    );
    expect(readQuery('docker history --no-trunc train:latest', []).variants[0].query).toBe('docker history --no-trunc');
    // A word the line also writes apart (the container's name) stays once.
    expect(commandLineCore(normalizeQuery('docker run -d --name order order:dev'), ['order', 'dev'])).toBe(
      'docker run -d --name order',
    );
    // Nothing but the reference left: the line is read whole.
    expect(commandLineCore(normalizeQuery('docker pull nginx:alpine now'), ['nginx', 'alpine'])).toBe(
      'docker pull now',
    );
  });

  test("a sub-option a line sets names what its flag is for, before the reader's values", () => {
    const line =
      'docker run -d --name redis --restart unless-stopped -v redis-data:/data --log-opt max-size=50m --log-opt max-file=3 redis:7.2';
    expect(commandLineCore(normalizeQuery(line), imageReferenceWords(line))).toBe(
      'docker run -d --name --restart -v --log-opt max-size',
    );
    // Mount keys say little; the variables of -e are the reader's own.
    expect(
      commandLineCore(normalizeQuery('docker run --mount type=tmpfs,target=/cache,tmpfs-size=64m -e APP_MODE=dev x')),
    ).toContain('tmpfs-size');
    expect(commandLineCore(normalizeQuery('docker run -d -e server=db1 -e mode=fast app'))).not.toMatch(/server|mode/);
  });

  test('the cause, the last clause of a wrapped message, is searched too', () => {
    const message =
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint web: Bind for 0.0.0.0:80 failed: port is already allocated.';
    expect(errorMessageCause(message)).toBe('port is already allocated');
    expect(errorMessageCause('exec /usr/local/bin/docker-entrypoint.sh: exec format error')).toBe('exec format error');
    expect(queryVariants(message, SYNONYMS).map((v) => v.query)).toContain('port is already allocated');
    // Not a message: a Chinese question, a single clause, a one-word cause.
    expect(errorMessageCause('端口被占用: port is already allocated')).toBeUndefined();
    expect(errorMessageCause('port is already allocated')).toBeUndefined();
    expect(errorMessageCause('Error: OOMKilled')).toBeUndefined();
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

  test("a row counts by how much of the query's fullest reading it holds, whichever rewrite found it", () => {
    const tokens = (type: number, i: number, p: number, t: string[]) => ({...row(type, i, p), tokens: t});
    // The whole question found one body row; a looser rewrite (words left out) found a description elsewhere.
    const whole = [tokens(ROW_CONTENT, 10, 1, ['日志', '磁盘', '轮转'])];
    const looser = [tokens(ROW_DESCRIPTION, 20, 2, ['日志'])];
    const weights = new Map([
      ['日志', 1],
      ['磁盘', 1],
      ['轮转', 1],
    ]);
    const lists = [
      {rows: whole, weight: 1},
      {rows: looser, weight: 1},
    ];
    // Measured against its own rewrite's reading the description would be complete and win.
    expect(rankByPage(lists, {limit: 10, weights}).map((r) => r.document.p)).toEqual([1, 2]);
  });

  test('the page-wide match of the words raises a page, by about half again at most', () => {
    const rows = [row(ROW_CONTENT, 10, 1), row(ROW_CONTENT, 20, 2)];
    expect(rankByPage([{rows, weight: 1}], {limit: 10}).map((r) => r.document.p)).toEqual([1, 2]);
    const coverage = new Map([
      [1, 0.2],
      [2, 1],
    ]);
    expect(rankByPage([{rows, weight: 1}], {limit: 10, coverage}).map((r) => r.document.p)).toEqual([2, 1]);
    // Body text on the page holding the most of the words stays below a title (3) on a page that holds some of them.
    const title = [row(ROW_TITLE, 1), row(ROW_CONTENT, 20, 2)];
    expect(rankByPage([{rows: title, weight: 1}], {limit: 10, coverage}).map((r) => r.document.i)).toEqual([1, 20]);
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

describe('synonyms, details', () => {
  test('a single Chinese character is replaced only as a word of its own', () => {
    const groups = [['使用', '用法', '用']];
    expect(applySynonyms('harbor 用', groups)).toBe('harbor 使用');
    expect(applySynonyms('用户 权限', groups)).toBe('用户 权限');
  });

  test("nothing is replaced when the query already holds the pages' word", () => {
    expect(applySynonyms('镜像加速器', [['镜像加速', '加速器']])).toBe('镜像加速器');
  });

  test('two variants of one group leave the word once', () => {
    expect(applySynonyms('打包 封装', [['导出', '打包', '封装']])).toBe('导出');
  });

  test('docker save and docker export stay two commands', () => {
    expect(applySynonyms('export save', SYNONYMS)).toBe('export save');
  });
});

describe('query intent', () => {
  test.each([
    ['怎么修改 docker0 的地址', 'how'],
    ['如何搭建私有仓库', 'how'],
    ['容器和虚拟机的区别', 'compare'],
    ['exec 和 attach 哪个好', 'compare'],
    ['镜像和容器差在哪', 'compare'],
    ['pod 和容器是一回事吗', 'compare'],
    ['Pod 是什么', 'what'],
    ['什么是 cgroups', 'what'],
    ['容器到底是个啥东西', 'what'],
    ['harbor 是干嘛的', 'what'],
    ['k8s 有什么用', 'what'],
    ['端口映射', undefined],
  ])('%s -> %s', (q, intent) => {
    expect(queryIntent(q)).toBe(intent);
  });
});

describe('ranking by what names the page', () => {
  const tokens = ['限制', '容器', '的', '内存'];
  const content = (i: number, p: number, title: string, u: string) => ({
    type: ROW_CONTENT,
    document: {i, p, t: 'body', u},
    page: {t: title},
    tokens,
  });

  test("coverage counts the query's characters found in title and keywords, question words aside", () => {
    expect(labelCoverage([...tokens, '怎么'], '限制内存')).toBeCloseTo(4 / 6);
    expect(labelCoverage(tokens, '控制组（cgroup）')).toBe(0);
    expect(labelCoverage(['的', '吗'], 'x')).toBe(0);
  });

  test("a page's label is its title and its keywords that are terms; a reader's whole question is not", () => {
    const question = ['网站', '服务器', '重启'];
    // Each of the page's readers' questions holds one of the words: together they would cover all three.
    const keywords = [
      '端口映射',
      '-p 8080:80',
      '公司网站打不开了但容器还在跑',
      '服务器上跑了好几个容器端口冲突',
      '机房断电重启以后外网访问不了',
    ];
    expect(labelCoverage(question, `端口映射 ${keywords.join(', ')}`)).toBe(1);
    expect(pageLabelCoverage(question, '端口映射', keywords)).toBe(0);
    // A short entry, in Chinese or a command line, is a term of the page.
    expect(pageLabelCoverage(['重启', '策略'], '退出码', ['重启策略'])).toBe(1);
    expect(pageLabelCoverage(['system', 'prune'], '常用命令', ['docker system prune -a --volumes'])).toBe(1);
  });

  test('a page named after the question beats an earlier row of a page that only mentions it', () => {
    const rows = [
      content(1, 10, '控制组（cgroup）', '/docs/glossary/concepts/cgroup'),
      content(2, 20, '限制内存', '/docs/resources/memory'),
    ];
    expect(rankByPage([{rows, weight: 1}], {limit: 10}).map((r) => r.document.p)).toEqual([20, 10]);
  });

  test('a how-to or a comparison puts chapters before concept definitions; "what is" the other way', () => {
    const glossary = {
      type: ROW_HEADING,
      document: {i: 6, p: 1, t: 'g', u: '/docs/glossary/concepts/registry'},
      page: {t: '镜像仓库（Registry）'},
      tokens: ['仓库'],
    };
    const chapter = {
      type: ROW_HEADING,
      document: {i: 5, p: 2, t: 'd', u: '/docs/registry/run-registry'},
      page: {t: '运行一个私有仓库'},
      tokens: ['仓库'],
    };
    const lists = [{rows: [glossary, chapter], weight: 1}];
    expect(rankByPage(lists, {limit: 10, intent: 'how'}).map((r) => r.document.u)[0]).toBe(
      '/docs/registry/run-registry',
    );
    expect(rankByPage(lists, {limit: 10, intent: 'what'}).map((r) => r.document.u)[0]).toBe(
      '/docs/glossary/concepts/registry',
    );
    // Unless readers asked this very question under the concept page.
    const asked = new Map([[1, 0.9]]);
    expect(rankByPage(lists, {limit: 10, intent: 'how', entries: asked}).map((r) => r.document.u)[0]).toBe(
      '/docs/glossary/concepts/registry',
    );
  });

  test('a term asked without a question word: a chapter named as much comes before the term page', () => {
    const title = (i: number, u: string) => ({type: ROW_TITLE, document: {i, t: '镜像仓库', u}, tokens: ['仓库']});
    const lists = [
      {rows: [title(1, '/docs/glossary/concepts/registry'), title(2, '/docs/registry/overview')], weight: 1},
    ];
    expect(rankByPage(lists, {limit: 10}).map((r) => r.document.u)).toEqual([
      '/docs/registry/overview',
      '/docs/glossary/concepts/registry',
    ]);
    expect(rankByPage(lists, {limit: 10, intent: 'what'}).map((r) => r.document.u)[0]).toBe(
      '/docs/glossary/concepts/registry',
    );
  });

  test('a row with every word of the query counts more than one found with a word left out', () => {
    const partial = {type: ROW_HEADING, document: {i: 1, p: 1, t: 'h'}, page: {t: 'a'}, tokens: ['镜像']};
    const whole = {type: ROW_HEADING, document: {i: 2, p: 2, t: 'h'}, page: {t: 'b'}, tokens: ['镜像', '加速器']};
    expect(rankByPage([{rows: [partial, whole], weight: 1}], {limit: 10}).map((r) => r.document.p)).toEqual([2, 1]);
  });
});

describe('pieces held as typed', () => {
  test('flags, paths, keys and runs of Chinese; single letters and characters are not pieces', () => {
    expect(literalPhrases('docker build --no-cache')).toEqual(['docker', 'build', '--no-cache']);
    expect(literalPhrases('/var/lib/docker 磁盘 占 -v')).toEqual(['/var/lib/docker', '磁盘']);
  });

  test('a row holding the flag as typed beats one holding its words apart', () => {
    const apart = {
      type: ROW_CONTENT,
      document: {i: 1, p: 1, t: 'no space, cache 目录'},
      page: {t: 'a'},
      tokens: ['no', 'cache'],
    };
    const typed = {
      type: ROW_CONTENT,
      document: {i: 2, p: 2, t: '加 --no-cache 从头构建'},
      page: {t: 'b'},
      tokens: ['no', 'cache'],
    };
    const rank = (phrases: string[]) =>
      rankByPage([{rows: [apart, typed], weight: 1}], {limit: 10, phrases}).map((r) => r.document.p);
    expect(rank([])).toEqual([1, 2]);
    expect(rank(literalPhrases('--no-cache'))).toEqual([2, 1]);
  });
});

describe('label pieces', () => {
  test('pairs of neighbouring Chinese characters and Latin words, lower case', () => {
    expect([...labelPieces('容器心跳检测 HealthCheck')]).toEqual([
      '容器',
      '器心',
      '心跳',
      '跳检',
      '检测',
      'healthcheck',
    ]);
    // A pair never spans two runs; a lone character or letter is no piece; paths and flags stay whole,
    // a flag with its dashes (-p is a piece, as a page's keywords list it).
    expect([...labelPieces('镜像 体积 大 x daemon.json --no-cache -p 8080')]).toEqual([
      '镜像',
      '体积',
      'daemon.json',
      '--no-cache',
      '-p',
      '8080',
    ]);
    expect(labelPieces('？！ 。').size).toBe(0);
  });

  test('property: every piece is in the text (lower case), and every pair of a run of Chinese is a piece', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('容', '器', '镜', '像', 'a', 'B', '1', ' ', '-', '.', '，')), (chars) => {
        const text = chars.join('');
        const pieces = labelPieces(text);
        for (const piece of pieces) expect(text.toLowerCase()).toContain(piece);
        for (const run of text.match(/\p{Unified_Ideograph}+/gu) ?? [])
          for (let i = 0; i + 2 <= run.length; i++) expect(pieces.has(run.slice(i, i + 2))).toBe(true);
      }),
    );
  });

  test("a page whose labels hold more of the query's pieces rises, by about half again at most", () => {
    const row = (type: number, i: number, p: number) => ({type, document: {i, p}});
    const rows = [row(ROW_CONTENT, 10, 1), row(ROW_CONTENT, 20, 2)];
    const rank = (labels: Map<number, number>) =>
      rankByPage([{rows, weight: 1}], {limit: 10, labels}).map((r) => r.document.p);
    expect(rank(new Map())).toEqual([1, 2]);
    expect(rank(new Map([[2, 0.5]]))).toEqual([2, 1]);
    // A title (3) outscores body text (1) by more than a page holding every piece rises.
    const far = [row(ROW_TITLE, 10, 1), row(ROW_CONTENT, 20, 2)];
    expect(
      rankByPage([{rows: far, weight: 1}], {limit: 10, labels: new Map([[2, 1]])}).map((r) => r.document.p),
    ).toEqual([1, 2]);
  });

  test('a page listing a keyword or question close to the query rises; a loose likeness does nothing', () => {
    const row = (type: number, i: number, p: number) => ({type, document: {i, p}});
    const rows = [row(ROW_CONTENT, 10, 1), row(ROW_CONTENT, 20, 2)];
    const rank = (entries: Map<number, number>) =>
      rankByPage([{rows, weight: 1}], {limit: 10, entries}).map((r) => r.document.p);
    expect(rank(new Map([[2, 0.9]]))).toEqual([2, 1]);
    expect(rank(new Map([[2, 0.5]]))).toEqual([2, 1]);
    // A word in common and no more: many pages' entries share one with a query.
    expect(rank(new Map([[2, 0.1]]))).toEqual([1, 2]);
    // A page whose own heading matches (twice a body row) gives way to another reader's very question...
    const heading = [row(ROW_HEADING, 10, 1), row(ROW_CONTENT, 20, 2)];
    expect(
      rankByPage([{rows: heading, weight: 1}], {limit: 10, entries: new Map([[2, 1]])}).map((r) => r.document.p),
    ).toEqual([2, 1]);
    // ...and so does a page whose title matches (three times); a question only somewhat like it does not.
    const far = [row(ROW_TITLE, 10, 1), row(ROW_CONTENT, 20, 2)];
    expect(
      rankByPage([{rows: far, weight: 1}], {limit: 10, entries: new Map([[2, 1]])}).map((r) => r.document.p),
    ).toEqual([2, 1]);
    expect(
      rankByPage([{rows: far, weight: 1}], {limit: 10, entries: new Map([[2, 0.3]])}).map((r) => r.document.p),
    ).toEqual([1, 2]);
  });
});

describe('weighing a page', () => {
  test('a paragraph that holds the words counts above a keywords row sharing them, and more rows above fewer', () => {
    const rows = [
      {type: ROW_KEYWORDS, document: {i: 1, p: 1}},
      {type: ROW_CONTENT, document: {i: 2, p: 2}},
    ];
    expect(rankByPage([{rows, weight: 1}], {limit: 10}).map((r) => r.document.p)).toEqual([2, 1]);
    const many = [
      {type: ROW_CONTENT, document: {i: 3, p: 3}},
      {type: ROW_CONTENT, document: {i: 4, p: 4}},
      {type: ROW_CONTENT, document: {i: 5, p: 4}},
      {type: ROW_CONTENT, document: {i: 6, p: 4}},
    ];
    expect(rankByPage([{rows: many, weight: 1}], {limit: 10, perPage: 1}).map((r) => r.document.p)).toEqual([4, 3]);
  });

  test('explain tells every page found with the factors its score is made of', () => {
    const rows = [
      {type: ROW_HEADING, document: {i: 1, p: 1, u: '/docs/a'}},
      {type: ROW_CONTENT, document: {i: 2, p: 2, u: '/docs/b'}},
    ];
    let told: readonly {url?: string; factors: PageFactors}[] = [];
    const ranked = rankByPage([{rows, weight: 1}], {
      limit: 10,
      entries: new Map([[2, 0.7]]),
      coverage: new Map([[2, 0.5]]),
      explain: (pages) => (told = pages),
    });
    expect(told.map((p) => p.url).sort()).toEqual(['/docs/a', '/docs/b']);
    const b = told.find((p) => p.url === '/docs/b')!.factors;
    expect(b.closestEntry).toBe(1);
    expect(b.paragraph).toBe(1);
    expect(b.coverageAndEntry).toBeCloseTo(0.35);
    // The order is that of the scores pageScore gives those factors.
    const scores = new Map(told.map((p) => [p.url, pageScore(p.factors)]));
    expect(ranked.map((r) => r.document.u)).toEqual([...scores].sort((x, y) => y[1] - x[1]).map(([url]) => url));
    // With every weight at 0 a page's score is its rows' own.
    const none = Object.fromEntries(
      Object.keys(b)
        .filter((k) => k !== 'best')
        .map((k) => [k, 0]),
    ) as PageWeights;
    expect(pageScore(b, none)).toBeCloseTo(Math.exp(b.best));
  });

  test("the page holding the readers' question closest to the query rises above one whose question is nearly as close", () => {
    const row = (i: number, p: number) => ({type: ROW_CONTENT, document: {i, p}});
    const rows = [row(10, 1), row(20, 2)];
    const rank = (entries: Map<number, number>) =>
      rankByPage([{rows, weight: 1}], {limit: 10, entries}).map((r) => r.document.p);
    expect(
      rank(
        new Map([
          [1, 0.6],
          [2, 0.62],
        ]),
      ),
    ).toEqual([2, 1]);
    expect(
      rank(
        new Map([
          [1, 0.62],
          [2, 0.6],
        ]),
      ),
    ).toEqual([1, 2]);
  });
});

describe("lunr's scores", () => {
  test("a row counts as much of its list's best as lunr scored it, whatever its place in the list", () => {
    // The engine lists keywords rows before body rows: a keywords row sharing a word or two
    // comes first, the paragraph holding the whole message later with three times its score.
    const rows = [
      {type: ROW_KEYWORDS, document: {i: 1, p: 1}, score: 4},
      {type: ROW_CONTENT, document: {i: 2, p: 2}, score: 12},
    ];
    expect(rankByPage([{rows, weight: 1}], {limit: 10}).map((r) => r.document.p)).toEqual([2, 1]);
    // Close scores: the kind of row still decides.
    const close = [rows[0], {...rows[1], score: 3}];
    expect(rankByPage([{rows: close, weight: 1}], {limit: 10}).map((r) => r.document.p)).toEqual([1, 2]);
    // Within a page the kind of row still orders the rows shown: a heading is the better link.
    const page = [
      {type: ROW_HEADING, document: {i: 3, p: 3}, score: 2},
      {type: ROW_CONTENT, document: {i: 4, p: 3}, score: 12},
      {type: ROW_CONTENT, document: {i: 5, p: 3}, score: 11},
    ];
    expect(rankByPage([{rows: page, weight: 1}], {limit: 10, perPage: 2}).map((r) => r.document.i)).toEqual([3, 4]);
    // Rows without a score (another engine) rank by their kind.
    const bare = [
      {type: ROW_HEADING, document: {i: 1, p: 1}},
      {type: ROW_CONTENT, document: {i: 2, p: 2}},
    ];
    expect(rankByPage([{rows: bare, weight: 1}], {limit: 10}).map((r) => r.document.p)).toEqual([1, 2]);
  });
});

describe('the error index', () => {
  // Two pages whose best rows score the same: a chapter and the error index.
  const at = (page: number, url: string) => ({
    type: ROW_CONTENT,
    document: {i: 100 + page, t: 'docker stop 容器', u: url, p: page},
    page: {t: `page ${page}`},
    tokens: ['docker', 'stop', '容器'],
  });
  const rank = (message: boolean) =>
    rankByPage(
      [
        {
          rows: [at(1, '/docs/1.0/troubleshooting/error-index'), at(2, '/docs/1.0/dockerfile/cmd-vs-entrypoint')],
          weight: 1,
        },
      ],
      {limit: 10, message},
    ).map((r) => r.document.u);

  test('answers a pasted message, and counts less for a question asked in words', () => {
    expect(rank(true)[0]).toBe('/docs/1.0/troubleshooting/error-index');
    expect(rank(false)[0]).toBe('/docs/1.0/dockerfile/cmd-vs-entrypoint');
  });
});

describe('any-word fallback', () => {
  test('the words of a long question, question words and particles dropped', () => {
    const words = anyWordTerms('不通过仓库把镜像拷到另一台机器');
    expect(words).toEqual(expect.arrayContaining(['仓库', '镜像', '机器']));
    expect(words).not.toContain('把');
    for (const w of words) expect(w.length).toBeGreaterThanOrEqual(2);
  });

  test('characters the segmenter leaves alone are joined only when nothing separates them', () => {
    // 直接存 宿主机: 存 and 宿 are single characters on either side of a space, not a word 存宿.
    const words = anyWordTerms('直接存 宿主机 磁盘');
    expect(words).not.toContain('存宿');
    expect(words).toEqual(expect.arrayContaining(['直接', '磁盘']));
  });

  test('a file name is looked for as the words the index holds', () => {
    const words = anyWordTerms('harbor.yml改完了不生效');
    expect(words).toEqual(expect.arrayContaining(['harbor', 'yml', '生效']));
    expect(words).not.toContain('harbor.yml');
    expect(anyWordTerms('python -m json.tool /etc/docker/daemon.json')).toEqual(
      expect.arrayContaining(['json', 'tool', 'etc', 'docker', 'daemon']),
    );
  });

  test('a snake_case name is looked for whole and by its words', () => {
    const words = anyWordTerms('container_cpu_cfs_throttled_periods_total 飙高');
    expect(words).toEqual(
      expect.arrayContaining(['container_cpu_cfs_throttled_periods_total', 'cpu', 'cfs', 'throttled', 'periods']),
    );
    expect(anyWordTerms('MYSQL_ROOT_PASSWORD')).toEqual(['mysql_root_password', 'mysql', 'root', 'password']);
  });

  test("a reader's word the pages do not use is looked for as the pages' word", () => {
    const groups = [['离线', '上不了外网']];
    const words = anyWordTerms(readQuery('服务器上不了外网，mysql 镜像怎么弄过去', groups).anyWords);
    expect(words).toEqual(expect.arrayContaining(['离线', 'mysql', '镜像']));
    expect(words).not.toContain('外网');
    // Without a group that applies, the reader's own words.
    expect(anyWordTerms(readQuery('容器日志太大把磁盘占满了', groups).anyWords)).toEqual(
      anyWordTerms(dropFunctionWords(stripQuestionWords(normalizeQuery('容器日志太大把磁盘占满了')))),
    );
  });

  test("the reader's words are compared with other readers' questions in the pages' wording and as typed", () => {
    const groups = [['私有仓库', '私服']];
    // A listed question keeps its reader's word (私服 怎么搭) where the query's synonyms give the pages' word.
    expect(readQuery('公司的私服怎么搭', groups).asked).toEqual(['公司 私有仓库 搭', '公司 私服 搭']);
    // Where no group applies, the one wording once.
    expect(readQuery('怎么查看容器日志', groups).asked).toEqual(['查看容器日志']);
    // A pasted message by its distinctive words, as the any-word fallback looks for it, and whole.
    const message = 'docker: Error response from daemon: Conflict. The container name "/web" is already in use';
    const asked = readQuery(message, groups).asked;
    expect(asked[0]).toBe(errorMessageCore(normalizeQuery(message)));
    expect(asked[1]).toMatch(/^docker error response from daemon conflict.+already in use$/);
    expect(asked).toHaveLength(2);
    expect(readQuery('  ', groups).asked).toEqual([]);
  });

  test('a pasted message is looked for by its distinctive words', () => {
    const message = 'docker: Error response from daemon: Conflict. The container name "/web" is already in use';
    expect(readQuery(message, SYNONYMS).anyWords).toBe(errorMessageCore(normalizeQuery(message)));
  });

  test('a pasted error message is one the error index answers; a command or configuration line is not', () => {
    const message = (input: string) => readQuery(input, SYNONYMS).message;
    expect(message('docker: Error response from daemon: Conflict. The container name "/web" is already in use')).toBe(
      true,
    );
    expect(message('Got permission denied while trying to connect to the Docker daemon socket')).toBe(true);
    expect(message('docker run -d -p 192.168.1.20:8080:80 --name web nginx')).toBe(false);
    expect(message('$ sudo docker run --rm -it --entrypoint sh myimage')).toBe(false);
    expect(message('"log-opts": {"max-size": "100m", "max-file": "3"}')).toBe(false);
    expect(message('restart: unless-stopped on every service')).toBe(false);
    // An error word makes a pasted line a message again, whatever it starts with.
    expect(message('docker pull registry.local/app: no such host')).toBe(true);
  });

  test("a reader's own address or subnet is not a word to look for", () => {
    expect(anyWordTerms('bip 192.168.100.1/24 冲突')).toEqual(['bip', '冲突']);
    expect(anyWordTerms('访问 10.0.0.5:8080 超时')).toEqual(['访问', '超时']);
  });
});

describe('questions asked in English', () => {
  test.each([
    ["how to limit container memory so it doesn't eat all the RAM", true],
    ["containers on the same host can't ping each other by container name", true],
    ['docker stop always takes 10 seconds and my app never gets SIGTERM', true],
    ['how to fix permission denied on the docker socket', true],
    // Pasted messages and command lines keep their own reading.
    ['Conflict. The container name is already in use', false],
    ['permission denied while trying to connect to the Docker daemon socket', false],
    ['Memory cgroup out of memory', false],
    ['docker run -it --rm ubuntu bash', false],
    ['Error response from daemon: pull access denied for foo', false],
    ['port forwarding', false],
    // The question may come after the symptom.
    ['container keeps restarting over and over, how do i find out why', true],
    ['container json log file is huge, how to limit docker log size', true],
    ['Conflict. The container name is already in use, remove it', false],
  ])('%s -> %s', (input, english) => {
    expect(isEnglishQuestion(input)).toBe(english);
  });

  test("a sentence's function words go and its words also take the pages' wording", () => {
    const {variants, message} = readQuery("how to limit container memory so it doesn't eat all the RAM", SYNONYMS);
    expect(message).toBe(false);
    expect(variants[0].query).toBe('limit container memory eat ram');
    expect(variants[1].query).toContain('内存');
    expect(variants[1].query).toContain('容器');
  });

  test("a phrase holding function words takes the pages' wording before they go", () => {
    const groups = [['互相访问', 'reach each other']];
    const {variants} = readQuery('two containers cant reach each other by container name', groups);
    expect(variants.map((v) => v.query)).toContain('two containers cant 互相访问 container name');
  });
});

describe('addresses', () => {
  test('a query holding an address is also searched without it', () => {
    const queries = queryVariants('"bip": "192.168.100.1/24"', SYNONYMS).map((v) => v.query);
    expect(queries).toEqual(expect.arrayContaining(['bip 192.168.100.1/24', 'bip']));
    // Versions and plain numbers are not addresses.
    expect(queryVariants('docker 27.3.1 升级', SYNONYMS).map((v) => v.query)).not.toContain('docker 升级');
  });
});

describe('mounts in a pasted command line', () => {
  test.each([
    ['docker run -v /data/www:/usr/share/nginx/html:Z nginx', ['绑定挂载']],
    ['docker run --rm -v "$PWD":/project -w /project node:20 npm ci', ['绑定挂载']],
    ['docker run -v $(pwd)/conf:/etc/nginx/conf.d:ro nginx', ['绑定挂载']],
    ['docker run -v ./data:/data alpine', ['绑定挂载']],
    ['docker run -v C:\\src:/app mcr.microsoft.com/dotnet/sdk:8.0', ['绑定挂载']],
    ['docker run -d -v pgdata:/var/lib/postgresql/data postgres:16', ['命名卷']],
    ['docker run --volume=cache:/root/.gradle gradle:8', ['命名卷']],
    ['docker run --mount type=bind,source=/srv,target=/srv alpine', ['绑定挂载']],
    ['docker run --mount source=data,type=volume,target=/data alpine', ['命名卷']],
    ['docker run -v gradle-cache:/root/.gradle -v "$PWD":/project android-build', ['命名卷', '绑定挂载']],
    // An anonymous volume names no source; a line without -v or --mount has no mount.
    ['docker run -v /data alpine', []],
    ['docker run -p 8080:80 nginx', []],
  ])('%s', (line, kinds) => {
    expect(mountKinds(line)).toEqual(kinds);
  });

  test("the mount is searched in the pages' words before the line itself", () => {
    const variants = queryVariants('docker run -d -v /data/mysql:/var/lib/mysql mysql:8.0', SYNONYMS);
    expect(variants[0].query).toBe('docker run -v 绑定挂载');
    // The image (mysql:8.0) is the reader's choice, not what the line asks about.
    expect(variants.map((v) => v.query)).toContain('docker run -d -v');
    // A prompt's `$` and sudo are not the command.
    expect(queryVariants('$ sudo docker run --rm -v "$PWD":/src gcc:14 make', SYNONYMS)[0].query).toBe(
      'docker run -v 绑定挂载',
    );
    // Not for a line that also publishes a port or sets a limit: it may ask about either.
    const registry = queryVariants(
      'docker run -d -p 5000:5000 -v /data/registry:/var/lib/registry registry:2',
      SYNONYMS,
    );
    expect(registry.map((v) => v.query).join(' ')).not.toContain('绑定挂载');
    // Nor for a question that quotes a mount: its words say what it asks.
    expect(
      queryVariants('-v /data:/data 之后权限不够', SYNONYMS)
        .map((v) => v.query)
        .join(' '),
    ).not.toContain('绑定挂载');
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
