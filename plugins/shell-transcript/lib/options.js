"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OptionsSchema = exports.DEFAULT_OPTIONS = void 0;
exports.validateOptions = validateOptions;
/**
 * Options of remarkShellTranscript: what users may pass (`Options`), what the
 * plugin works with (`NormalizedOptions`), and the Joi schema in between.
 */
const interop_1 = require("./interop");
exports.DEFAULT_OPTIONS = Object.freeze({
    onInvalidTranscript: 'warn',
    prompts: [],
});
exports.OptionsSchema = interop_1.Joi.object({
    onInvalidTranscript: interop_1.Joi.string()
        .valid('ignore', 'log', 'warn', 'throw')
        .default(exports.DEFAULT_OPTIONS.onInvalidTranscript),
    prompts: interop_1.Joi.array()
        .items(interop_1.Joi.string()
        .min(1)
        .pattern(/^\S(?:.*\S)?$/, 'prompt')
        .messages({ 'string.pattern.name': '{{#label}} must not start or end with a space or contain a line break' }))
        .default(() => []),
});
/**
 * Returns a fresh normalized copy (the input is never mutated). Throws with
 * every problem listed, each naming the option.
 */
function validateOptions(options = {}) {
    const { value, error } = exports.OptionsSchema.validate(options ?? {}, { abortEarly: false, convert: false });
    if (error) {
        throw new Error(`remark-shell-transcript: invalid options: ${error.details.map((d) => d.message).join('; ')}.`);
    }
    return { ...value, prompts: [...value.prompts] };
}
