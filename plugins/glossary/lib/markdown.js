"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.readFrontMatter = readFrontMatter;
exports.parsePage = parsePage;
exports.listPages = listPages;
/**
 * Reading Markdown the way Docusaurus does, for the glossary and for the
 * site's tools (lint, checks, bench): front matter (YAML only: a `---js`
 * fence is never evaluated), the mdast of a page (MDX, GFM, directives), and
 * the list of pages in a folder.
 */
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const js_yaml_1 = __importDefault(require("js-yaml"));
const unified_1 = require("unified");
const remark_parse_1 = __importDefault(require("remark-parse"));
const remark_mdx_1 = __importDefault(require("remark-mdx"));
const remark_gfm_1 = __importDefault(require("remark-gfm"));
const remark_directive_1 = __importDefault(require("remark-directive"));
const remark_frontmatter_1 = __importDefault(require("remark-frontmatter"));
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const MARKDOWN_FILE = /\.mdx?$/;
/** Front matter of a Markdown text as an object (empty when there is none). Throws on invalid YAML. */
function readFrontMatter(content) {
    const block = FRONT_MATTER.exec(content.startsWith('\uFEFF') ? content.slice(1) : content);
    if (!block)
        return {};
    const data = js_yaml_1.default.load(block[1]);
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
}
let mdxParser;
let mdParser;
/**
 * The mdast of a page as Docusaurus parses it: MDX for `.mdx` and (by
 * default) `.md`, CommonMark for `format: 'md'`. An MDX syntax error falls back
 * to CommonMark: the build reports the page itself; callers only read it.
 */
function parsePage(value, format = 'mdx') {
    mdxParser ??= (0, unified_1.unified)()
        .use(remark_parse_1.default)
        .use(remark_mdx_1.default)
        .use(remark_gfm_1.default)
        .use(remark_directive_1.default)
        .use(remark_frontmatter_1.default);
    mdParser ??= (0, unified_1.unified)()
        .use(remark_parse_1.default)
        .use(remark_gfm_1.default)
        .use(remark_directive_1.default)
        .use(remark_frontmatter_1.default);
    if (format === 'md')
        return mdParser.parse(value);
    try {
        return mdxParser.parse(value);
    }
    catch {
        return mdParser.parse(value);
    }
}
/** Markdown pages Docusaurus builds in a folder, relative with `/` (no `_` partials, no dot files, no tests). */
function listPages(root, dir = '') {
    const abs = node_path_1.default.join(root, dir);
    let entries;
    try {
        entries = node_fs_1.default.readdirSync(abs, { withFileTypes: true });
    }
    catch {
        return [];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const pages = [];
    for (const entry of entries) {
        const { name } = entry;
        if (name.startsWith('_') || name.startsWith('.') || name === '__tests__' || name === 'node_modules')
            continue;
        const rel = dir ? `${dir}/${name}` : name;
        const isDir = entry.isDirectory() || (entry.isSymbolicLink() && node_fs_1.default.statSync(node_path_1.default.join(abs, name)).isDirectory());
        if (isDir)
            pages.push(...listPages(root, rel));
        else if (MARKDOWN_FILE.test(name) && !/\.test\.mdx?$/.test(name))
            pages.push(rel);
    }
    return pages;
}
