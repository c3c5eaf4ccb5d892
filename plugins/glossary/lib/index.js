"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createGlossary = createGlossary;
const docusaurus_1 = require("./docusaurus");
const load_1 = require("./load");
const options_1 = require("./options");
const remark_1 = require("./remark");
const store_1 = require("./store");
function createGlossary(options = {}) {
    const normalized = (0, options_1.normalizeOptions)(options);
    const usageCache = new Map();
    let store;
    const glossary = {
        options: normalized,
        get store() {
            return store;
        },
        plugin: (0, docusaurus_1.createPlugin)({
            options: normalized,
            usageCache,
            setStore: (next) => {
                store = next;
            },
        }),
        // Docusaurus serializes plugin options (cache keys): the handle shows no data and no cycle.
        remark: [
            remark_1.remarkGlossary,
            { glossary: Object.defineProperty({}, 'store', { get: () => store }) },
        ],
        load(sources, init = {}) {
            store = new store_1.GlossaryStore({
                options: normalized,
                glossary: (0, load_1.loadGlossary)(sources, normalized, init.siteDir),
                locale: init.locale,
                siteDir: init.siteDir,
                usageCache,
            });
            return store;
        },
    };
    return glossary;
}
exports.default = createGlossary;
