"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GlossaryLoadError = void 0;
exports.sourceOf = sourceOf;
exports.loadGlossary = loadGlossary;
exports.defaultEditionSources = defaultEditionSources;
exports.findAliasConflicts = findAliasConflicts;
/**
 * Builds the glossary of each docs version from its term pages: the pages under
 * `<glossaryDir>/<group>/` of the version's folder (or of its translation for
 * the locale being built). Pure apart from reading files: the Docusaurus plugin
 * hands over the docs it loaded (front matter already parsed, drafts already
 * left out), tools hand over folders.
 */
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const options_1 = require("./options");
const schema_1 = require("./schema");
const markdown_1 = require("./markdown");
class GlossaryLoadError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid glossary term pages:\n${problems.map((p) => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'GlossaryLoadError';
    }
}
exports.GlossaryLoadError = GlossaryLoadError;
const MARKDOWN_FILE = /\.mdx?$/;
const toPosix = (p) => p.split(node_path_1.default.sep).join('/');
function inside(root, file) {
    if (!root)
        return undefined;
    const rel = node_path_1.default.relative(root, file);
    return rel && !rel.startsWith('..') && !node_path_1.default.isAbsolute(rel) ? toPosix(rel) : undefined;
}
/** The version-relative path of a page, whether it is the original or the translated copy. */
function sourceOf(edition, file) {
    return inside(edition.localizedRoot, file) ?? inside(edition.root, file);
}
/** The pages of a version from its folders: the translated copy of a page wins. */
function pagesFromFolders(source) {
    const byPath = new Map();
    for (const rel of (0, markdown_1.listPages)(source.root))
        byPath.set(rel, { file: node_path_1.default.join(source.root, rel) });
    if (source.localizedRoot) {
        for (const rel of (0, markdown_1.listPages)(source.localizedRoot)) {
            if (byPath.has(rel))
                byPath.set(rel, { file: node_path_1.default.join(source.localizedRoot, rel) });
        }
    }
    return [...byPath.values()];
}
/**
 * Loads and validates the terms of every edition; throws GlossaryLoadError
 * listing every problem with its file.
 */
function loadGlossary(sources, options, siteDir = process.cwd()) {
    const problems = [];
    const editions = sources.map((src) => {
        const pages = src.pages ?? pagesFromFolders(src);
        const terms = [];
        for (const page of pages) {
            const source = sourceOf(src, page.file);
            if (!source || !source.startsWith(`${options.glossaryDir}/`))
                continue;
            const parts = source.slice(options.glossaryDir.length + 1).split('/');
            // Term pages sit one folder deep: <glossaryDir>/<group>/<slug>.md; `_` folders and files are partials.
            if (parts.length !== 2 || parts[0].startsWith('_') || parts[1].startsWith('_'))
                continue;
            if (!MARKDOWN_FILE.test(parts[1]))
                continue;
            const [group, name] = parts;
            const slug = name.replace(MARKDOWN_FILE, '');
            const rel = toPosix(node_path_1.default.relative(siteDir, page.file));
            let frontMatter = page.frontMatter;
            if (!frontMatter) {
                try {
                    frontMatter = (0, markdown_1.readFrontMatter)(node_fs_1.default.readFileSync(page.file, 'utf8'));
                }
                catch (error) {
                    problems.push(`${rel}: front matter is not valid YAML (${error.message.split('\n')[0]})`);
                    continue;
                }
            }
            const result = (0, schema_1.validateTermFrontMatter)(frontMatter);
            if (!result.ok) {
                for (const p of result.problems)
                    problems.push(`${rel}: front matter ${p.message}`);
                continue;
            }
            const fm = result.value;
            const g = (0, options_1.groupOptions)(options, group);
            const manual = g.manual.includes(slug);
            terms.push({
                id: `${group}/${slug}`,
                slug,
                group,
                term: fm.term,
                aliases: (fm.aliases ?? []).filter((a) => a !== fm.term),
                short: fm.short,
                title: fm.title ?? fm.term,
                autoLink: fm.autoLink ?? (g.autoLink && !manual),
                caseSensitive: fm.caseSensitive ?? g.caseSensitive,
                codeKeyword: g.codeKeywords && !manual,
                file: page.file,
                source,
                ...(page.permalink ? { permalink: page.permalink } : {}),
            });
        }
        terms.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return { name: src.name, root: src.root, localizedRoot: src.localizedRoot, terms, pages };
    });
    if (problems.length > 0)
        throw new GlossaryLoadError(problems);
    return { glossaryDir: options.glossaryDir, editions };
}
/**
 * The docs versions of a site laid out as Docusaurus does by default: `docs/`
 * (`current`) and `versioned_docs/version-<name>/`, with their translations
 * under `i18n/<locale>/docusaurus-plugin-content-docs/`. For tools that run
 * outside a build (lints, checks); the plugin itself asks Docusaurus.
 */
function defaultEditionSources(siteDir, locale, docsDir = 'docs') {
    const i18n = (folder) => locale ? node_path_1.default.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', folder) : undefined;
    const sources = [];
    const current = node_path_1.default.join(siteDir, docsDir);
    if (node_fs_1.default.existsSync(current))
        sources.push({ name: 'current', root: current, localizedRoot: i18n('current') });
    const versioned = node_path_1.default.join(siteDir, 'versioned_docs');
    if (node_fs_1.default.existsSync(versioned)) {
        for (const dir of node_fs_1.default.readdirSync(versioned).sort()) {
            if (!dir.startsWith('version-'))
                continue;
            sources.push({ name: dir.slice('version-'.length), root: node_path_1.default.join(versioned, dir), localizedRoot: i18n(dir) });
        }
    }
    return sources;
}
/**
 * Spellings two terms of one edition both claim. Case-insensitive terms clash
 * with each other under case folding; a case-sensitive spelling (`VOLUME`) and a
 * case-insensitive one (`volume`) do not: the exact, case-sensitive one wins.
 */
function findAliasConflicts(glossary) {
    const conflicts = [];
    for (const edition of glossary.editions) {
        const claims = new Map();
        const claim = (key, id) => {
            const set = claims.get(key) ?? new Set();
            set.add(id);
            claims.set(key, set);
        };
        for (const term of edition.terms) {
            for (const spelling of [term.term, ...term.aliases]) {
                claim(`=${spelling}`, term.id);
                if (!term.caseSensitive)
                    claim(`~${spelling.toLowerCase()}`, term.id);
            }
        }
        const reported = new Set();
        for (const [key, ids] of claims) {
            const terms = [...ids].sort();
            // `=镜像` and `~镜像` are one conflict, reported once.
            const id = `${key.slice(1).toLowerCase()}\0${terms.join()}`;
            if (ids.size > 1 && !reported.has(id)) {
                reported.add(id);
                conflicts.push({ edition: edition.name, spelling: key.slice(1), terms });
            }
        }
    }
    return conflicts;
}
