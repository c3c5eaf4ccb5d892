"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GlossaryStore = void 0;
/**
 * One glossary's data for one build: the editions with their terms, the
 * matchers, and (lazily) which pages use which term. Owned by the instance
 * `createGlossary` returns; nothing here is shared between instances.
 */
const node_path_1 = __importDefault(require("node:path"));
const load_1 = require("./load");
const match_1 = require("./match");
const usage_1 = require("./usage");
class GlossaryStore {
    options;
    glossary;
    /** The locale being built (UI text generated into pages). */
    locale;
    /** For messages: paths are shown relative to it. */
    siteDir;
    matchers = new Map();
    usages = new Map();
    indexes = new Map();
    /** Relative link URLs by source folder and target file: path.relative is the transform's hot spot. */
    urls = new Map();
    constructor(init) {
        this.options = init.options;
        this.glossary = init.glossary;
        this.locale = init.locale;
        this.siteDir = node_path_1.default.resolve(init.siteDir ?? process.cwd());
        this.usageCache = init.usageCache ?? new Map();
    }
    /** Kept across reloads of one instance, so an unchanged page is not parsed again. */
    usageCache;
    /** Per edition: pages the last usage scan parsed and reused. */
    scanStats = new Map();
    /** Which edition a file belongs to, if any. */
    locate(file) {
        const abs = node_path_1.default.resolve(file);
        for (const edition of this.glossary.editions) {
            const source = (0, load_1.sourceOf)(edition, abs);
            if (source)
                return { edition, source };
        }
        return undefined;
    }
    /** An edition's terms by id and by page. */
    termIndex(edition) {
        let index = this.indexes.get(edition.name);
        if (!index) {
            const bySource = new Map();
            for (const t of edition.terms)
                if (!bySource.has(t.source))
                    bySource.set(t.source, t);
            index = { byId: new Map(edition.terms.map((t) => [t.id, t])), bySource };
            this.indexes.set(edition.name, index);
        }
        return index;
    }
    /** The URL of `toFile` relative to `fromFile`'s folder, as `./x.md` or `../x.md` (memoized). */
    relativeUrl(fromFile, toFile) {
        const dir = node_path_1.default.dirname(fromFile);
        let fromDir = this.urls.get(dir);
        if (!fromDir) {
            fromDir = new Map();
            this.urls.set(dir, fromDir);
        }
        let url = fromDir.get(toFile);
        if (url === undefined) {
            const rel = node_path_1.default.relative(dir, toFile).split(node_path_1.default.sep).map(encodeURIComponent).join('/');
            // `./` or `../` makes Docusaurus resolve the link from this file's folder only.
            url = rel.startsWith('../') ? rel : `./${rel}`;
            fromDir.set(toFile, url);
        }
        return url;
    }
    /** One matcher per edition: every spelling, so longer ones shadow shorter ones. */
    matcher(edition) {
        let matcher = this.matchers.get(edition.name);
        if (!matcher) {
            const spellings = [];
            for (const term of edition.terms) {
                for (const text of [term.term, ...term.aliases])
                    spellings.push({ text, termId: term.id, caseSensitive: term.caseSensitive });
            }
            matcher = (0, match_1.createMatcher)(spellings);
            this.matchers.set(edition.name, matcher);
        }
        return matcher;
    }
    /** Pages of an edition that use each term (computed once per load: one parse of each page). */
    usage(edition) {
        let usage = this.usages.get(edition.name);
        if (!usage) {
            usage = (0, usage_1.computeUsage)(this, edition);
            this.usages.set(edition.name, usage);
        }
        return usage;
    }
}
exports.GlossaryStore = GlossaryStore;
