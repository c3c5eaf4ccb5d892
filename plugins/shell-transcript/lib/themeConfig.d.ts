export interface ShellTranscriptThemeConfig {
    /** Tab groups with this id switch together and share the stored choice. Default `'shell-transcript'`. */
    groupId: string;
    /** `true`: the URL query key is the groupId (`?shell-transcript=output`); a string names another key; `false`: off. */
    queryString: boolean | string;
    /** The tab shown first. Default `'command'`. */
    defaultTab: 'command' | 'output';
}
export declare const DEFAULT_THEME_CONFIG: Readonly<ShellTranscriptThemeConfig>;
export declare const ThemeConfigSchema: import("joi").ObjectSchema<any>;
type ThemeConfigValidationContext = {
    validate: (schema: typeof ThemeConfigSchema, themeConfig: Record<string, unknown>) => Record<string, unknown>;
    themeConfig: Record<string, unknown>;
};
export declare function validateThemeConfig({ validate, themeConfig }: ThemeConfigValidationContext): Record<string, unknown>;
export {};
