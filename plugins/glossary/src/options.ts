/**
 * Options of the glossary linker, shared by the remark plugin and the
 * Docusaurus plugin (which validates them when the site loads).
 */
import {Joi} from './cjs';

export type Once = 'page' | 'section' | 'all';
export type Severity = 'ignore' | 'log' | 'warn' | 'throw';

export interface Options {
  /** Link a term once per page, once per `h2` section, or every time. Default `'section'`. */
  once?: Once;
  /** What an unknown `:term[...]` reference does. Default `'throw'` (fails the build). */
  onUnknownTerm?: Severity;
  /** Folder of the term pages inside each edition. Default `'glossary'`. */
  glossaryDir?: string;
  /** Name of the tooltip component the links are wrapped in. Default `'GlossaryTerm'`. */
  component?: string;
  /** Link instruction keywords at the start of lines in ```dockerfile blocks. Default `true`. */
  codeBlocks?: boolean;
  /** Code languages treated as Dockerfiles. Default `['dockerfile', 'Dockerfile', 'docker']`. */
  codeLanguages?: string[];
  /** Heading of the generated list of pages that use a term. Default `'出现在'`. */
  appearsInHeading?: string;
  /** Edition-relative path prefixes left out of the "出现在" lists. Default `['glossary/', 'dogfood/']`. */
  usageIgnore?: string[];
}

export type NormalizedOptions = Required<Options>;

export const DEFAULT_OPTIONS: NormalizedOptions = {
  once: 'section',
  onUnknownTerm: 'throw',
  glossaryDir: 'glossary',
  component: 'GlossaryTerm',
  codeBlocks: true,
  codeLanguages: ['dockerfile', 'Dockerfile', 'docker'],
  appearsInHeading: '出现在',
  usageIgnore: ['glossary/', 'dogfood/'],
};

export const OptionsSchema = Joi.object<NormalizedOptions>({
  once: Joi.string().valid('page', 'section', 'all').default(DEFAULT_OPTIONS.once),
  onUnknownTerm: Joi.string().valid('ignore', 'log', 'warn', 'throw').default(DEFAULT_OPTIONS.onUnknownTerm),
  glossaryDir: Joi.string()
    .pattern(/^[\w-]+(\/[\w-]+)*$/)
    .default(DEFAULT_OPTIONS.glossaryDir)
    .messages({
      'string.pattern.base': '"glossaryDir" must be a folder path relative to the edition root, e.g. "glossary"',
    }),
  component: Joi.string()
    .pattern(/^[A-Z][A-Za-z0-9]*$/)
    .default(DEFAULT_OPTIONS.component)
    .messages({'string.pattern.base': '"component" must be a capitalized component name, e.g. "GlossaryTerm"'}),
  codeBlocks: Joi.boolean().default(DEFAULT_OPTIONS.codeBlocks),
  codeLanguages: Joi.array().items(Joi.string().min(1)).default(DEFAULT_OPTIONS.codeLanguages),
  appearsInHeading: Joi.string().min(1).default(DEFAULT_OPTIONS.appearsInHeading),
  usageIgnore: Joi.array().items(Joi.string().min(1)).default(DEFAULT_OPTIONS.usageIgnore),
})
  // Joi names the option in its messages ("once" must be one of [...]); unknown keys are typos.
  .unknown(false);

/** Validates user options and fills in defaults; throws an Error naming the bad option. */
export function normalizeOptions(options: unknown = {}): NormalizedOptions {
  const {error, value} = OptionsSchema.validate(options ?? {}, {abortEarly: true, convert: false});
  if (error) {
    throw new Error(`remark-glossary: invalid option: ${error.message}`);
  }
  return value as NormalizedOptions;
}
