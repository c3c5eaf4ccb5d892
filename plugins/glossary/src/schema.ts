/**
 * The front matter of a term page: one schema for the loader, the site's
 * content lint and its glossary check, so they cannot disagree. Other
 * Docusaurus front matter keys (id, sidebar_label, tags…) are allowed.
 */
import {Joi} from './cjs';

export interface TermFrontMatter {
  /** The term as written in prose: `ENTRYPOINT`, `命名空间`. */
  term: string;
  /** One sentence, on one line: the tooltip text. */
  short: string;
  /** Page title; the term when absent. */
  title?: string;
  /** Other spellings that link to the page. */
  aliases?: string[];
  /** Overrides the group's `autoLink`. */
  autoLink?: boolean;
  /** Overrides the group's `caseSensitive`. */
  caseSensitive?: boolean;
}

const trimmed = Joi.string()
  .min(1)
  .pattern(/^\S(?:[\s\S]*\S)?$/)
  .messages({'string.pattern.base': '{{#label}} must not start or end with spaces'});

export const TermFrontMatterSchema = Joi.object<TermFrontMatter>({
  term: trimmed.required(),
  short: trimmed
    .required()
    .pattern(/^[^\r\n]*$/, 'one line')
    .messages({'string.pattern.name': '{{#label}} must be one sentence on one line'}),
  title: trimmed,
  aliases: Joi.array().items(trimmed),
  autoLink: Joi.boolean(),
  caseSensitive: Joi.boolean(),
})
  .unknown(true)
  .messages({
    'object.base': 'front matter must be a mapping',
    'array.base': '{{#label}} must be a list of strings',
    'boolean.base': '{{#label}} must be true or false',
    'string.base': '{{#label}} must be a string',
  });

export interface TermProblem {
  /** The front matter key at fault (`short`), or `''` for the whole block. */
  field: string;
  /** Names the key: `"short" is required`. */
  message: string;
}

/** Validates a term page's front matter: the fields, or every problem with its key. */
export function validateTermFrontMatter(
  frontMatter: unknown,
): {ok: true; value: TermFrontMatter} | {ok: false; problems: TermProblem[]} {
  const {error, value} = TermFrontMatterSchema.validate(frontMatter ?? {}, {abortEarly: false, convert: false});
  if (error) {
    return {
      ok: false,
      problems: error.details.map((d) => ({field: String(d.path[0] ?? ''), message: d.message})),
    };
  }
  return {ok: true, value: value as TermFrontMatter};
}
