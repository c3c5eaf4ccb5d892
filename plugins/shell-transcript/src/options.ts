/**
 * Options of remarkShellTranscript: what users may pass (`Options`), what the
 * plugin works with (`NormalizedOptions`), and the Joi schema in between.
 */
import {Joi} from './interop';

export type ReportingSeverity = 'ignore' | 'log' | 'warn' | 'throw';

export interface NormalizedOptions {
  /**
   * What to do with a block tagged with a session language (`console`, …) or
   * `transcript` that does not parse: it always stays a plain code block; this
   * says how loudly to tell the author. Default `'warn'`.
   */
  onInvalidTranscript: ReportingSeverity;
  /** Extra prompts recognised on every page, matched literally at the start of a line. Default `[]`. */
  prompts: string[];
}

export type Options = Partial<NormalizedOptions>;

export const DEFAULT_OPTIONS: Readonly<NormalizedOptions> = Object.freeze({
  onInvalidTranscript: 'warn',
  prompts: [],
});

export const OptionsSchema = Joi.object<NormalizedOptions>({
  onInvalidTranscript: Joi.string()
    .valid('ignore', 'log', 'warn', 'throw')
    .default(DEFAULT_OPTIONS.onInvalidTranscript),
  prompts: Joi.array()
    .items(
      Joi.string()
        .min(1)
        .pattern(/^\S(?:.*\S)?$/, 'prompt')
        .messages({'string.pattern.name': '{{#label}} must not start or end with a space or contain a line break'}),
    )
    .default(() => []),
});

/**
 * Returns a fresh normalized copy (the input is never mutated). Throws with
 * every problem listed, each naming the option.
 */
export function validateOptions(options: unknown = {}): NormalizedOptions {
  const {value, error} = OptionsSchema.validate(options ?? {}, {abortEarly: false, convert: false});
  if (error) {
    throw new Error(`remark-shell-transcript: invalid options: ${error.details.map((d) => d.message).join('; ')}.`);
  }
  return {...value, prompts: [...value.prompts]};
}
