"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.usageScanStats = usageScanStats;
exports.computeUsage = computeUsage;
/**
 * Which pages of an edition use which term: every page is parsed the way
 * Docusaurus parses it and run through the same linker, so "used on" lists
 * exactly the pages where a link (automatic or `:term[...]`) appears. That is
 * one extra parse of each page per build; a page whose text and glossary are
 * unchanged since the instance's last scan (dev server) is not parsed again.
 */
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const mdast_util_to_string_1 = require("mdast-util-to-string");
const markdown_1 = require("./markdown");
const transform_1 = require("./transform");
const MARKDOWN_FILE = /\.mdx?$/;
/** How many pages the last scan of an edition parsed, and how many it reused. */
function usageScanStats(store, edition) {
    return { ...(store.scanStats.get(edition.name) ?? { parsed: 0, reused: 0 }) };
}
function titleOf(page, tree, frontMatter, source) {
    if (page.title)
        return page.title;
    for (const key of ['title', 'sidebar_label']) {
        const value = frontMatter[key];
        if (typeof value === 'string' && value.trim())
            return value;
    }
    const h1 = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
    return h1 ? (0, mdast_util_to_string_1.toString)(h1) : node_path_1.default.posix.basename(source).replace(MARKDOWN_FILE, '');
}
function scanPage(store, edition, page, source, value) {
    let frontMatter;
    let tree;
    try {
        frontMatter = page.frontMatter ?? (0, markdown_1.readFrontMatter)(value);
        tree = (0, markdown_1.parsePage)(value);
    }
    catch {
        return { used: [] }; // the build reports broken pages; a usage list must not crash it
    }
    // Drafts are not built in production: a link to one would be broken.
    if (frontMatter.draft === true)
        return { used: [] };
    const used = (0, transform_1.linkTree)(tree, {
        store,
        options: store.options,
        location: { edition, source },
        file: page.file,
        onUnknownTerm: 'ignore',
    });
    return { page: { source, file: page.file, title: titleOf(page, tree, frontMatter, source) }, used: [...used] };
}
function computeUsage(store, edition) {
    const usage = new Map();
    const ignore = [`${store.options.glossaryDir}/`, ...store.options.usageIgnore];
    const cache = store.usageCache;
    const count = { parsed: 0, reused: 0 };
    // Everything of the glossary a page's links depend on (a changed term body changes nothing here).
    const glossary = JSON.stringify({ edition: edition.name, options: store.options, terms: edition.terms });
    for (const page of edition.pages) {
        const source = node_path_1.default.relative(page.file.startsWith(edition.localizedRoot ?? '\0') ? edition.localizedRoot : edition.root, page.file);
        const posix = source.split(node_path_1.default.sep).join('/');
        if (posix.startsWith('..') || ignore.some((prefix) => posix.startsWith(prefix)))
            continue;
        let value;
        try {
            value = node_fs_1.default.readFileSync(page.file, 'utf8');
        }
        catch {
            continue;
        }
        let scanned = cache.get(page.file);
        if (scanned && scanned.value === value && scanned.glossary === glossary) {
            count.reused += 1;
        }
        else {
            scanned = { value, glossary, ...scanPage(store, edition, page, posix, value) };
            cache.set(page.file, scanned);
            count.parsed += 1;
        }
        if (!scanned.page)
            continue;
        for (const id of scanned.used) {
            const pages = usage.get(id) ?? [];
            pages.push(scanned.page);
            usage.set(id, pages);
        }
    }
    store.scanStats.set(edition.name, count);
    return usage;
}
