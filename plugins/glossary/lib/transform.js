"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TERM_LINK_ATTRIBUTES = void 0;
exports.linkTree = linkTree;
exports.fillIndex = fillIndex;
exports.appendAppearsIn = appendAppearsIn;
exports.isIndexPage = isIndexPage;
exports.ensureImports = ensureImports;
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
const node_path_1 = __importDefault(require("node:path"));
const mdast_util_to_string_1 = require("mdast-util-to-string");
const cjs_1 = require("./cjs");
const translations_1 = require("./translations");
const match_1 = require("./match");
const options_1 = require("./options");
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
/* ------------------------------------------------------------ factories */
const attribute = (name, value) => ({ type: 'mdxJsxAttribute', name, value });
const text = (value) => ({ type: 'text', value });
/**
 * Attributes that mark a term link. The theme's `MDXComponents/A` wrapper
 * reads them, removes them and wraps the link in `<GlossaryTerm>`.
 */
exports.TERM_LINK_ATTRIBUTES = { term: 'data-glossary-term', short: 'data-glossary-short' };
/**
 * A term link: an ordinary Markdown link (Docusaurus resolves and checks it)
 * carrying the term and its definition as two string properties. A link costs
 * MDX far less to compile than a JSX element around it (BENCHMARKS.md).
 */
function tooltip(ctx, term, children) {
    // term and short are plain string properties: they reach React as text, never as HTML.
    return {
        type: 'link',
        url: ctx.store.relativeUrl(ctx.file, term.file),
        children,
        data: { hProperties: { [exports.TERM_LINK_ATTRIBUTES.term]: term.term, [exports.TERM_LINK_ATTRIBUTES.short]: term.short } },
    };
}
/* ------------------------------------------------------------ reporting */
function place(node) {
    const start = node.position?.start;
    return start ? `${start.line}:${start.column}` : '?:?';
}
function report(ctx, message) {
    if (ctx.onUnknownTerm === 'ignore')
        return;
    cjs_1.logger.report(ctx.onUnknownTerm)(message);
}
function containsLink(nodes) {
    return nodes.some((n) => n.type === 'link' || n.type === 'linkReference' || ('children' in n && containsLink(n.children)));
}
/** Links the terms of one page; returns the ids of the terms it linked (for usage lists). */
function linkTree(tree, ctx) {
    const { edition } = ctx.location;
    const { byId: terms, bySource } = ctx.store.termIndex(edition);
    const matcher = ctx.store.matcher(edition);
    const own = bySource.get(ctx.location.source);
    const state = { seen: new Set(), used: new Set() };
    const once = ctx.options.once;
    const codeLanguages = new Set(ctx.options.codeLanguages);
    const hasCodeKeywords = edition.terms.some((t) => t.codeKeyword);
    // Marks a term as linked; false when `once` says it was linked already.
    const take = (id) => {
        if (once !== 'all' && state.seen.has(id))
            return false;
        state.seen.add(id);
        state.used.add(id);
        return true;
    };
    const resolveDirective = (node) => {
        const label = (0, mdast_util_to_string_1.toString)(node);
        const id = node.attributes?.id ?? undefined;
        let term;
        if (id) {
            const candidates = edition.terms.filter((t) => t.slug === id || t.id === id);
            const named = matcher.lookup(label);
            term = candidates.find((t) => t.id === named) ?? candidates.find((t) => !t.caseSensitive) ?? candidates[0];
        }
        else {
            const named = matcher.lookup(label);
            term = named ? terms.get(named) : undefined;
        }
        if (!term) {
            const rel = node_path_1.default.relative(ctx.store.siteDir, ctx.file).split(node_path_1.default.sep).join('/');
            const what = id ? `:term[${label}]{id=${id}}` : `:term[${label}]`;
            const spellings = matcher.spellings.map((s) => s.text).concat(edition.terms.map((t) => t.slug));
            // Suggestions for the label first (`入口` → `入口点`), then for the id.
            const seen = new Set();
            const closest = [...(0, match_1.closestSpellings)(label, spellings), ...(id ? (0, match_1.closestSpellings)(id, spellings) : [])]
                .filter((s) => {
                const key = s.toLowerCase();
                return seen.has(key) ? false : (seen.add(key), true);
            })
                .slice(0, 3);
            report(ctx, `Unknown glossary term ${what} in edition ${edition.name} at ${rel}:${place(node)}. ` +
                `Closest known terms: ${closest.join(', ') || '(none)'}.`);
        }
        return term;
    };
    // Replaces :term directives in places that cannot hold a link (headings, links) by their text.
    const unwrapDirectives = (parent) => {
        for (let i = 0; i < parent.children.length; i++) {
            const node = parent.children[i];
            if (node.type === 'textDirective' && node.name === 'term') {
                resolveDirective(node);
                parent.children.splice(i, 1, ...node.children);
                i -= 1;
            }
            else if ('children' in node) {
                unwrapDirectives(node);
            }
        }
    };
    const linkText = (node) => {
        const matches = matcher.find(node.value);
        if (matches.length === 0)
            return undefined;
        const out = [];
        let last = 0;
        for (const m of matches) {
            const term = terms.get(m.termId);
            // Longest match first: a non-auto-linked spelling still shadows shorter ones inside it.
            if (!term || !term.autoLink || term === own || !take(term.id))
                continue;
            if (m.start > last)
                out.push(text(node.value.slice(last, m.start)));
            out.push(tooltip(ctx, term, [text(node.value.slice(m.start, m.end))]));
            last = m.end;
        }
        if (last === 0)
            return undefined;
        if (last < node.value.length)
            out.push(text(node.value.slice(last)));
        return out;
    };
    const linkCode = (node, parent) => {
        if (!hasCodeKeywords || !node.lang || !codeLanguages.has(node.lang))
            return;
        // Instruction keywords at line starts (Dockerfile instructions are case-insensitive,
        // but only the capital spelling is ours to link).
        const found = new Map();
        for (const line of node.value.split('\n')) {
            const word = /^\s*([A-Z]+)(?=\s|$)/.exec(line)?.[1];
            const id = word ? matcher.lookup(word) : undefined;
            const term = id ? terms.get(id) : undefined;
            if (word && term && term.codeKeyword && term !== own)
                found.set(word, term);
        }
        if (found.size === 0)
            return;
        node.data = { ...node.data, glossary: true };
        codeBlocks.push({ node, parent, terms: [...found.values()] });
    };
    const codeBlocks = [];
    const walk = (parent) => {
        for (let i = 0; i < parent.children.length; i++) {
            const node = parent.children[i];
            if (node.type === 'text') {
                const replaced = linkText(node);
                if (replaced) {
                    parent.children.splice(i, 1, ...replaced);
                    i += replaced.length - 1;
                }
                continue;
            }
            if (node.type === 'inlineCode') {
                const id = matcher.lookup(node.value);
                const term = id ? terms.get(id) : undefined;
                // Only a code span that is exactly a term: `CMD` links, `RUN apt-get update` does not.
                if (term && term.autoLink && term !== own && take(term.id)) {
                    parent.children[i] = tooltip(ctx, term, [node]);
                }
                continue;
            }
            if (node.type === 'textDirective' && node.name === 'term') {
                const term = resolveDirective(node);
                const children = node.children;
                if (term && term !== own && !containsLink(children)) {
                    state.seen.add(term.id);
                    state.used.add(term.id);
                    parent.children[i] = tooltip(ctx, term, children);
                }
                else {
                    parent.children.splice(i, 1, ...children);
                    i -= 1;
                }
                continue;
            }
            if (node.type === 'heading') {
                if (node.depth === 2 && once === 'section')
                    state.seen.clear();
                unwrapDirectives(node);
                continue;
            }
            if (node.type === 'code') {
                linkCode(node, parent);
                continue;
            }
            // An admonition's `[title]` is a heading in all but name.
            const isLabel = node.type === 'paragraph' && node.data?.directiveLabel;
            if (IGNORED.has(node.type) || isLabel) {
                if ('children' in node)
                    unwrapDirectives(node);
                continue;
            }
            if ('children' in node)
                walk(node);
        }
    };
    walk(tree);
    // Dockerfile blocks: wrap the code in <GlossaryCode> with one hidden link per keyword;
    // Docusaurus resolves and checks those links, the theme turns keywords into them.
    for (const { node, parent, terms: used } of codeBlocks) {
        for (const t of used)
            state.used.add(t.id);
        wrapCode(parent, node, ctx, used);
    }
    return state.used;
}
/**
 * Wraps a Dockerfile block in <GlossaryCode terms='{"RUN":{…}}'>: one string
 * attribute with, per keyword, the term, its short definition and the URL of
 * its page. The theme turns line-starting keywords into links from it.
 */
function wrapCode(parent, code, ctx, terms) {
    const index = parent.children.indexOf(code);
    if (index < 0)
        return;
    const data = {};
    for (const t of terms) {
        data[t.term] = { term: t.term, short: t.short, href: t.permalink ?? ctx.store.relativeUrl(ctx.file, t.file) };
    }
    const element = {
        type: 'mdxJsxFlowElement',
        name: 'GlossaryCode',
        attributes: [attribute('terms', JSON.stringify(data))],
        children: [code],
    };
    parent.children[index] = element;
}
/* ------------------------------------------------------------ generated glossary parts */
const heading = (depth, value) => ({ type: 'heading', depth, children: [text(value)] });
function pageLink(ctx, file, label) {
    return { type: 'link', url: ctx.store.relativeUrl(ctx.file, file), children: [text(label)] };
}
const listOf = (items) => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children }],
    })),
});
/** Fills every `<GlossaryIndex />` on the edition's glossary index page with the grouped term list. */
function fillIndex(tree, ctx) {
    const { edition } = ctx.location;
    const locale = ctx.store.locale;
    const groups = [...new Set(edition.terms.map((t) => t.group))]
        .map((name) => ({ name, options: (0, options_1.groupOptions)(ctx.options, name) }))
        .sort((a, b) => a.options.position - b.options.position || a.name.localeCompare(b.name));
    const content = [];
    for (const group of groups) {
        const label = (t) => (group.options.indexLabel === 'title' ? t.title : t.term);
        const terms = edition.terms
            .filter((t) => t.group === group.name)
            .sort((a, b) => a.term.localeCompare(b.term, 'en'));
        content.push(heading(2, group.options.label ? (0, options_1.pickText)(group.options.label, locale) : group.name));
        content.push(listOf(terms.map((t) => [
            pageLink(ctx, t.file, label(t)),
            text((0, translations_1.buildMessage)(locale, 'definitionSeparator') + t.short),
        ])));
    }
    visitElements(tree, 'GlossaryIndex', (element) => {
        element.children = content;
    });
}
/** Appends the generated "出现在" section to a term page. */
function appendAppearsIn(tree, ctx, term) {
    const pages = ctx.store.usage(ctx.location.edition).get(term.id) ?? [];
    const body = pages.length
        ? [listOf(pages.map((p) => [pageLink(ctx, p.file, p.title)]))]
        : [{ type: 'paragraph', children: [text((0, translations_1.buildMessage)(ctx.store.locale, 'appearsInEmpty'))] }];
    const element = {
        type: 'mdxJsxFlowElement',
        name: 'GlossaryAppearsIn',
        attributes: [attribute('term', term.term)],
        children: body,
    };
    const title = ctx.options.appearsInHeading
        ? (0, options_1.pickText)(ctx.options.appearsInHeading, ctx.store.locale)
        : (0, translations_1.buildMessage)(ctx.store.locale, 'appearsInHeading');
    tree.children.push(heading(2, title), element);
}
function visitElements(parent, name, fn) {
    for (const node of parent.children) {
        if (node.type === 'mdxJsxFlowElement' && node.name === name)
            fn(node);
        else if ('children' in node)
            visitElements(node, name, fn);
    }
}
/** True for the edition's glossary index page (`glossary/index.md`). */
function isIndexPage(ctx) {
    // `source` is normalized (store.locate) and `glossaryDir` validated: a string comparison will do.
    const { source } = ctx.location;
    const { glossaryDir } = ctx.options;
    return source === `${glossaryDir}/index.md` || source === `${glossaryDir}/index.mdx`;
}
/* ------------------------------------------------------------ imports */
/** The theme components the plugin's elements name, imported by each page that uses them. */
const COMPONENTS = ['GlossaryTerm', 'GlossaryCode', 'GlossaryIndex', 'GlossaryAppearsIn'];
function usedComponents(node, into) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name)
        into.add(node.name);
    if ('children' in node)
        for (const child of node.children)
            usedComponents(child, into);
}
function boundNames(tree) {
    const names = new Set();
    for (const child of tree.children) {
        if (child.type !== 'mdxjsEsm')
            continue;
        for (const statement of child.data?.estree?.body ?? []) {
            if (statement.type === 'ImportDeclaration')
                for (const s of statement.specifiers)
                    names.add(s.local.name);
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
function ensureImports(tree) {
    const used = new Set();
    usedComponents(tree, used);
    const bound = boundNames(tree);
    const missing = COMPONENTS.filter((name) => used.has(name) && !bound.has(name));
    for (const name of missing.reverse()) {
        const source = `@theme/${name}`;
        const esm = {
            type: 'mdxjsEsm',
            value: `import ${name} from ${JSON.stringify(source)};`,
            data: {
                estree: {
                    type: 'Program',
                    sourceType: 'module',
                    body: [
                        {
                            type: 'ImportDeclaration',
                            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
                            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
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
function afterFrontMatter(tree) {
    let index = 0;
    while (index < tree.children.length && ['yaml', 'toml'].includes(tree.children[index].type))
        index += 1;
    return index;
}
