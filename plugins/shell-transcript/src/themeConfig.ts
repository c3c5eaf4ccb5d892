/**
 * `themeConfig.shellTranscript`: how the tabs behave on every page.
 */
import {Joi} from './interop';

export interface ShellTranscriptThemeConfig {
  /** Tab groups with this id switch together and share the stored choice. Default `'shell-transcript'`. */
  groupId: string;
  /** `true`: the URL query key is the groupId (`?shell-transcript=output`); a string names another key; `false`: off. */
  queryString: boolean | string;
  /** The tab shown first. Default `'command'`. */
  defaultTab: 'command' | 'output';
}

export const DEFAULT_THEME_CONFIG: Readonly<ShellTranscriptThemeConfig> = Object.freeze({
  groupId: 'shell-transcript',
  queryString: true,
  defaultTab: 'command',
});

export const ThemeConfigSchema = Joi.object({
  shellTranscript: Joi.object<ShellTranscriptThemeConfig>({
    groupId: Joi.string()
      .pattern(/^[\w-]+$/)
      .default(DEFAULT_THEME_CONFIG.groupId)
      .messages({'string.pattern.base': '{{#label}} must be letters, digits, "_" or "-" (it becomes a storage key)'}),
    queryString: Joi.alternatives(Joi.boolean(), Joi.string().pattern(/^[\w-]+$/)).default(
      DEFAULT_THEME_CONFIG.queryString,
    ),
    defaultTab: Joi.string().valid('command', 'output').default(DEFAULT_THEME_CONFIG.defaultTab),
  })
    .label('themeConfig.shellTranscript')
    .default(DEFAULT_THEME_CONFIG),
});

type ThemeConfigValidationContext = {
  validate: (schema: typeof ThemeConfigSchema, themeConfig: Record<string, unknown>) => Record<string, unknown>;
  themeConfig: Record<string, unknown>;
};

export function validateThemeConfig({validate, themeConfig}: ThemeConfigValidationContext): Record<string, unknown> {
  return validate(ThemeConfigSchema, themeConfig);
}
