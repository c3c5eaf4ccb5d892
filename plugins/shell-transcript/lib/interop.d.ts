/**
 * The two Docusaurus helpers we use are CommonJS. Node's native ESM (jest, the
 * bench) and jiti (docusaurus.config.ts) expose their exports at different
 * depths of the namespace object, so we look for them instead of guessing.
 */
import * as validationModule from '@docusaurus/utils-validation';
import type LoggerType from '@docusaurus/logger';
type Logger = typeof LoggerType;
type Validation = typeof validationModule;
export declare const logger: Logger;
export declare const Joi: Validation['Joi'];
export {};
