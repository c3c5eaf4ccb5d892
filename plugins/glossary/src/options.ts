/**
 * Options of a glossary (`createGlossary(options)`): what users may pass
 * (`Options`), what the glossary works with (`NormalizedOptions`), and the Joi
 * schema in between. Every key has its default here.
 */
import {Joi} from './cjs';

export type Once = 'page' | 'section' | 'all';
export type Severity = 'ignore' | 'log' | 'warn' | 'throw';
/** A string, or one string per locale (`{'zh-Hans': '概念', en: 'Concepts'}`). */
export type LocalizedText = string | Record<string, string>;

/** How the terms of one group (a folder under the glossary folder) behave. */
export interface GroupOptions {
  /** Heading of the group on the glossary index page. Default: the folder name. */
  label?: LocalizedText;
  /** Position of the group on the index page (lower first, then by name). Default `100`. */
  position?: number;
  /** Link the group's terms automatically in prose (a page can still say `autoLink: false`). Default `false`. */
  autoLink?: boolean;
  /** Match the term's spelling exactly (`RUN`, not `run`). Default `false`. */
  caseSensitive?: boolean;
  /** Link the terms where they start a line in code blocks of `codeLanguages` (Dockerfile instructions). Default `false`. */
  codeKeywords?: boolean;
  /** What the index page lists: the term (`RUN`) or the page title. Default `'title'`. */
  indexLabel?: 'term' | 'title';
  /** Term slugs of the group that are never linked automatically (only through `:term[...]`). Default `[]`. */
  manual?: string[];
}

export type NormalizedGroupOptions = Required<GroupOptions>;

export interface Options {
  /** Ids of the docs plugin instances whose versions have a glossary. Default: every instance. */
  docsPluginIds?: string[];
  /** Folder of the term pages inside each docs version (one sub-folder per group). Default `'glossary'`. */
  glossaryDir?: string;
  /** Behaviour of each group of terms, by folder name. Groups not listed get the defaults. */
  groups?: Record<string, GroupOptions>;
  /** Link a term once per page, once per `h2` section, or every time. Default `'section'`. */
  once?: Once;
  /** What an unknown `:term[...]` reference does. Default `'throw'` (fails the build). */
  onUnknownTerm?: Severity;
  /** Code languages whose line-starting keywords are linked (for groups with `codeKeywords`). Default `['dockerfile', 'Dockerfile', 'docker']`. */
  codeLanguages?: string[];
  /** Heading of the generated list of pages that use a term. Default: the locale's text ("出现在", "Used on"). */
  appearsInHeading?: LocalizedText | null;
  /** Paths (relative to the version's folder) left out of the "used on" lists. Default `[]` (the glossary itself is always left out). */
  usageIgnore?: string[];
}

export interface NormalizedOptions {
  docsPluginIds: string[] | null;
  glossaryDir: string;
  groups: Record<string, NormalizedGroupOptions>;
  once: Once;
  onUnknownTerm: Severity;
  codeLanguages: string[];
  appearsInHeading: LocalizedText | null;
  usageIgnore: string[];
}

export const DEFAULT_GROUP: Readonly<NormalizedGroupOptions> = Object.freeze({
  label: '',
  position: 100,
  autoLink: false,
  caseSensitive: false,
  codeKeywords: false,
  indexLabel: 'title',
  manual: [],
});

export const DEFAULT_OPTIONS: Readonly<NormalizedOptions> = Object.freeze({
  docsPluginIds: null,
  glossaryDir: 'glossary',
  groups: {},
  once: 'section',
  onUnknownTerm: 'throw',
  codeLanguages: ['dockerfile', 'Dockerfile', 'docker'],
  appearsInHeading: null,
  usageIgnore: [],
});

const localizedText = Joi.alternatives(
  Joi.string().min(1),
  Joi.object().pattern(Joi.string(), Joi.string().min(1)).min(1),
);

const GroupSchema = Joi.object<NormalizedGroupOptions>({
  label: localizedText.default(DEFAULT_GROUP.label),
  position: Joi.number().default(DEFAULT_GROUP.position),
  autoLink: Joi.boolean().default(DEFAULT_GROUP.autoLink),
  caseSensitive: Joi.boolean().default(DEFAULT_GROUP.caseSensitive),
  codeKeywords: Joi.boolean().default(DEFAULT_GROUP.codeKeywords),
  indexLabel: Joi.string().valid('term', 'title').default(DEFAULT_GROUP.indexLabel),
  manual: Joi.array()
    .items(Joi.string().min(1))
    .default(() => []),
}).unknown(false);

export const OptionsSchema = Joi.object<NormalizedOptions>({
  docsPluginIds: Joi.array().items(Joi.string().min(1)).min(1).allow(null).default(null),
  glossaryDir: Joi.string()
    .pattern(/^[\w-]+(\/[\w-]+)*$/)
    .default(DEFAULT_OPTIONS.glossaryDir)
    .messages({
      'string.pattern.base': '{{#label}} must be a folder path relative to the docs version folder, e.g. "glossary"',
    }),
  groups: Joi.object()
    .pattern(Joi.string().pattern(/^[\w-]+$/), GroupSchema)
    .default(() => ({})),
  once: Joi.string().valid('page', 'section', 'all').default(DEFAULT_OPTIONS.once),
  onUnknownTerm: Joi.string().valid('ignore', 'log', 'warn', 'throw').default(DEFAULT_OPTIONS.onUnknownTerm),
  codeLanguages: Joi.array()
    .items(Joi.string().min(1))
    .default(() => [...DEFAULT_OPTIONS.codeLanguages]),
  appearsInHeading: localizedText.allow(null).default(null),
  usageIgnore: Joi.array()
    .items(Joi.string().min(1))
    .default(() => []),
})
  // Unknown keys are typos: say so, naming the key.
  .unknown(false);

/** Validates user options and fills in defaults; throws an Error naming the bad option. The input is not mutated. */
export function normalizeOptions(options: unknown = {}): NormalizedOptions {
  const {error, value} = OptionsSchema.validate(options ?? {}, {abortEarly: false, convert: false});
  if (error) {
    throw new Error(`docusaurus-plugin-glossary: invalid options: ${error.details.map((d) => d.message).join('; ')}.`);
  }
  return value as NormalizedOptions;
}

/** The options of one group: the configured ones, else the defaults. */
export function groupOptions(options: NormalizedOptions, group: string): NormalizedGroupOptions {
  return options.groups[group] ?? {...DEFAULT_GROUP, manual: []};
}

/** A localized option for a locale: exact, else the language (`en` for `en-GB`), else the first. */
export function pickText(text: LocalizedText, locale: string | undefined): string {
  if (typeof text === 'string') return text;
  if (locale && text[locale]) return text[locale];
  const language = locale?.split('-')[0];
  const match = Object.keys(text).find((l) => l.split('-')[0] === language);
  return text[match ?? Object.keys(text)[0]];
}
