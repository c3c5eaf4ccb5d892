"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OptionsSchema = exports.DEFAULT_OPTIONS = exports.DEFAULT_GROUP = void 0;
exports.normalizeOptions = normalizeOptions;
exports.groupOptions = groupOptions;
exports.pickText = pickText;
/**
 * Options of a glossary (`createGlossary(options)`): what users may pass
 * (`Options`), what the glossary works with (`NormalizedOptions`), and the Joi
 * schema in between. Every key has its default here.
 */
const cjs_1 = require("./cjs");
exports.DEFAULT_GROUP = Object.freeze({
    label: '',
    position: 100,
    autoLink: false,
    caseSensitive: false,
    codeKeywords: false,
    indexLabel: 'title',
    manual: [],
});
exports.DEFAULT_OPTIONS = Object.freeze({
    docsPluginIds: null,
    glossaryDir: 'glossary',
    groups: {},
    once: 'section',
    onUnknownTerm: 'throw',
    codeLanguages: ['dockerfile', 'Dockerfile', 'docker'],
    appearsInHeading: null,
    usageIgnore: [],
});
const localizedText = cjs_1.Joi.alternatives(cjs_1.Joi.string().min(1), cjs_1.Joi.object().pattern(cjs_1.Joi.string(), cjs_1.Joi.string().min(1)).min(1));
const GroupSchema = cjs_1.Joi.object({
    label: localizedText.default(exports.DEFAULT_GROUP.label),
    position: cjs_1.Joi.number().default(exports.DEFAULT_GROUP.position),
    autoLink: cjs_1.Joi.boolean().default(exports.DEFAULT_GROUP.autoLink),
    caseSensitive: cjs_1.Joi.boolean().default(exports.DEFAULT_GROUP.caseSensitive),
    codeKeywords: cjs_1.Joi.boolean().default(exports.DEFAULT_GROUP.codeKeywords),
    indexLabel: cjs_1.Joi.string().valid('term', 'title').default(exports.DEFAULT_GROUP.indexLabel),
    manual: cjs_1.Joi.array()
        .items(cjs_1.Joi.string().min(1))
        .default(() => []),
}).unknown(false);
exports.OptionsSchema = cjs_1.Joi.object({
    docsPluginIds: cjs_1.Joi.array().items(cjs_1.Joi.string().min(1)).min(1).allow(null).default(null),
    glossaryDir: cjs_1.Joi.string()
        .pattern(/^[\w-]+(\/[\w-]+)*$/)
        .default(exports.DEFAULT_OPTIONS.glossaryDir)
        .messages({
        'string.pattern.base': '{{#label}} must be a folder path relative to the docs version folder, e.g. "glossary"',
    }),
    groups: cjs_1.Joi.object()
        .pattern(cjs_1.Joi.string().pattern(/^[\w-]+$/), GroupSchema)
        .default(() => ({})),
    once: cjs_1.Joi.string().valid('page', 'section', 'all').default(exports.DEFAULT_OPTIONS.once),
    onUnknownTerm: cjs_1.Joi.string().valid('ignore', 'log', 'warn', 'throw').default(exports.DEFAULT_OPTIONS.onUnknownTerm),
    codeLanguages: cjs_1.Joi.array()
        .items(cjs_1.Joi.string().min(1))
        .default(() => [...exports.DEFAULT_OPTIONS.codeLanguages]),
    appearsInHeading: localizedText.allow(null).default(null),
    usageIgnore: cjs_1.Joi.array()
        .items(cjs_1.Joi.string().min(1))
        .default(() => []),
})
    // Unknown keys are typos: say so, naming the key.
    .unknown(false);
/** Validates user options and fills in defaults; throws an Error naming the bad option. The input is not mutated. */
function normalizeOptions(options = {}) {
    const { error, value } = exports.OptionsSchema.validate(options ?? {}, { abortEarly: false, convert: false });
    if (error) {
        throw new Error(`docusaurus-plugin-glossary: invalid options: ${error.details.map((d) => d.message).join('; ')}.`);
    }
    return value;
}
/** The options of one group: the configured ones, else the defaults. */
function groupOptions(options, group) {
    return options.groups[group] ?? { ...exports.DEFAULT_GROUP, manual: [] };
}
/** A localized option for a locale: exact, else the language (`en` for `en-GB`), else the first. */
function pickText(text, locale) {
    if (typeof text === 'string')
        return text;
    if (locale && text[locale])
        return text[locale];
    const language = locale?.split('-')[0];
    const match = Object.keys(text).find((l) => l.split('-')[0] === language);
    return text[match ?? Object.keys(text)[0]];
}
