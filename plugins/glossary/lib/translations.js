"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildMessage = buildMessage;
exports.codeTranslations = codeTranslations;
/**
 * The glossary's UI text in zh-Hans and en. Client strings go through
 * Docusaurus's `translate()` (ids `glossary.*`, overridable in
 * i18n/<locale>/code.json); the few texts the remark plugin writes into pages
 * (the "used on" heading, so it is in the table of contents) are picked here
 * for the locale being built.
 */
const MESSAGES = {
    'zh-Hans': {
        'glossary.tooltip.more': '查看术语页',
        'glossary.appearsIn.heading': '出现在',
        'glossary.appearsIn.empty': '目前还没有章节用到这个术语。',
        'glossary.index.separator': '：',
    },
    en: {
        'glossary.tooltip.more': 'Open the glossary page',
        'glossary.appearsIn.heading': 'Used on',
        'glossary.appearsIn.empty': 'No page uses this term yet.',
        'glossary.index.separator': ': ',
    },
};
const BUILD_IDS = {
    appearsInHeading: 'glossary.appearsIn.heading',
    appearsInEmpty: 'glossary.appearsIn.empty',
    definitionSeparator: 'glossary.index.separator',
};
function table(locale) {
    const locales = Object.keys(MESSAGES);
    const exact = locales.find((l) => l === locale);
    const language = locales.find((l) => l.split('-')[0] === locale?.split('-')[0]);
    return MESSAGES[exact ?? language ?? 'en'];
}
/** Text the remark plugin writes into a page, for the locale being built (English for unknown locales). */
function buildMessage(locale, key) {
    return table(locale)[BUILD_IDS[key]];
}
/** `getDefaultCodeTranslationMessages()`: the client strings for a locale. */
function codeTranslations(locale) {
    const messages = table(locale);
    return { 'glossary.tooltip.more': messages['glossary.tooltip.more'] };
}
