"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAttribute = createAttribute;
exports.createElement = createElement;
exports.createCode = createCode;
exports.ensureDefaultImport = ensureDefaultImport;
function createAttribute(name, value) {
    return { type: 'mdxJsxAttribute', name, value: value === true ? null : value };
}
function createElement(name, attributes, children, position) {
    return {
        type: 'mdxJsxFlowElement',
        name,
        attributes: Object.entries(attributes)
            .filter((entry) => entry[1] !== undefined)
            .map(([key, value]) => createAttribute(key, value)),
        children,
        ...(position ? { position } : {}),
    };
}
function createCode(lang, meta, value, position) {
    return { type: 'code', lang, meta, value, ...(position ? { position } : {}) };
}
/**
 * Adds `import <name> from '<source>'` at the top of the page, as an ESM node
 * with its estree (what MDX compiles), unless the page already binds `name`
 * at the top level (an author's own import wins).
 */
function ensureDefaultImport(tree, name, source) {
    for (const child of tree.children) {
        if (child.type !== 'mdxjsEsm')
            continue;
        const program = child.data?.estree;
        for (const statement of program?.body ?? []) {
            if (statement.type === 'ImportDeclaration' && statement.specifiers.some((s) => s.local.name === name))
                return;
            if (statement.type === 'ExportNamedDeclaration' &&
                statement.declaration?.type === 'VariableDeclaration' &&
                statement.declaration.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name)) {
                return;
            }
        }
    }
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
function afterFrontMatter(tree) {
    let index = 0;
    while (index < tree.children.length && ['yaml', 'toml'].includes(tree.children[index].type))
        index += 1;
    return index;
}
