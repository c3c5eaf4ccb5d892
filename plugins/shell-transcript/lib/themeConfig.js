"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ThemeConfigSchema = exports.DEFAULT_THEME_CONFIG = void 0;
exports.validateThemeConfig = validateThemeConfig;
/**
 * `themeConfig.shellTranscript`: how the tabs behave on every page.
 */
const interop_1 = require("./interop");
exports.DEFAULT_THEME_CONFIG = Object.freeze({
    groupId: 'shell-transcript',
    queryString: true,
    defaultTab: 'command',
});
exports.ThemeConfigSchema = interop_1.Joi.object({
    shellTranscript: interop_1.Joi.object({
        groupId: interop_1.Joi.string()
            .pattern(/^[\w-]+$/)
            .default(exports.DEFAULT_THEME_CONFIG.groupId)
            .messages({ 'string.pattern.base': '{{#label}} must be letters, digits, "_" or "-" (it becomes a storage key)' }),
        queryString: interop_1.Joi.alternatives(interop_1.Joi.boolean(), interop_1.Joi.string().pattern(/^[\w-]+$/)).default(exports.DEFAULT_THEME_CONFIG.queryString),
        defaultTab: interop_1.Joi.string().valid('command', 'output').default(exports.DEFAULT_THEME_CONFIG.defaultTab),
    })
        .label('themeConfig.shellTranscript')
        .default(exports.DEFAULT_THEME_CONFIG),
});
function validateThemeConfig({ validate, themeConfig }) {
    return validate(exports.ThemeConfigSchema, themeConfig);
}
