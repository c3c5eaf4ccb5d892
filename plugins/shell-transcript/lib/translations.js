"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CODE_TRANSLATIONS = void 0;
exports.messagesFor = messagesFor;
/**
 * Default UI strings by locale (`getDefaultCodeTranslationMessages`). A site
 * overrides them in i18n/<locale>/code.json like any theme string; a locale
 * missing here falls back to the message in the component (zh-Hans).
 */
exports.CODE_TRANSLATIONS = {
    'zh-Hans': {
        'shellTranscript.tab.command': '命令',
        'shellTranscript.tab.output': '输出',
    },
    en: {
        'shellTranscript.tab.command': 'Command',
        'shellTranscript.tab.output': 'Output',
    },
};
/** Messages for `locale`: exact match, else its language (`en-GB` → `en`), else none. */
function messagesFor(locale) {
    const exact = exports.CODE_TRANSLATIONS[locale];
    if (exact)
        return { ...exact };
    const language = locale.split('-')[0];
    const match = Object.keys(exports.CODE_TRANSLATIONS).find((l) => l.split('-')[0] === language);
    return match ? { ...exports.CODE_TRANSLATIONS[match] } : {};
}
