/**
 * The tree side of the glossary: links terms in text, resolves `:term[...]`
 * references, links instruction keywords in ```dockerfile blocks, and fills the
 * generated parts of the glossary pages. It only selects nodes, asks the pure
 * core (match.ts) and builds nodes with small factories.
 *
 * A hand-written walk instead of mdast-util-find-and-replace: same ignore rules,
 * but it also needs document-order section state (`once`), whole-term inline
 * code, and our single-pass matcher instead of one big RegExp.
 */
import path from 'node:path';
import type {
  Code,
  Heading,
  InlineCode,
  Link,
  List,
  ListItem,
  Nodes,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {TextDirective} from 'mdast-util-directive';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {toString} from 'mdast-util-to-string';
import {logger} from './cjs';
import {buildMessage} from './translations';
import type {Term} from './load';
import {closestSpellings} from './match';
import {groupOptions, pickText, type NormalizedOptions, type Severity} from './options';
import type {GlossaryStore, Location} from './store';

/** Node types whose text is never auto-linked (the find-and-replace ignore list, plus MDX). */
const IGNORED = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'code',
  'html',
  'yaml',
  'toml',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'leafDirective',
  'textDirective',
  'image',
  'imageReference',
]);

export interface PageContext {
  store: GlossaryStore;
  options: NormalizedOptions;
  location: Location;
  /** Absolute path of the page being transformed. */
  file: string;
  /** Severity for unknown terms (usage scans pass 'ignore'). */
  onUnknownTerm: Severity;
}

/* ------------------------------------------------------------ factories */

const attribute = (name: string, value: string): MdxJsxAttribute => ({type: 'mdxJsxAttribute', name, value});
const text = (value: string): Text => ({type: 'text', value});

/**
 * Attributes that mark a term link. The theme's `MDXComponents/A` wrapper
 * reads them, removes them and wraps the link in `<GlossaryTerm>`.
 */
export const TERM_LINK_ATTRIBUTES = {term: 'data-glossary-term', short: 'data-glossary-short'} as const;

/**
 * A term link: an ordinary Markdown link (Docusaurus resolves and checks it)
 * carrying the term and its definition as two string properties. A link costs
 * MDX far less to compile than a JSX element around it (BENCHMARKS.md).
 */
function tooltip(ctx: PageContext, term: Term, children: PhrasingContent[]): Link {
  // term and short are plain string properties: they reach React as text, never as HTML.
  return {
    type: 'link',
    url: ctx.store.relativeUrl(ctx.file, term.file),
    children,
    data: {hProperties: {[TERM_LINK_ATTRIBUTES.term]: term.term, [TERM_LINK_ATTRIBUTES.short]: term.short}},
  };
}

/* ------------------------------------------------------------ reporting */

function place(node: Nodes): string {
  const start = node.position?.start;
  return start ? `${start.line}:${start.column}` : '?:?';
}

function report(ctx: PageContext, message: string): void {
  if (ctx.onUnknownTerm === 'ignore') return;
  logger.report(ctx.onUnknownTerm)(message);
}

/* ------------------------------------------------------------ linking */

interface WalkState {
  seen: Set<string>;
  used: Set<string>;
}

function containsLink(nodes: readonly Nodes[]): boolean {
  return nodes.some(
    (n) => n.type === 'link' || n.type === 'linkReference' || ('children' in n && containsLink(n.children as Nodes[])),
  );
}

/** Links the terms of one page; returns the ids of the terms it linked (for usage lists). */
export function linkTree(tree: Root, ctx: PageContext): Set<string> {
  const {edition} = ctx.location;
  const {byId: terms, bySource} = ctx.store.termIndex(edition);
  const matcher = ctx.store.matcher(edition);
  const own = bySource.get(ctx.location.source);
  const state: WalkState = {seen: new Set(), used: new Set()};
  const once = ctx.options.once;
  const codeLanguages = new Set(ctx.options.codeLanguages);
  const hasCodeKeywords = edition.terms.some((t) => t.codeKeyword);

  // Marks a term as linked; false when `once` says it was linked already.
  const take = (id: string): boolean => {
    if (once !== 'all' && state.seen.has(id)) return false;
    state.seen.add(id);
    state.used.add(id);
    return true;
  };

  const resolveDirective = (node: TextDirective): Term | undefined => {
    const label = toString(node);
    const id = node.attributes?.id ?? undefined;
    let term: Term | undefined;
    if (id) {
      const candidates = edition.terms.filter((t) => t.slug === id || t.id === id);
      const named = matcher.lookup(label);
      term = candidates.find((t) => t.id === named) ?? candidates.find((t) => !t.caseSensitive) ?? candidates[0];
    } else {
      const named = matcher.lookup(label);
      term = named ? terms.get(named) : undefined;
    }
    if (!term) {
      const rel = path.relative(ctx.store.siteDir, ctx.file).split(path.sep).join('/');
      const what = id ? `:term[${label}]{id=${id}}` : `:term[${label}]`;
      const spellings = matcher.spellings.map((s) => s.text).concat(edition.terms.map((t) => t.slug));
      // Suggestions for the label first (`入口` → `入口点`), then for the id.
      const seen = new Set<string>();
      const closest = [...closestSpellings(label, spellings), ...(id ? closestSpellings(id, spellings) : [])]
        .filter((s) => {
          const key = s.toLowerCase();
          return seen.has(key) ? false : (seen.add(key), true);
        })
        .slice(0, 3);
      report(
        ctx,
        `Unknown glossary term ${what} in edition ${edition.name} at ${rel}:${place(node)}. ` +
          `Closest known terms: ${closest.join(', ') || '(none)'}.`,
      );
    }
    return term;
  };

  // Replaces :term directives in places that cannot hold a link (headings, links) by their text.
  const unwrapDirectives = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as Nodes;
      if (node.type === 'textDirective' && node.name === 'term') {
        resolveDirective(node);
        parent.children.splice(i, 1, ...(node.children as RootContent[]));
        i -= 1;
      } else if ('children' in node) {
        unwrapDirectives(node as Parent);
      }
    }
  };

  const linkText = (node: Text): PhrasingContent[] | undefined => {
    const matches = matcher.find(node.value);
    if (matches.length === 0) return undefined;
    const out: PhrasingContent[] = [];
    let last = 0;
    for (const m of matches) {
      const term = terms.get(m.termId);
      // Longest match first: a non-auto-linked spelling still shadows shorter ones inside it.
      if (!term || !term.autoLink || term === own || !take(term.id)) continue;
      if (m.start > last) out.push(text(node.value.slice(last, m.start)));
      out.push(tooltip(ctx, term, [text(node.value.slice(m.start, m.end))]));
      last = m.end;
    }
    if (last === 0) return undefined;
    if (last < node.value.length) out.push(text(node.value.slice(last)));
    return out;
  };

  const linkCode = (node: Code, parent: Parent): void => {
    if (!hasCodeKeywords || !node.lang || !codeLanguages.has(node.lang)) return;
    // Instruction keywords at line starts (Dockerfile instructions are case-insensitive,
    // but only the capital spelling is ours to link).
    const found = new Map<string, Term>();
    for (const line of node.value.split('\n')) {
      const word = /^\s*([A-Z]+)(?=\s|$)/.exec(line)?.[1];
      const id = word ? matcher.lookup(word) : undefined;
      const term = id ? terms.get(id) : undefined;
      if (word && term && term.codeKeyword && term !== own) found.set(word, term);
    }
    if (found.size === 0) return;
    node.data = {...node.data, glossary: true} as Code['data'];
    codeBlocks.push({node, parent, terms: [...found.values()]});
  };
  const codeBlocks: Array<{node: Code; parent: Parent; terms: Term[]}> = [];

  const walk = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as Nodes;
      if (node.type === 'text') {
        const replaced = linkText(node);
        if (replaced) {
          parent.children.splice(i, 1, ...(replaced as RootContent[]));
          i += replaced.length - 1;
        }
        continue;
      }
      if (node.type === 'inlineCode') {
        const id = matcher.lookup(node.value);
        const term = id ? terms.get(id) : undefined;
        // Only a code span that is exactly a term: `CMD` links, `RUN apt-get update` does not.
        if (term && term.autoLink && term !== own && take(term.id)) {
          parent.children[i] = tooltip(ctx, term, [node as InlineCode]) as RootContent;
        }
        continue;
      }
      if (node.type === 'textDirective' && node.name === 'term') {
        const term = resolveDirective(node);
        const children = node.children as PhrasingContent[];
        if (term && term !== own && !containsLink(children)) {
          state.seen.add(term.id);
          state.used.add(term.id);
          parent.children[i] = tooltip(ctx, term, children) as RootContent;
        } else {
          parent.children.splice(i, 1, ...(children as RootContent[]));
          i -= 1;
        }
        continue;
      }
      if (node.type === 'heading') {
        if (node.depth === 2 && once === 'section') state.seen.clear();
        unwrapDirectives(node);
        continue;
      }
      if (node.type === 'code') {
        linkCode(node, parent);
        continue;
      }
      // An admonition's `[title]` is a heading in all but name.
      const isLabel =
        node.type === 'paragraph' && (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel;
      if (IGNORED.has(node.type) || isLabel) {
        if ('children' in node) unwrapDirectives(node as Parent);
        continue;
      }
      if ('children' in node) walk(node as Parent);
    }
  };
  walk(tree);

  // Dockerfile blocks: wrap the code in <GlossaryCode> with one hidden link per keyword;
  // Docusaurus resolves and checks those links, the theme turns keywords into them.
  for (const {node, parent, terms: used} of codeBlocks) {
    for (const t of used) state.used.add(t.id);
    wrapCode(parent, node, ctx, used);
  }
  return state.used;
}

/**
 * Wraps a Dockerfile block in <GlossaryCode terms='{"RUN":{…}}'>: one string
 * attribute with, per keyword, the term, its short definition and the URL of
 * its page. The theme turns line-starting keywords into links from it.
 */
function wrapCode(parent: Parent, code: Code, ctx: PageContext, terms: Term[]): void {
  const index = parent.children.indexOf(code as RootContent);
  if (index < 0) return;
  const data: Record<string, {term: string; short: string; href: string}> = {};
  for (const t of terms) {
    data[t.term] = {term: t.term, short: t.short, href: t.permalink ?? ctx.store.relativeUrl(ctx.file, t.file)};
  }
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'GlossaryCode',
    attributes: [attribute('terms', JSON.stringify(data))],
    children: [code],
  };
  parent.children[index] = element as RootContent;
}

/* ------------------------------------------------------------ generated glossary parts */

const heading = (depth: 1 | 2 | 3, value: string): Heading => ({type: 'heading', depth, children: [text(value)]});

function pageLink(ctx: PageContext, file: string, label: string): Link {
  return {type: 'link', url: ctx.store.relativeUrl(ctx.file, file), children: [text(label)]};
}

const listOf = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [{type: 'paragraph', children}],
  })),
});

/** Fills every `<GlossaryIndex />` on the edition's glossary index page with the grouped term list. */
export function fillIndex(tree: Root, ctx: PageContext): void {
  const {edition} = ctx.location;
  const locale = ctx.store.locale;
  const groups = [...new Set(edition.terms.map((t) => t.group))]
    .map((name) => ({name, options: groupOptions(ctx.options, name)}))
    .sort((a, b) => a.options.position - b.options.position || a.name.localeCompare(b.name));
  const content: RootContent[] = [];
  for (const group of groups) {
    const label = (t: Term) => (group.options.indexLabel === 'title' ? t.title : t.term);
    const terms = edition.terms
      .filter((t) => t.group === group.name)
      .sort((a, b) => a.term.localeCompare(b.term, 'en'));
    content.push(heading(2, group.options.label ? pickText(group.options.label, locale) : group.name));
    content.push(
      listOf(
        terms.map((t) => [
          pageLink(ctx, t.file, label(t)),
          text(buildMessage(locale, 'definitionSeparator') + t.short),
        ]),
      ),
    );
  }
  visitElements(tree, 'GlossaryIndex', (element) => {
    element.children = content as MdxJsxFlowElement['children'];
  });
}

/** Appends the generated "出现在" section to a term page. */
export function appendAppearsIn(tree: Root, ctx: PageContext, term: Term): void {
  const pages = ctx.store.usage(ctx.location.edition).get(term.id) ?? [];
  const body: RootContent[] = pages.length
    ? [listOf(pages.map((p) => [pageLink(ctx, p.file, p.title)]))]
    : [{type: 'paragraph', children: [text(buildMessage(ctx.store.locale, 'appearsInEmpty'))]}];
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'GlossaryAppearsIn',
    attributes: [attribute('term', term.term)],
    children: body as MdxJsxFlowElement['children'],
  };
  const title = ctx.options.appearsInHeading
    ? pickText(ctx.options.appearsInHeading, ctx.store.locale)
    : buildMessage(ctx.store.locale, 'appearsInHeading');
  tree.children.push(heading(2, title), element);
}

function visitElements(parent: Parent, name: string, fn: (el: MdxJsxFlowElement) => void): void {
  for (const node of parent.children as Nodes[]) {
    if (node.type === 'mdxJsxFlowElement' && node.name === name) fn(node);
    else if ('children' in node) visitElements(node as Parent, name, fn);
  }
}

/** True for the edition's glossary index page (`glossary/index.md`). */
export function isIndexPage(ctx: Pick<PageContext, 'options' | 'location'>): boolean {
  // `source` is normalized (store.locate) and `glossaryDir` validated: a string comparison will do.
  const {source} = ctx.location;
  const {glossaryDir} = ctx.options;
  return source === `${glossaryDir}/index.md` || source === `${glossaryDir}/index.mdx`;
}

/* ------------------------------------------------------------ imports */

/** The theme components the plugin's elements name, imported by each page that uses them. */
const COMPONENTS = ['GlossaryTerm', 'GlossaryCode', 'GlossaryIndex', 'GlossaryAppearsIn'] as const;

function usedComponents(node: Nodes, into: Set<string>): void {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) into.add(node.name);
  if ('children' in node) for (const child of node.children as Nodes[]) usedComponents(child, into);
}

function boundNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const child of tree.children) {
    if (child.type !== 'mdxjsEsm') continue;
    for (const statement of child.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') for (const s of statement.specifiers) names.add(s.local.name);
    }
  }
  return names;
}

/**
 * Adds `import GlossaryTerm from '@theme/GlossaryTerm'` (and so on) for the
 * components the page uses, as ESM nodes with their estree, unless the page
 * imports that name itself. Pages then never depend on which theme provides
 * @theme/MDXComponents last.
 */
export function ensureImports(tree: Root): void {
  const used = new Set<string>();
  usedComponents(tree, used);
  const bound = boundNames(tree);
  const missing = COMPONENTS.filter((name) => used.has(name) && !bound.has(name));
  for (const name of missing.reverse()) {
    const source = `@theme/${name}`;
    const esm: MdxjsEsm = {
      type: 'mdxjsEsm',
      value: `import ${name} from ${JSON.stringify(source)};`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ImportDeclaration',
              specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
              source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
              attributes: [],
            },
          ],
        },
      },
    };
    // After front matter, which some pipelines keep in the tree (Docusaurus strips it before MDX).
    tree.children.splice(afterFrontMatter(tree), 0, esm);
  }
}

function afterFrontMatter(tree: Root): number {
  let index = 0;
  while (index < tree.children.length && ['yaml', 'toml'].includes(tree.children[index].type)) index += 1;
  return index;
}
