/**
 * The two Docusaurus helpers we use are CommonJS. Node's native ESM (jest, the
 * bench) and jiti (docusaurus.config.ts) expose their exports at different
 * depths of the namespace object, so we look for them instead of guessing.
 */
import * as validationModule from '@docusaurus/utils-validation';
import * as loggerModule from '@docusaurus/logger';
import type LoggerType from '@docusaurus/logger';

type Logger = typeof LoggerType;
type Validation = typeof validationModule;

function find<T>(ns: unknown, has: (candidate: Record<string, unknown>) => boolean): T {
  let candidate = ns as Record<string, unknown> | undefined;
  for (let depth = 0; depth < 3 && candidate; depth++) {
    if (has(candidate)) return candidate as T;
    candidate = candidate.default as Record<string, unknown> | undefined;
  }
  throw new Error('remark-shell-transcript: could not load a Docusaurus helper module');
}

export const logger: Logger = find<Logger>(loggerModule, (m) => typeof m.report === 'function');
export const Joi: Validation['Joi'] = find<Validation>(validationModule, (m) => typeof m.Joi === 'object').Joi;
