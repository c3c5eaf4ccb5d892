"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.remarkGlossary = remarkGlossary;
const transform_1 = require("./transform");
function remarkGlossary(options) {
    const glossary = options?.glossary;
    if (!glossary || typeof glossary !== 'object' || !('store' in glossary)) {
        throw new Error('docusaurus-plugin-glossary: the remark plugin needs option "glossary", the createGlossary() result ' +
            '(or use glossary.remark, which passes it).');
    }
    return (tree, file) => {
        if (!file.path)
            return;
        const { store } = glossary;
        if (!store) {
            throw new Error(`docusaurus-plugin-glossary: ${file.path} was compiled before the glossary loaded. ` +
                'Add glossary.plugin to the site\'s "plugins" (the remark plugin alone has no term data).');
        }
        const location = store.locate(file.path);
        if (!location)
            return;
        const ctx = {
            store,
            options: store.options,
            location,
            file: file.path,
            onUnknownTerm: store.options.onUnknownTerm,
        };
        if ((0, transform_1.isIndexPage)(ctx)) {
            (0, transform_1.fillIndex)(tree, ctx);
        }
        else {
            (0, transform_1.linkTree)(tree, ctx);
            const own = store.termIndex(location.edition).bySource.get(location.source);
            if (own)
                (0, transform_1.appendAppearsIn)(tree, ctx, own);
        }
        (0, transform_1.ensureImports)(tree);
    };
}
exports.default = remarkGlossary;
