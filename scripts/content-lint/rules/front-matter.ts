/**
 * `front-matter`: the fields every page needs, by page kind (see PageKind).
 * Chapter and other pages: title, description, keywords, tags (sidebar_position
 * a number when present). Glossary term pages: the glossary contract
 * (/tmp/prompts/glossary-schema.md, summarised in CONTRIBUTING.md). Dogfood
 * pages: only that the YAML parses to an object.
 */
import type {Yaml} from 'mdast';
import type {Point} from 'unist';
import {validateTermFrontMatter} from '@docker-k8s-notes/docusaurus-plugin-glossary/tools';
import type {Rule, RuleContext} from '../types';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const MARKDOWN_IN_SHORT = /[`*_[\]<>{}#|]/u;
const SENTENCE_END = /[。！？.!?]/gu;
export const SHORT_MAX_CJK = 60;

type Check = (context: RuleContext, data: Record<string, unknown>, at: (key: string) => Point) => void;

export const frontMatterRule: Rule = (context) => {
  const {page, tree, frontMatter} = context;
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml) {
    if (page.kind !== 'site-page') {
      context.report(
        'front-matter',
        'Missing front matter: start the page with `---`, title, description, keywords, tags, `---`',
        {line: 1, column: 1},
      );
    }
    return;
  }
  if (!frontMatter) {
    context.report('front-matter', 'Front matter is not a YAML mapping', yaml);
    return;
  }
  const at = keyLocator(yaml);
  const checks: Record<typeof page.kind, Check[]> = {
    chapter: [pageFields],
    page: [pageFields],
    'glossary-index': [requireString('title'), requireString('description')],
    'glossary-term': [pageFields, termFields],
    'site-page': [],
  };
  for (const check of checks[page.kind]) check(context, frontMatter, at);
};

/** Where `key:` starts inside the YAML block, or the block's start when absent. */
function keyLocator(yaml: Yaml): (key: string) => Point {
  const start = yaml.position?.start ?? {line: 1, column: 1};
  const lines = yaml.value.split('\n');
  return (key) => {
    const index = lines.findIndex((line) => line.startsWith(`${key}:`));
    return index === -1 ? {line: start.line, column: start.column} : {line: start.line + 1 + index, column: 1};
  };
}

const pageFields: Check = (context, data, at) => {
  requireString('title')(context, data, at);
  requireString('description')(context, data, at);
  requireStringList('keywords')(context, data, at);
  requireStringList('tags')(context, data, at);
  if ('sidebar_position' in data && typeof data.sidebar_position !== 'number') {
    context.report('front-matter', '`sidebar_position` must be a number', at('sidebar_position'));
  }
};

const termFields: Check = (context, data, at) => {
  // The plugin's own schema first, so the lint and the build agree on what a term page is.
  const checked = validateTermFrontMatter(data);
  if (!checked.ok) {
    for (const problem of checked.problems) {
      context.report('front-matter', problem.message.replace(/"(\w+)"/g, '`$1`'), at(problem.field));
    }
  }
  const {short, term, title} = data;
  if (typeof short === 'string') {
    const cjk = short.match(CJK)?.length ?? 0;
    if (cjk > SHORT_MAX_CJK) {
      context.report(
        'front-matter',
        `\`short\` has ${cjk} CJK characters, at most ${SHORT_MAX_CJK} allowed`,
        at('short'),
      );
    }
    if (MARKDOWN_IN_SHORT.test(short)) {
      context.report('front-matter', '`short` is plain text: no Markdown, HTML or braces', at('short'));
    }
    const ends = short.trim().match(SENTENCE_END)?.length ?? 0;
    if (ends > 1) context.report('front-matter', '`short` must be one sentence', at('short'));
  }
  const instruction = /^glossary\/dockerfile\/([^/]+)\.mdx?$/.exec(context.page.docPath)?.[1];
  if (instruction && typeof term === 'string') {
    if (term.toLowerCase() !== instruction) {
      context.report(
        'front-matter',
        `\`term\` is "${term}" but the file is ${instruction}.md: name the file after the term in lowercase`,
        at('term'),
      );
    }
    if (typeof title === 'string' && title !== term) {
      context.report('front-matter', `An instruction page's \`title\` is the keyword itself ("${term}")`, at('title'));
    }
  }
};

function requireString(key: string): Check {
  return (context, data, at) => {
    const value = data[key];
    if (value === undefined || value === null) {
      context.report('front-matter', `Missing \`${key}\``, at(key));
    } else if (typeof value !== 'string' || value.trim() === '') {
      context.report('front-matter', `\`${key}\` must be a non-empty string`, at(key));
    }
  };
}

function requireStringList(key: string): Check {
  return (context, data, at) => {
    const value = data[key];
    if (value === undefined || value === null) {
      context.report('front-matter', `Missing \`${key}\` (a list, e.g. \`${key}: [Docker, 网络]\`)`, at(key));
    } else if (!isStringList(value, false)) {
      context.report('front-matter', `\`${key}\` must be a non-empty list of strings`, at(key));
    }
  };
}

function isStringList(value: unknown, allowEmpty: boolean): boolean {
  return (
    Array.isArray(value) &&
    (allowEmpty || value.length > 0) &&
    value.every((item) => typeof item === 'string' && item.trim() !== '')
  );
}
