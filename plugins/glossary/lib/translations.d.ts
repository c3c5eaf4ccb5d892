declare const BUILD_IDS: {
    readonly appearsInHeading: "glossary.appearsIn.heading";
    readonly appearsInEmpty: "glossary.appearsIn.empty";
    readonly definitionSeparator: "glossary.index.separator";
};
/** Text the remark plugin writes into a page, for the locale being built (English for unknown locales). */
export declare function buildMessage(locale: string | undefined, key: keyof typeof BUILD_IDS): string;
/** `getDefaultCodeTranslationMessages()`: the client strings for a locale. */
export declare function codeTranslations(locale: string): Record<string, string>;
export {};
