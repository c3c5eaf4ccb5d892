/**
 * The Docusaurus side of the glossary: validates the options, reloads the term
 * data when term pages change (getPathsToWatch), computes which pages use each
 * term, and keeps that data out of the global data: the remark plugin writes each
 * page's share (index list, "出现在" list) into that page alone.
 */
import path from 'node:path';
import crypto from 'node:crypto';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {Joi, logger} from './cjs';
import {findAliasConflicts} from './load';
import {OptionsSchema, type NormalizedOptions, type Options} from './options';
import type {GlossaryStore} from './store';
import './usage';

export interface PluginOptions extends Options {
  /** The store the site config created with `createGlossaryStore` and gave the remark plugin. */
  store: GlossaryStore;
  id?: string;
}

type NormalizedPluginOptions = NormalizedOptions & {store: GlossaryStore; id: string};

/** What the plugin loads: per edition, the terms and the pages that use them. */
export interface GlossaryContent {
  editions: Array<{
    name: string;
    terms: Array<{id: string; term: string; short: string; source: string; usedBy: string[]}>;
  }>;
}

const PluginSchema = OptionsSchema.append({
  store: Joi.any()
    .required()
    .custom((value: unknown) => {
      if (!value || typeof (value as GlossaryStore).locate !== 'function') throw new Error('not a glossary store');
      return value;
    })
    .messages({
      'any.required': '"store" is required: pass the createGlossaryStore() result the remark plugin uses',
      'any.custom': '"store" must be the createGlossaryStore() result the remark plugin uses',
    }),
});

/** Docusaurus calls this with the user's options (typed generically by Docusaurus). */
export function validateOptions<T, U>({validate, options}: OptionValidationContext<T, U>): U {
  return validate(PluginSchema as never, options);
}

export default function glossaryPlugin(context: LoadContext, options: unknown): Plugin {
  const {store, id: _id, ...rest} = options as NormalizedPluginOptions;
  store.setOptions(rest as NormalizedOptions);
  let dataHash = '';

  return {
    name: 'docusaurus-plugin-glossary',

    async loadContent() {
      // Term pages may have changed since the config loaded them (dev server).
      store.reload();
      for (const c of findAliasConflicts(store.glossary)) {
        logger.warn(
          logger.interpolate`Glossary: edition ${c.edition}: code=${c.spelling} is claimed by ${c.terms.join(' and ')}; the first one wins.`,
        );
      }
      const content: GlossaryContent = {editions: []};
      for (const edition of store.glossary.editions) {
        const usage = store.usage(edition);
        content.editions.push({
          name: edition.name,
          terms: edition.terms.map((t) => ({
            id: t.id,
            term: t.term,
            short: t.short,
            source: t.source,
            usedBy: (usage.get(t.id) ?? []).map((p) => p.source),
          })),
        });
      }
      dataHash = crypto.createHash('sha1').update(JSON.stringify(content)).digest('hex').slice(0, 12);
      return content;
    },

    async contentLoaded({content, actions}) {
      // For tooling and debugging only; no page imports it.
      await actions.createData('glossary.json', JSON.stringify(content, null, 2));
    },

    getPathsToWatch() {
      const {glossaryDir} = store.options;
      return store.glossary.editions.flatMap((edition) => [
        path.join(edition.root, glossaryDir, '**/*.{md,mdx}'),
        ...store.glossary.locales.map((locale) =>
          path.join(edition.localizedRoot(locale), glossaryDir, '**/*.{md,mdx}'),
        ),
      ]);
    },

    configureWebpack(config) {
      // A term page's "出现在" list depends on other pages: tie the persistent
      // cache to the glossary data so a changed usage recompiles the term pages.
      const experiments = config.experiments as {cache?: {version?: string}} | undefined;
      if (experiments?.cache && typeof experiments.cache === 'object') {
        return {
          experiments: {
            ...config.experiments,
            cache: {...experiments.cache, version: `${experiments.cache.version ?? ''}-glossary-${dataHash}`},
          },
        } as never;
      }
      const cache = config.cache as {type?: string; version?: string} | boolean | undefined;
      if (cache && typeof cache === 'object' && cache.type === 'filesystem') {
        return {cache: {...cache, version: `${cache.version ?? ''}-glossary-${dataHash}`}} as never;
      }
      return {};
    },
  };
}

glossaryPlugin.validateOptions = validateOptions;
