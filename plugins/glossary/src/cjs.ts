/**
 * The @docusaurus packages are CommonJS with `__esModule` set. Node's ESM loader
 * (jest), jiti (the site config) and the bundler expose them differently, so take
 * the members from whichever shape arrives.
 */
import * as validationNs from '@docusaurus/utils-validation';
import * as loggerNs from '@docusaurus/logger';

type Validation = typeof import('@docusaurus/utils-validation');
type Logger = typeof import('@docusaurus/logger').default;

function pick<T>(ns: unknown, has: (x: Record<string, unknown>) => boolean): T {
  let value = ns as Record<string, unknown> | undefined;
  // Unwrap `default` layers until the member we need shows up.
  for (let i = 0; i < 3 && value && !has(value); i++) value = value.default as Record<string, unknown> | undefined;
  if (!value || !has(value)) throw new Error('remark-glossary: cannot load a @docusaurus dependency');
  return value as T;
}

export const {Joi} = pick<Validation>(validationNs, (x) => typeof x.Joi === 'function' || typeof x.Joi === 'object');
export const logger = pick<Logger>(loggerNs, (x) => typeof x.report === 'function');
