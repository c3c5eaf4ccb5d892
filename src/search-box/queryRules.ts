/**
 * Query rules of the offline search box: what readers type -> the queries the
 * engine runs, and the engine's rows -> a list ranked by page.
 *
 * The engine (@easyops-cn/docusaurus-search-local, lunr + jieba) requires every
 * query word to match, so a question word (怎么, 为什么, 吗…) or a reader's word
 * the page does not use makes a good page miss. Instead of teaching the engine,
 * the search box runs a few rewrites of the query and merges what they find.
 * Pure functions: no DOM, no engine, unit-tested in test/unit/search-query-rules.test.ts.
 */

/** A group of words for one thing; the first is the wording the pages use. */
export type SynonymGroup = readonly string[];

// Question words, particles and comparison words: readers type them, pages do not
// need them to be relevant. Longest first, so 有什么区别 goes before 什么.
const QUESTION_WORDS = [
  '是个什么东西',
  '是个啥东西',
  '是做什么的',
  '是干什么的',
  '什么东西',
  '啥东西',
  '是个啥',
  '干嘛用的',
  '干嘛的',
  '干啥的',
  '有什么用',
  '有啥用',
  '啥意思',
  '有没有办法',
  '有什么区别',
  '有什么不同',
  '有啥不一样',
  '有什么不一样',
  '差在哪',
  '是不是一回事',
  '是一回事',
  '一回事',
  '有哪些区别',
  '是什么意思',
  '什么意思',
  '怎么回事',
  '怎么解决',
  '怎么处理',
  '怎么办',
  '什么时候',
  '为什么',
  // After 为什么: 为什么叫 k8s keeps its 叫.
  '什么叫',
  '是什么',
  '做什么',
  '干什么',
  '哪个好',
  '哪一个',
  '在哪里',
  '在哪儿',
  '在哪',
  '区别是',
  '的区别',
  '的不同',
  '的差别',
  '有什么',
  '有哪些',
  '有多少',
  '怎么样',
  '怎么弄',
  '有没有必要',
  '值不值得',
  '需不需要',
  '要不要',
  '该不该',
  '用不用',
  '会不会',
  '行不行',
  '对不对',
  '有没有',
  '是不是',
  '该怎么',
  '要怎么',
  '怎么',
  '怎样',
  '如何',
  '为何',
  '为啥',
  '咋办',
  '是否',
  '能否',
  '到底',
  '究竟',
  '什么',
  '哪些',
  '用的是',
  '哪一种',
  '哪种',
  '哪个',
  '多少',
  '区别',
  '不同',
  '不一样',
  '差别',
  '对比',
  '比较',
  '还是',
  '能不能',
  '可不可以',
  '可以',
  '一下',
  '各自',
  '分别',
  '请问',
  // Greetings and thanks of a polite question (您好，请问…谢谢): manners, not the topic.
  '大家好',
  '您好',
  '你好',
  '各位大佬',
  '大佬们',
  '请教一下',
  '请教',
  '求助',
  '多谢',
  '谢谢',
  '感谢',
  // How the reader wants it told (用大白话讲明白), not what about.
  '通俗易懂',
  '用大白话',
  '大白话',
  '讲明白',
  '讲清楚',
  '说清楚',
  '说明白',
  '这么',
  '那么',
  '之间',
  '用来',
  '应该',
  '需要',
  '咋',
  '啥',
  // Who asks or for whom (给学生演示, 开发同事): the reader's situation, not the topic.
  '同学们',
  '学生们',
  '学生机',
  '教师机',
  '实习生',
  '初中生',
  '小学生',
  '中学生',
  '高中生',
  '大学生',
  '外行',
  '学生',
  '同学',
  '老师',
  '同事',
  '领导',
  '老板',
  '全班',
];
// Single characters removed only where they cannot be part of a word: standing
// alone or opening a run of Chinese (给容器, 把镜像; 看容器, the reader's 查看), and final particles closing a
// run (…吗). Inside a run they may belong to a word (存在, 目的), so they stay.
const LEADING_PARTICLES = '的给把和与跟及或是要在我让里看该';
const FINAL_PARTICLES = '吗呢吧啊了';
// …not before 不, where it is a verb (看不到, 跑不起来).
const LEADING_PARTICLE = new RegExp(`(?<=\\s)[${LEADING_PARTICLES}${FINAL_PARTICLES}](?!不)`, 'gu');
const FINAL_PARTICLE = new RegExp(`[${FINAL_PARTICLES}](?=\\s)`, 'gu');
const ENGLISH_FILLER = new Set([
  'vs',
  'versus',
  'how',
  'to',
  'what',
  'is',
  'why',
  'the',
  'a',
  'an',
  'do',
  'i',
  'or',
  'and',
  'difference',
  'between',
]);
// Function words of an English sentence (a reader asking in English: how to limit container memory so it
// doesn't eat all the RAM). Only for such a sentence: in a pasted message they are part of the text.
const ENGLISH_PROSE_FILLER = new Set([
  ...ENGLISH_FILLER,
  'about',
  'actually',
  'after',
  'again',
  'all',
  'always',
  'am',
  'any',
  'are',
  'as',
  'at',
  'be',
  'been',
  'before',
  'behind',
  'best',
  'by',
  'can',
  'could',
  'did',
  'does',
  "doesn't",
  "don't",
  'each',
  'every',
  'for',
  'from',
  'get',
  'gets',
  'happens',
  'has',
  'have',
  'here',
  "i'm",
  'if',
  'in',
  'instead',
  'into',
  'it',
  "it's",
  'its',
  'just',
  'keep',
  'me',
  'my',
  'need',
  'of',
  'on',
  'one',
  'only',
  'other',
  'our',
  'really',
  'same',
  'scenes',
  'should',
  'so',
  'some',
  'still',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'type',
  'under',
  'use',
  'using',
  'want',
  'was',
  'way',
  'we',
  'were',
  'when',
  'where',
  'which',
  'while',
  'who',
  'will',
  'with',
  'without',
  'would',
  'you',
  'your',
  // What is left of a contraction once its apostrophe is a space (doesn't -> doesn t).
  'aren',
  'didn',
  'doesn',
  'don',
  'isn',
  'wasn',
  'won',
  'll',
  're',
  've',
  's',
  't',
  'm',
]);
// Words only an error message or log line holds (error, denied, no such…); MESSAGE_WORD and ERROR_WORD share them.
const ERROR_TERMS =
  'error|errors|denied|failed|failure|refused|conflict|invalid|unknown|not found|no such|timeout|timed out|exceeded|warning';
/**
 * Words of an error message as against a reader's English sentence; a reader describing a symptom says can't
 * or doesn't work, so those are not among them.
 */
const MESSAGE_WORD = new RegExp(
  `\\b(?:${ERROR_TERMS}|already in use|no space left|out of memory|killed|fatal|panic|forbidden|unauthorized|unhealthy|exited)\\b`,
);
/** Words that open an English question. */
const ENGLISH_QUESTION_START = /^(?:how|what|why|when|where|which|who|can|could|should|is|are|does|do|did)\b/;
/** What a pasted message holds and a reader's sentence does not: a colon, quotes, brackets, a path, a flag, a version. */
const MESSAGE_PUNCTUATION = /[:"{}[\]=/\\<>]|(?:^|\s)--?[a-z]|\d+\.\d+\.\d+/i;

/**
 * A question asked in English words (how to limit container memory, containers on the same host can't ping
 * each other by name), not a pasted message or command line: no Chinese, no message punctuation, at least
 * four words, opening with a question word or holding two of a sentence's function words.
 */
export function isEnglishQuestion(input: string): boolean {
  const typed = input.trim().toLowerCase();
  if (HAN.test(typed) || MESSAGE_PUNCTUATION.test(typed)) return false;
  // A message's own words (Conflict. The container name is already in use), unless asked about (how to fix…).
  // The question may follow the symptom (container keeps restarting, how do i find out why).
  const asks = typed.split(/[,;]\s*/).some((clause) => ENGLISH_QUESTION_START.test(clause));
  if (MESSAGE_WORD.test(typed) && !asks) return false;
  const words = typed
    .replace(/[?？.!,，]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 4) return false;
  if (asks) return true;
  const filler = words.filter((w) => ENGLISH_PROSE_FILLER.has(w) && !ENGLISH_FILLER.has(w)).length;
  // A sentence may open with a command's name (docker stop always takes 10 seconds…).
  return filler >= (isCommandOrConfig(input) ? 2 : 1);
}

/** An English sentence without its function words (may equal the input). */
function dropEnglishFiller(query: string): string {
  return (
    query
      .split(' ')
      .filter((w) => !ENGLISH_PROSE_FILLER.has(w))
      .join(' ') || query
  );
}

/** A Chinese character. */
export const HAN = /\p{Unified_Ideograph}/u;

/** Full-width punctuation and quotes become spaces; case folds. */
export function normalizeQuery(input: string): string {
  return (
    input
      .normalize('NFKC')
      // A pasted digest (image@sha256:3f1c…) says "pinned by digest"; its hex is the reader's own, like an address.
      .replace(/@?sha256:[0-9a-f]{12,}/gi, ' sha256 ')
      .replace(/[？?！!，,。；;：:、（）()【】[\]{}"“”'‘’`<>《》]/g, ' ')
      // A full stop ends a sentence; a dot inside a word (daemon.json) stays.
      .replace(/\.(?=\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** The query without question words and particles (may equal the input). */
export function stripQuestionWords(query: string): string {
  let out = ` ${query} `;
  for (const word of QUESTION_WORDS) if (out.includes(word)) out = out.split(word).join(' ');
  out = out.replace(LEADING_PARTICLE, ' ').replace(FINAL_PARTICLE, ' ');
  const words = out.split(/\s+/).filter((w) => w && !ENGLISH_FILLER.has(w));
  const stripped = words.join(' ');
  return stripped || query;
}

// The characters that join two terms (镜像和容器): a subset of LEADING_PARTICLES.
const JOINING_CHARACTERS = /[的和与跟及或]/gu;

/**
 * A reader's question listed under a page, read as the box reads a query (question
 * words out) and split where it joins two terms, so its label pieces meet the
 * query's. Not dropFunctionWords: its word segmenter, run over every listed
 * question when an index loads, would cost the first search more.
 */
export function readListedQuestion(text: string): string {
  return stripQuestionWords(normalizeQuery(text)).replace(JOINING_CHARACTERS, ' ');
}

/** The query without the function characters standing alone in its runs of Chinese (may equal the input). */
export function dropFunctionWords(query: string): string {
  return query.split(' ').map(dropFunctionCharacters).join(' ').replace(/\s+/g, ' ').trim() || query;
}

// Prepositions, localizers, particles and the measure word 个 (装个): as words of their own in a question
// (文件从容器里拷出来) the engine would require them on the row, and a page
// says it its own way (在容器和宿主机之间复制文件).
const FUNCTION_CHARACTERS = '的地得从里在把给和与跟及或让被将对向于中上到个';

let shared: Intl.Segmenter | null | undefined;
/** The browser's Chinese word segmenter, made once and shared (null without Intl.Segmenter). */
function wordSegmenter(): Intl.Segmenter | null {
  if (shared === undefined) {
    const Segmenter = (Intl as {Segmenter?: typeof Intl.Segmenter}).Segmenter;
    shared = Segmenter ? new Segmenter('zh', {granularity: 'word'}) : null;
  }
  return shared;
}

/**
 * A run of Chinese without the function characters the browser's word
 * segmenter finds standing alone; inside a word (目的, 中文, 上线) they stay.
 */
function dropFunctionCharacters(run: string): string {
  const segmenter = wordSegmenter();
  if (!segmenter || run.length < 3 || !HAN.test(run)) return run;
  let out = '';
  for (const {segment} of segmenter.segment(run)) {
    out += segment.length === 1 && FUNCTION_CHARACTERS.includes(segment) ? ' ' : segment;
  }
  return out.trim() || run;
}

/** Replaces every non-first word of a group found in the query by the group's first word. */
export function applySynonyms(query: string, groups: readonly SynonymGroup[], sentence = false): string {
  // In a command or a pasted message (three English words with a flag, or four
  // or more), English words are the text itself, not a reader's wording: only
  // Chinese words are replaced. Three plain words are a reader's (compose live reload).
  const count = query.split(' ').length;
  const prose = sentence || HAN.test(query) || count < 3 || (count === 3 && !/(?:^|\s)-/.test(query));
  // Longest variant first, so `image layer` wins over `image`.
  const pairs: [string, string][] = [];
  for (const group of groups) {
    const [canonical, ...variants] = group;
    if (!canonical) continue;
    for (const v of variants) if (prose || HAN.test(v)) pairs.push([v.toLowerCase(), canonical.toLowerCase()]);
  }
  pairs.sort((a, b) => b[0].length - a[0].length);
  const keptWords = [...new Set(groups.map((g) => g[0]?.toLowerCase() ?? ''))].filter(
    (k) => HAN.test(k) && query.includes(k),
  );
  let out = query;
  const placed: string[] = [];
  for (const [variant, canonical] of pairs) {
    // The query already says it the pages' way (镜像加速器 holds 镜像加速): nothing to replace.
    if (HAN.test(canonical) && query.includes(canonical)) continue;
    const latin = !HAN.test(variant);
    // Latin words match whole words only (`tag` is not inside `stage`); so does a
    // single Chinese character (用 alone, as left of 怎么用; not the 用 of 用户).
    const pattern = latin
      ? new RegExp(`(?<![\\w-])${escapeRegExp(variant)}(?![\\w-])`, 'g')
      : variant.length === 1
        ? new RegExp(`(?<=^|\\s)${escapeRegExp(variant)}(?=\\s|$)`, 'g')
        : new RegExp(escapeRegExp(variant), 'g');
    // A longer word of the pages' that holds this one stays whole (数据卷容器 is not 存储卷 容器).
    const kept = latin ? [] : keptWords.filter((k) => k !== variant && k.includes(variant) && out.includes(k));
    out = kept.reduce((text, k, i) => text.split(k).join(`\uE001${i}\uE001`), out);
    if (pattern.test(out)) {
      // A placeholder keeps a replaced word from being replaced again.
      out = out.replace(pattern, ` \uE000${placed.length}\uE000 `);
      placed.push(canonical);
    }
    out = out.replace(/\uE001(\d+)\uE001/g, (_m, i: string) => kept[Number(i)]);
  }
  const words = out
    .replace(/\uE000(\d+)\uE000/g, (_m, i: string) => placed[Number(i)])
    .split(/\s+/)
    .filter(Boolean);
  // Two variants of one group (写 save 和 export 时) leave the word once, and a
  // word inside a replacement goes (镜像拉取太慢 -> 镜像 镜像加速 -> 镜像加速).
  const unique = [...new Set(words)];
  return unique.filter((w) => !(HAN.test(w) && unique.some((other) => other !== w && other.includes(w)))).join(' ');
}

/** An IPv4 address, with a port or a prefix length (10.0.0.5:8080, 192.168.100.1/24). */
const ADDRESS = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:\/\d{1,2})?(?![\w.])/g;
/** A field of a Go template (`docker inspect -f '{{.State.OOMKilled}}'`): names what the reader asks about. */
const FIELD = /^(?:\.[a-z]\w*)+$/;
/** A command-line flag, with its value when written with = (--target, --mount=type=cache). */
const FLAG = /^--?[a-z][\w-]*(?:=\S*)?$/;
/**
 * A kernel parameter (vm.max_map_count, net.core.somaxconn, fs.inotify.max_user_watches): a message or line
 * naming one is about it, and the page that explains it quotes it. Names of files, variables and containers
 * with dots and underscores are the reader's own.
 */
const KERNEL_PARAMETER = /^(?:kernel|vm|net|fs|user)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$/;

/**
 * Words of a pasted error message that can be on a page: drops container names,
 * IDs, paths, numbers and quoted values, which differ on every machine.
 */
export function errorMessageCore(query: string): string | undefined {
  const words = messageWords(query);
  return words && kernelParametersFirst(words).slice(0, MESSAGE_WORDS).join(' ');
}

/** Words of a message searched for: enough to tell it apart, few enough for rows to hold them all. */
const MESSAGE_WORDS = 6;
/** A command line's: its command and its options, of which a long line has more than a message has telling words. */
const COMMAND_LINE_WORDS = 8;

/**
 * The words of a pasted command line that can be on a page, its options first after the command
 * (`docker run --network-alias`): a long line's seventh word may be the one option it asks about.
 */
export function commandLineCore(query: string, own: readonly string[] = []): string | undefined {
  const found = messageWords(query);
  if (!found) return undefined;
  // The words of the line's image references are the reader's names, once each (a word also
  // written apart, as `--name api` beside `shop/api:2.1`, stays).
  const left = [...own];
  const words = found.filter((w) => {
    const at = left.indexOf(w);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
  if (words.length < 2) return found.slice(0, COMMAND_LINE_WORDS).join(' ');
  const first = words.findIndex((w) => FLAG.test(w));
  if (first < 0) return words.slice(0, MESSAGE_WORDS).join(' ');
  const rest = words.slice(first);
  const others = rest.filter((w) => !FLAG.test(w));
  const ordered = [
    ...words.slice(0, first),
    ...rest.filter((w) => FLAG.test(w)),
    ...others.filter((w) => KERNEL_PARAMETER.test(w)),
    ...optionNames(query),
    ...others.filter((w) => !KERNEL_PARAMETER.test(w)),
  ];
  return [...new Set(ordered)].slice(0, COMMAND_LINE_WORDS).join(' ');
}

/**
 * The words of a command line's image references (`train:latest`, `registry.example.com/shop/api:2.1`,
 * `--link mysql:db`): the reader's own names and tags. Not a port mapping (`8080:80`), a mount
 * (`pgdata:/var/lib/…`) or an address (`http://…`).
 */
export function imageReferenceWords(input: string): string[] {
  const words: string[] = [];
  for (const token of input.toLowerCase().split(/\s+/)) {
    if (!/^[a-z][\w./-]*:\w[\w.-]*$/.test(token)) continue;
    words.push(...normalizeQuery(token).split(' '));
  }
  return words;
}

/** The name of a sub-option given a value on a line (`--log-opt max-size=50m`). */
const OPTION_NAME = /^[a-z][a-z-]{2,}$/;
/** Flags whose `name=value` pairs are the reader's own variables, not sub-options. */
const READER_PAIRS = /^(?:-e|--env|--build-arg|--label|-l|--add-host|--secret|--env-file)$/;
/** Sub-options of every mount and secret (`type=`, `target=`): their values tell more than their names. */
const GENERIC_OPTIONS = new Set([
  'type',
  'target',
  'source',
  'src',
  'destination',
  'dst',
  'mode',
  'id',
  'uid',
  'gid',
  'name',
]);

/**
 * The sub-options a command line sets (max-size of `--log-opt max-size=50m`): they say what its flag
 * is for, where the reader's values say nothing.
 */
function optionNames(line: string): string[] {
  const names: string[] = [];
  // Only the values of a flag (and the pairs after them, `type=tmpfs,tmpfs-size=…`); the pairs of
  // `-e`, `--build-arg` or `--label` are the reader's variables.
  let ofFlag = false;
  for (const word of line.split(' ')) {
    if (FLAG.test(word)) {
      ofFlag = !READER_PAIRS.test(word);
      continue;
    }
    const at = word.indexOf('=');
    if (!ofFlag || at < 0) {
      ofFlag = false;
      continue;
    }
    const name = word.slice(0, at);
    if (OPTION_NAME.test(name) && !GENERIC_OPTIONS.has(name)) names.push(name);
  }
  return names;
}

function messageWords(query: string): string[] | undefined {
  if (HAN.test(query)) return undefined;
  // Prefixes every daemon error shares say nothing about which error it is.
  // (The query is normalized: `docker: Error response from daemon:` arrives as `docker error response from daemon`.)
  const message = query.replace(/^(?:docker:?\s+)?(?:error response from daemon:?\s*|error:?\s+)/, '');
  // A flag (`--target`, `--mount=type=cache`) is as telling in a message as in a command line.
  const words = message
    .split(' ')
    // A parameter set on the line (net.core.somaxconn=4096) is looked for without the reader's value.
    .map((w) => {
      const name = w.split('=')[0];
      return KERNEL_PARAMETER.test(name) ? name : w;
    })
    .filter(
      (w) =>
        (w.length > 1 && /^[a-z][a-z'-]*$/.test(w) && !ENGLISH_FILLER.has(w)) ||
        FLAG.test(w) ||
        FIELD.test(w) ||
        KERNEL_PARAMETER.test(w),
    );
  if (query.split(' ').length < 4 || words.length < 2) return undefined;
  return words;
}

/** The kernel parameters a message or line names first: they tell it apart better than its first words (bootstrap check failure…). */
function kernelParametersFirst(words: readonly string[]): string[] {
  return [...words.filter((w) => KERNEL_PARAMETER.test(w)), ...words.filter((w) => !KERNEL_PARAMETER.test(w))];
}

/**
 * The last clause of a pasted error message. Docker and Go wrap an error in its
 * context (`docker: Error response from daemon: driver failed … endpoint web:
 * Bind for 0.0.0.0:80 failed: port is already allocated`): the cause comes last,
 * and a page that explains it may quote only that part.
 */
export function errorMessageCause(input: string): string | undefined {
  if (HAN.test(input)) return undefined;
  const clauses = input.split(/:\s+/);
  if (clauses.length < 2) return undefined;
  const cause = normalizeQuery(clauses[clauses.length - 1]);
  const words = cause.split(' ').filter((w) => /^[a-z][a-z'-]*$/.test(w) && !ENGLISH_FILLER.has(w));
  return words.length >= 2 ? cause : undefined;
}

export interface QueryVariant {
  query: string;
  /** How much a row found by this variant counts (1 = as typed). */
  weight: number;
}

/** How the box reads what the reader typed: one pass over the query rules per keystroke. */
export interface QueryReading {
  /** The queries to run, best first, without duplicates. */
  variants: QueryVariant[];
  /**
   * What the any-word fallback looks for: a pasted message's distinctive words;
   * otherwise the reader's words in the pages' wording (synonyms applied), since it
   * runs when no row holds them all and a word no page uses (数据全没了) can only
   * be found as the page's word (存储卷).
   */
  anyWords: string;
  /** A pasted error message, which the error index answers (not a command or configuration line without an error word). */
  message: boolean;
  /**
   * The reader's words to compare with what other readers asked (entryMatch): in the pages' wording and as
   * typed, since a listed question keeps its reader's word (私服) where synonyms give the query the pages'
   * (私有仓库); a pasted message or command line by its distinctive words and whole, as another reader pasted it.
   */
  asked: string[];
}

/** Words of Kubernetes (its objects, its tools) and of the kernel's isolation. */
const KUBERNETES_WORDS =
  /\b(?:k8s|kubernetes|kubectl|pods?|svc|services?|ingress|deployments?|helm|coredns)\b|服务|集群|容器组/;
const KERNEL_WORDS = /内核|进程|\bpid\b|unshare|nsenter|cgroup|userns|linux|隔离/;

/**
 * A namespace of Kubernetes, which the pages call by its English name (Namespace), rather than the
 * kernel's, which they call 命名空间: told apart by the words around it (服务名解析不到 in another namespace).
 */
export function kubernetesNamespace(typed: string): boolean {
  return /namespace|命名空间/.test(typed) && KUBERNETES_WORDS.test(typed) && !KERNEL_WORDS.test(typed);
}

export function readQuery(input: string, groups: readonly SynonymGroup[]): QueryReading {
  const typed = normalizeQuery(input);
  if (!typed) return {variants: [], anyWords: '', message: false, asked: []};
  // A question in English: its function words go, and its words take the pages' (Chinese) wording too.
  const english = isEnglishQuestion(input);
  const stripped = english ? dropEnglishFiller(typed) : stripQuestionWords(typed);
  // Synonyms first: a reader's phrase may hold a function character (一启动就退出).
  const inPagesWords = kubernetesNamespace(typed)
    ? (q: string) => q.replace(/命名空间/g, 'namespace')
    : (q: string) => q;
  const core = inPagesWords(dropFunctionWords(stripped));
  // An English phrase may hold function words too (reach each other), so they go after it is replaced.
  const withSynonyms = inPagesWords(
    dropFunctionWords(
      english ? dropEnglishFiller(applySynonyms(typed, groups, true)) : applySynonyms(stripped, groups),
    ),
  );
  // Not the query as typed: its question words make the engine try a hundred
  // readings of a long question (over a second) and it found nothing these miss.
  const candidates: QueryVariant[] = [
    {query: core, weight: 1},
    {query: withSynonyms, weight: 1.05},
  ];
  // An address or a subnet is the reader's own value (192.168.100.1/24); the page shows another.
  const withoutAddresses = core.replace(ADDRESS, ' ').replace(/\s+/g, ' ').trim();
  if (withoutAddresses && withoutAddresses !== core) candidates.push({query: withoutAddresses, weight: 1});
  const commandLine = !english && isCommandLine(typed);
  const errorCore = english
    ? undefined
    : commandLine
      ? commandLineCore(typed, imageReferenceWords(input))
      : errorMessageCore(typed);
  // For a pasted message its distinctive words beat the whole text, whose numbers
  // and names match anything.
  if (errorCore) candidates.unshift({query: errorCore, weight: 1.05});
  // `docker run -v /srv/www:/html nginx` asks about bind mounts, which the pages call by name; a line
  // that also publishes ports or limits memory is about more than its mount.
  if (errorCore && commandLine && !typed.split(' ').some((w) => FLAG.test(w) && !MOUNT_LINE_FLAGS.test(w))) {
    const command = commandName(typed);
    for (const kind of mountKinds(input)) candidates.unshift({query: `${command} -v ${kind}`, weight: 1.05});
  }
  const cause = english ? undefined : errorMessageCause(input);
  if (cause) candidates.splice(errorCore ? 1 : 0, 0, {query: cause, weight: 0.7});
  const seen = new Set<string>();
  return {
    variants: candidates.filter((v) => v.query && !seen.has(v.query) && (seen.add(v.query), true)),
    anyWords: errorCore ?? withSynonyms,
    message: errorCore !== undefined && !isCommandOrConfig(input),
    asked: [...new Set(errorCore ? [errorCore, withSynonyms] : [withSynonyms, core])],
  };
}

/**
 * A pasted command line or configuration line (`docker run -d -p 8080:80 nginx`, `"log-opts": {…}`,
 * `restart: unless-stopped`) without an error word: the chapter that explains it answers it; the error
 * index only quotes such lines in the sessions around its messages.
 */
const COMMAND = /^(?:docker(?:-compose)?|dockerd|kubectl|kubeadm|podman|helm|systemctl|curl|runc|ctr)\b/;
const ERROR_WORD = new RegExp(`\\b(?:${ERROR_TERMS}|cannot|can't|unable|permission)\\b`);
function isCommandOrConfig(input: string): boolean {
  const typed = input.trim().toLowerCase();
  if (ERROR_WORD.test(typed)) return false;
  return isCommandLine(typed) || /^["{]/.test(typed) || /^[\w.-]+:\s/.test(typed);
}

/** A pasted command line (`docker run …`, `$ kubectl get pods`) without an error word. */
function isCommandLine(input: string): boolean {
  const typed = input.trim().toLowerCase();
  return !ERROR_WORD.test(typed) && COMMAND.test(withoutPrompt(typed));
}

/** A pasted line without a shell prompt's `$` or a leading `sudo`: the command it runs. */
function withoutPrompt(line: string): string {
  return line.replace(/^\$\s*/, '').replace(/^sudo /, '');
}

/**
 * What kind of mount a pasted command line's `-v` / `--mount` makes, in the pages' words: a host
 * path (`-v /srv/www:/html`, `-v $(pwd):/app`) is a bind mount, a name (`-v pgdata:/var/lib/…`) a
 * named volume. Normalizing drops the paths that tell them apart, and the reader asks about the
 * mount the line makes, not about `-v` in general.
 */
export function mountKinds(input: string): string[] {
  const kinds = new Set<string>();
  for (const [, value] of input.matchAll(/(?:^|\s)(?:-v|--volume)(?:\s+|=)(\S+)/g)) {
    const spec = value.replace(/^["']|["']$/g, '');
    // A Windows path's drive letter (C:\src:/app) is not the separator.
    const [source, target] = /^[a-z]:[\\/]/i.test(spec) ? ['/', spec.slice(2)] : spec.split(':');
    if (target === undefined) continue;
    if (/^[/~$.]/.test(source)) kinds.add(MOUNT_WORDS.bind);
    else if (/^\w[\w.-]*$/.test(source)) kinds.add(MOUNT_WORDS.volume);
  }
  for (const [, type] of input.matchAll(/--mount[\s=](?:\S*,)?type=(bind|volume)\b/g)) {
    kinds.add(MOUNT_WORDS[type as 'bind' | 'volume']);
  }
  return [...kinds];
}
const MOUNT_WORDS = {bind: '绑定挂载', volume: '命名卷'};
/** A pasted command's name and subcommand (`docker run`, `kubectl get`), without a prompt's `$` or `sudo`. */
function commandName(typed: string): string {
  const words = withoutPrompt(typed).split(' ');
  return FLAG.test(words[1] ?? '-') ? words[0] : words.slice(0, 2).join(' ');
}
/** Options of a line that only runs something with a mount: the mount is what it shows. */
const MOUNT_LINE_FLAGS =
  /^(?:-v|--volume|--mount|-d|--detach|--rm|-it|-ti|-i|-t|--interactive|--tty|--name|-w|--workdir|-u|--user)(?:=|$)/;

/** The queries to run for what the reader typed, best first, without duplicates. */
export function queryVariants(input: string, groups: readonly SynonymGroup[]): QueryVariant[] {
  return readQuery(input, groups).variants;
}

/**
 * The words of a query for the any-word fallback, when every rewrite found (next
 * to) nothing: the engine wants all words of a query on one row, and a long
 * question (如何不通过仓库把镜像拷到另一台机器) has none. Split with the browser's
 * word segmenter; runs of single characters it could not place are joined
 * again (镜|像 -> 镜像); question words and particles are dropped.
 */
export function anyWordTerms(typed: string): string[] {
  const query = typed.replace(ADDRESS, ' ');
  const segmenter = wordSegmenter();
  const pieces = segmenter
    ? [...segmenter.segment(query)].filter((p) => p.isWordLike).map((p) => ({text: p.segment, at: p.index}))
    : [...query.matchAll(/\S+/g)].map((m) => ({text: m[0], at: m.index}));
  const words: string[] = [];
  let run = '';
  let runEnd = -1;
  const flush = () => {
    if (run) words.push(run);
    // The segmenter's dictionary lacks some words (镜像 came out as 镜|像): a longer
    // run also goes in as its two-character pieces, which the index may know.
    if (run.length > 2) words.push(...characterPairs(run));
    run = '';
  };
  for (const {text: piece, at} of pieces) {
    const han = HAN.test(piece);
    const single = piece.length === 1 && han && !isFillerToken(piece);
    if (single) {
      // A run is characters the segmenter left apart with nothing between them, not across a space.
      if (run && runEnd !== at) flush();
      run += piece;
      runEnd = at + piece.length;
      continue;
    }
    flush();
    // The index splits Latin text into runs of letters and digits (harbor.yml is
    // harbor and yml there); the segmenter keeps a file name whole.
    words.push(...(han ? [piece] : latinWords(piece)));
  }
  flush();
  const out = words.map((w) => w.toLowerCase()).filter((w) => w.length >= 2 && !isFillerToken(w));
  return [...new Set(out)];
}

/**
 * The runs of letters and digits of a Latin piece; a snake_case name (a metric,
 * an environment variable) also as its parts: the index holds nr_throttled whole,
 * but a reader's container_cpu_cfs_throttled_periods_total only meets the pages
 * by its words.
 */
function latinWords(piece: string): string[] {
  return (piece.match(/\w+/g) ?? []).flatMap((w) => (w.includes('_') ? [w, ...w.split('_')] : [w]));
}

/** Each pair of neighbouring characters of a run of Chinese (容器日志 -> 容器, 器日, 日志). */
export function characterPairs(run: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 2 <= run.length; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
}

/**
 * The pieces a query is matched against pages' labels by: each pair of
 * neighbouring Chinese characters and each Latin word of two letters or more,
 * a flag with its dashes (-p, --volumes-from: a page lists the flags it explains).
 * A reader's word and a page's often differ in one character (心跳检测 for
 * 心跳检查) or wrap the same word differently (隔离 in 容器隔离原理); pairs still
 * meet (心跳, 跳检; 隔离) where whole words do not.
 */
export function labelPieces(text: string): Set<string> {
  const pieces = new Set<string>();
  for (const run of text.toLowerCase().match(/\p{Unified_Ideograph}+|-{1,2}[a-z][\w.-]*|[a-z0-9][\w.-]*/gu) ?? []) {
    if (!HAN.test(run)) {
      if (run.length >= 2) pieces.add(run);
      continue;
    }
    for (const pair of characterPairs(run)) pieces.add(pair);
  }
  return pieces;
}

/**
 * What kind of answer a question asks for. A how-to or a comparison is answered
 * by a chapter, not by the glossary's definition of one of its words (怎么修改
 * docker0 的地址 wants the page on changing it, not the docker0 entry); "what
 * is" is answered by the definition.
 */
export type QueryIntent = 'how' | 'compare' | 'what' | undefined;

const INTENTS: readonly [Exclude<QueryIntent, undefined>, RegExp][] = [
  ['compare', /区别|不同|不一样|一回事|差在哪|差别|差异|哪个好|对比|比较|\bvs\b|versus|difference/],
  [
    'what',
    /是什么|什么是|是做什么的|做什么用|干什么的|是啥|是个啥|啥东西|什么东西|干嘛的|干嘛用|干啥的|有什么用|有啥用|什么叫|what is|what's/,
  ],
  ['how', /如何|怎么|怎样|how to|how do/],
];

export function queryIntent(input: string): QueryIntent {
  const typed = normalizeQuery(input);
  return INTENTS.find(([, pattern]) => pattern.test(typed))?.[0];
}

/** How much a glossary page counts for each intent (chapters always count 1), before PAGE_WEIGHTS weighs it. */
const GLOSSARY_FACTOR: Record<Exclude<QueryIntent, undefined> | 'none', {concepts: number; other: number}> = {
  // Term pages of instructions (USER, COPY…) show how to use them; concept pages define.
  how: {concepts: 0.6, other: 1},
  compare: {concepts: 0.6, other: 0.6},
  what: {concepts: 1.3, other: 1.3},
  // A term, flag or symptom asked without a question word: a chapter explains it in use, and a term page,
  // which sums that chapter up in the same words, would otherwise come first as often.
  none: {concepts: 0.7, other: 0.7},
};

function glossaryFactor(intent: QueryIntent, url: string | undefined): number {
  if (!url || !/\/glossary\/./.test(url)) return 1;
  const factor = GLOSSARY_FACTOR[intent ?? 'none'];
  return /\/glossary\/concepts\//.test(url) ? factor.concepts : factor.other;
}

/**
 * The error index quotes messages and the sessions around them, so it holds some
 * of nearly every question's words: it answers a pasted message, and for a
 * question asked in words it counts this much (before PAGE_WEIGHTS weighs it).
 */
const ERROR_INDEX_FACTOR = 0.6;

function errorIndexFactor(message: boolean, url: string | undefined): number {
  return !message && url && /\/troubleshooting\/error-index$/.test(url) ? ERROR_INDEX_FACTOR : 1;
}

/** The engine's row kinds, numbered as in the engine's SearchDocumentType. */
export const ROW_TITLE = 0;
export const ROW_HEADING = 1;
export const ROW_DESCRIPTION = 2;
export const ROW_KEYWORDS = 3;
export const ROW_CONTENT = 4;

// Keywords hold readers' loose phrasings (症状, 目的, 口语叫法) as well as the page's terms: one
// long row of short phrases that shares a word with many queries, so it counts below a heading.
export const ROW_WEIGHT: Readonly<Record<number, number>> = {
  [ROW_TITLE]: 3,
  [ROW_KEYWORDS]: 1.3,
  [ROW_HEADING]: 2,
  [ROW_DESCRIPTION]: 1.4,
  [ROW_CONTENT]: 1,
};

/** The fields of an engine row that ranking reads. */
export interface EngineRow {
  type: number;
  /** `t`: the row's text (for a title row, the page title); `u`: the page URL. */
  document: {i: number; p?: number; t?: string; u?: string};
  /** The page of a heading or content row (`t`: its title). */
  page?: {t?: string} | false;
  /** The query's words as the engine split them (jieba for Chinese). */
  tokens?: readonly string[];
  /** lunr's score of the row for the query that found it. */
  score?: number;
}

/**
 * How much a page's title and keywords cover the query, from 0 to 1: the
 * share of the query's words (by weight) found in them. A
 * page named after what the reader asks (限制内存 for 怎么限制容器的内存)
 * then beats a page that only mentions the words in its body.
 */
export function labelCoverage(tokens: readonly string[], label: string, weights?: WordWeights): number {
  const weigh = weigher(weights);
  const text = label.toLowerCase();
  let total = 0;
  let found = 0;
  for (const token of tokens) {
    if (isFillerToken(token)) continue;
    total += weigh(token);
    if (text.includes(token)) found += weigh(token);
  }
  return total === 0 ? 0 : found / total;
}

/** A keyword of at most this many units (Chinese characters, Latin words) is a term; a longer one is a sentence. */
const TERM_UNITS = 10;

function termUnits(text: string): number {
  return (text.match(/\p{Unified_Ideograph}/gu) ?? []).length + (text.match(/[a-z0-9][\w.-]*/gi) ?? []).length;
}

/**
 * How much a page's title and its keywords that are terms cover the query (labelCoverage).
 * Keywords also hold readers' whole questions; on a page with many of them, their words
 * together cover nearly any question made of everyday words (网站, 服务器, 公司), so a
 * sentence counts only as itself (entryMatch), not word by word in the label.
 */
export function pageLabelCoverage(
  tokens: readonly string[],
  title: string,
  keywords: readonly string[] = [],
  weights?: WordWeights,
): number {
  const terms = keywords.filter((k) => termUnits(k) <= TERM_UNITS);
  return labelCoverage(tokens, terms.length ? `${title} ${terms.join(', ')}` : title, weights);
}

/**
 * How telling each word is, from the index (the engine's wordWeights): a word on
 * every page counts little towards covering a query. Without weights a word
 * counts its length in characters.
 */
export type WordWeights = ReadonlyMap<string, number>;

function weigher(weights: WordWeights | undefined): (token: string) => number {
  return weights ? (token) => weights.get(token) ?? token.length : (token) => token.length;
}

/** A question word, particle or English filler: says nothing about which page is meant. */
function isFillerToken(token: string): boolean {
  return (
    QUESTION_WORDS.includes(token) ||
    ENGLISH_FILLER.has(token) ||
    (token.length === 1 && (LEADING_PARTICLES.includes(token) || FINAL_PARTICLES.includes(token) || token === '有'))
  );
}

/** The engine's fullest split of the query among the rows: most characters, then fewest words. */
function fullestReading(rows: readonly EngineRow[]): string[] {
  let best: string[] = [];
  let bestChars = 0;
  for (const row of rows) {
    const words = [...new Set(row.tokens ?? [])];
    const chars = words.reduce((n, t) => n + t.length, 0);
    if (chars > bestChars || (chars === bestChars && words.length < best.length)) {
      best = words;
      bestChars = chars;
    }
  }
  return best;
}

/** How much more a row counts when it holds every piece of the query as typed (x1 to x1.3). */
const PHRASE_BOOST = 0.3;

/**
 * A keyword or reader's question counts from this closeness to the query up (entryMatch):
 * below it, entries share only a word with the query, as many pages' entries do.
 */
const ENTRY_FLOOR = 0.1;

/**
 * How much each thing known of a page weighs in its score, which is its best row's
 * (plus a tenth of the others') times (1 + x) ** weight for each share x from 0 to 1
 * below, e ** (weight × x) for coverageAndEntry's product, the glossary and error-index
 * factors and the row count raised to their weight, and e ** weight for each yes-or-no.
 * Fitted together on three development splits (readers' queries against an index
 * without their questions; BENCHMARKS.md): set one at a time, each factor had been
 * given the whole say over what the others also tell.
 */
export const PAGE_WEIGHTS = {
  /** How much of the rows' words the page's title and keywords hold (pageLabelCoverage). */
  labels: 0.42,
  /** How much of a question's words the page holds anywhere (coverage). */
  coverage: 0.65,
  /** How much of the query's pieces the page's labels hold (labelMatch). */
  labelPieces: 0.6,
  /** How close the query comes to one of the page's keywords or readers' questions (entryMatch, from ENTRY_FLOOR). */
  entry: 0.67,
  /** The intent's factor for term pages (glossaryFactor). */
  glossary: 0.35,
  /** The error index's factor for a question asked in words (errorIndexFactor). */
  errorIndex: 0.29,
  /** The page holds the readers' question closest to the query of all pages found. */
  closestEntry: 0.38,
  /** Both at once: the page holds the question's words and readers asked the like of it there. */
  coverageAndEntry: 0.37,
  /** The page's best row is a paragraph: ROW_WEIGHT, which orders rows within a page, weighs it down too far for pages. */
  paragraph: 0.37,
  /** The number of its rows found, raised to this. */
  rows: 0.15,
} as const;

/** A page one of whose readers' questions comes this close to the query (entryMatch) keeps its glossary factor at 1 or more. */
const ASKED_LEAST = 0.8;

export type PageWeights = Readonly<Record<keyof typeof PAGE_WEIGHTS, number>>;
/**
 * What is known of a page, as its score reads it: `best` is the log of its rows' score,
 * each other the log of a factor (or a yes-or-no as 0 or 1) that PAGE_WEIGHTS weighs.
 */
export type PageFactors = {best: number} & PageWeights;

/** A page's score: e ** (best + the sum of each factor times its weight). */
export function pageScore(factors: PageFactors, weights: PageWeights = PAGE_WEIGHTS): number {
  let sum = factors.best;
  for (const key of Object.keys(weights) as (keyof PageWeights)[]) sum += weights[key] * factors[key];
  return Math.exp(sum);
}

/**
 * The pieces of a query (its rewrite without question words) that a row should
 * hold as typed: a flag, path or key (--no-cache, /var/lib/docker, daemon.json),
 * which the engine only finds as separate words (no, cache), and a run of Chinese
 * (容器日志), which it finds as words anywhere in the row.
 */
export function literalPhrases(query: string): string[] {
  const pieces = query.split(' ').filter((w) => w.length >= 3 || (w.length === 2 && HAN.test(w)));
  return [...new Set(pieces)];
}

/** The page a row belongs to (a title row is its own page). */
export function pageOf(row: EngineRow): number {
  return pageOfDocument(row.type, row.document);
}

/** The page of a row of this kind, from the row's own fields (the engine has no result row yet). */
export function pageOfDocument(type: number, document: {i: number; p?: number}): number {
  return type === ROW_TITLE || document.p === undefined ? document.i : document.p;
}

/**
 * Merges the rows found by each variant into one list ranked by page: a page
 * scores its best row (title and headings above body text, lunr's score against
 * the best of its list, earlier variants and earlier rows above later ones) plus a
 * little for every other row. Its rows stay together, at most `perPage` of them,
 * ordered as lunr's scores aside: a heading before the paragraphs under it.
 */
export function rankByPage<R extends EngineRow>(
  lists: readonly {rows: readonly R[]; weight: number}[],
  {
    limit,
    perPage = 2,
    intent,
    weights,
    phrases = [],
    message = false,
    coverage,
    labels,
    entries,
    explain,
  }: {
    limit: number;
    perPage?: number;
    intent?: QueryIntent;
    weights?: WordWeights;
    phrases?: readonly string[];
    /** The query is a pasted message or command line, which the error index answers. */
    message?: boolean;
    /**
     * How well each page matches the question's words taken one by one, anywhere on
     * the page (the any-word search's score over the best page's, 0 to 1). Rows only
     * tell which words appear together; a page that holds all of them, scattered over
     * its paragraphs, answers a long question better than one row that holds two.
     */
    coverage?: ReadonlyMap<number, number>;
    /**
     * How much of the query's character pairs and Latin words each page's title,
     * description, keywords and headings hold (labelMatch, 0 to 1). Unlike the
     * label coverage of the rows' words, it reaches headings no row found and a
     * word the reader says a little differently (心跳检测 for 心跳检查).
     */
    labels?: ReadonlyMap<number, number>;
    /** How close the query comes to one of each page's keywords or readers' questions (entryMatch, 0 to 1). */
    entries?: ReadonlyMap<number, number>;
    /** Told every page found, with what its score was made of (to fit PAGE_WEIGHTS). */
    explain?: (pages: readonly {url?: string; factors: PageFactors}[]) => void;
  },
): R[] {
  const weigh = weigher(weights);
  const pages = new Map<
    number,
    {score: number; label: string; keywords?: string[]; url?: string; rows: {row: R; score: number; shown: number}[]}
  >();
  const seenRows = new Set<string>();
  // The query's words, as the engine split them for every variant that found something.
  const tokens = new Set<string>();
  // The engine falls back to leaving words out (or cutting them smaller); a row
  // that has every word of the query's fullest reading, whichever rewrite found
  // it, counts more than one found with some left out.
  const readingTokens = new Set(fullestReading(lists.flatMap(({rows}) => rows)).filter((t) => !isFillerToken(t)));
  const readingChars = [...readingTokens].reduce((n, t) => n + weigh(t), 0);
  for (const {rows, weight} of lists) {
    // For the page's score a row counts as much of its list's best as lunr scored it: the
    // engine lists rows by kind (titles first, body last), so the order alone puts a keywords
    // row that shares a word or two above the paragraph that holds the whole message. Within
    // a page, rows keep the order by kind: a heading is the better link than its paragraph.
    const top = rows.reduce((max, row) => Math.max(max, row.score ?? 0), 0);
    rows.forEach((row, position) => {
      for (const token of row.tokens ?? []) if (token.trim()) tokens.add(token.toLowerCase());
      const key = `${row.type}:${row.document.i}`;
      if (seenRows.has(key)) return;
      seenRows.add(key);
      const rowChars = [...new Set(row.tokens ?? [])]
        .filter((t) => readingTokens.has(t))
        .reduce((n, t) => n + weigh(t), 0);
      const complete = readingChars === 0 ? 1 : rowChars / readingChars;
      // Rows holding the query's pieces as typed, not only their words somewhere.
      const text = (row.document.t ?? '').toLowerCase();
      const literal = phrases.length === 0 ? 0 : phrases.filter((p) => text.includes(p)).length / phrases.length;
      const shown =
        weight *
        (ROW_WEIGHT[row.type] ?? 1) *
        (1 / (1 + position * 0.03)) *
        (0.5 + 0.5 * complete) *
        (1 + PHRASE_BOOST * literal);
      const score = shown * (top > 0 && row.score !== undefined ? row.score / top : 1);
      const page = pageOf(row);
      const entry = pages.get(page) ?? {score: 0, label: '', rows: []};
      // What names the page: its title (on every row) and its keywords (when a keywords row was found).
      const title = row.type === ROW_TITLE ? row.document.t : row.page ? row.page.t : undefined;
      if (title && !entry.label.includes(title)) entry.label += ` ${title}`;
      if (row.type === ROW_KEYWORDS && row.document.t) entry.keywords = row.document.t.split(', ');
      entry.url ??= row.document.u;
      entry.rows.push({row, score, shown});
      pages.set(page, entry);
    });
  }
  const queryTokens = [...tokens];
  let closest = 0;
  for (const page of pages.keys()) closest = Math.max(closest, entries?.get(page) ?? 0);
  const explained: {url?: string; factors: PageFactors}[] = [];
  for (const [page, entry] of pages) {
    entry.rows.sort((a, b) => b.score - a.score);
    const best = entry.rows[0].score + 0.1 * entry.rows.slice(1).reduce((sum, r) => sum + r.score, 0);
    const asked = entries?.get(page) ?? 0;
    const covered = coverage?.get(page) ?? 0;
    const glossary = glossaryFactor(intent, entry.url);
    const factors: PageFactors = {
      best: Math.log(best),
      labels: Math.log1p(pageLabelCoverage(queryTokens, entry.label, entry.keywords, weights)),
      coverage: Math.log1p(covered),
      labelPieces: Math.log1p(labels?.get(page) ?? 0),
      entry: Math.log1p(Math.max(0, (asked - ENTRY_FLOOR) / (1 - ENTRY_FLOOR))),
      // Readers asked this very question under the page: their choice stands over the intent's guess.
      glossary: Math.log(asked >= ASKED_LEAST ? Math.max(1, glossary) : glossary),
      errorIndex: Math.log(errorIndexFactor(message, entry.url)),
      closestEntry: asked > ENTRY_FLOOR && asked >= closest ? 1 : 0,
      coverageAndEntry: covered * asked,
      paragraph: entry.rows[0].row.type === ROW_CONTENT ? 1 : 0,
      rows: Math.log(entry.rows.length),
    };
    entry.score = pageScore(factors);
    if (explain) explained.push({url: entry.url, factors});
  }
  explain?.(explained);
  const ranked = [...pages.values()].sort((a, b) => b.score - a.score);
  const out: R[] = [];
  for (const entry of ranked) {
    for (const {row} of entry.rows.sort((a, b) => b.shown - a.shown).slice(0, perPage)) {
      if (out.length >= limit) return out;
      out.push(row);
    }
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
