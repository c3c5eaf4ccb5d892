"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TermFrontMatterSchema = void 0;
exports.validateTermFrontMatter = validateTermFrontMatter;
/**
 * The front matter of a term page: one schema for the loader, the site's
 * content lint and its glossary check, so they cannot disagree. Other
 * Docusaurus front matter keys (id, sidebar_label, tags…) are allowed.
 */
const cjs_1 = require("./cjs");
const trimmed = cjs_1.Joi.string()
    .min(1)
    .pattern(/^\S(?:[\s\S]*\S)?$/)
    .messages({ 'string.pattern.base': '{{#label}} must not start or end with spaces' });
exports.TermFrontMatterSchema = cjs_1.Joi.object({
    term: trimmed.required(),
    short: trimmed
        .required()
        .pattern(/^[^\r\n]*$/, 'one line')
        .messages({ 'string.pattern.name': '{{#label}} must be one sentence on one line' }),
    title: trimmed,
    aliases: cjs_1.Joi.array().items(trimmed),
    autoLink: cjs_1.Joi.boolean(),
    caseSensitive: cjs_1.Joi.boolean(),
})
    .unknown(true)
    .messages({
    'object.base': 'front matter must be a mapping',
    'array.base': '{{#label}} must be a list of strings',
    'boolean.base': '{{#label}} must be true or false',
    'string.base': '{{#label}} must be a string',
});
/** Validates a term page's front matter: the fields, or every problem with its key. */
function validateTermFrontMatter(frontMatter) {
    const { error, value } = exports.TermFrontMatterSchema.validate(frontMatter ?? {}, { abortEarly: false, convert: false });
    if (error) {
        return {
            ok: false,
            problems: error.details.map((d) => ({ field: String(d.path[0] ?? ''), message: d.message })),
        };
    }
    return { ok: true, value: value };
}
