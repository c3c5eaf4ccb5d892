/**
 * Default UI strings by locale (`getDefaultCodeTranslationMessages`). A site
 * overrides them in i18n/<locale>/code.json like any theme string; a locale
 * missing here falls back to the message in the component (zh-Hans).
 */
export declare const CODE_TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, string>>>>;
/** Messages for `locale`: exact match, else its language (`en-GB` → `en`), else none. */
export declare function messagesFor(locale: string): Record<string, string>;
