"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateThemeConfig = exports.DEFAULT_THEME_CONFIG = void 0;
exports.default = themeShellTranscript;
const translations_1 = require("./translations");
var themeConfig_1 = require("./themeConfig");
Object.defineProperty(exports, "DEFAULT_THEME_CONFIG", { enumerable: true, get: function () { return themeConfig_1.DEFAULT_THEME_CONFIG; } });
Object.defineProperty(exports, "validateThemeConfig", { enumerable: true, get: function () { return themeConfig_1.validateThemeConfig; } });
function themeShellTranscript(context) {
    const locale = context.i18n.currentLocale;
    return {
        name: 'docusaurus-theme-shell-transcript',
        // Relative to this file's folder (lib/), as Docusaurus resolves them.
        getThemePath() {
            return '../lib/theme';
        },
        getTypeScriptThemePath() {
            return '../src/theme';
        },
        getDefaultCodeTranslationMessages() {
            return Promise.resolve((0, translations_1.messagesFor)(locale));
        },
    };
}
