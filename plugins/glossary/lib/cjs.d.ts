/**
 * The @docusaurus packages are CommonJS with `__esModule` set. Node's ESM loader
 * (jest), jiti (the site config) and the bundler expose them differently, so take
 * the members from whichever shape arrives.
 */
import * as validationNs from '@docusaurus/utils-validation';
export declare const Joi: validationNs.Joi.Root;
export declare const logger: {
    red: (msg: string | number) => string;
    yellow: (msg: string | number) => string;
    green: (msg: string | number) => string;
    cyan: (msg: string | number) => string;
    bold: (msg: string | number) => string;
    dim: (msg: string | number) => string;
    path: (msg: unknown) => string;
    url: (msg: unknown) => string;
    name: (msg: unknown) => string;
    code: (msg: unknown) => string;
    subdue: (msg: unknown) => string;
    num: (msg: unknown) => string;
    interpolate: (msgs: TemplateStringsArray, ...values: (string | number | (string | number)[])[]) => string;
    info: {
        (msg: unknown): void;
        (msg: TemplateStringsArray, values_0: string | number | (string | number)[], ...values: (string | number | (string | number)[])[]): void;
    };
    warn: {
        (msg: unknown): void;
        (msg: TemplateStringsArray, values_0: string | number | (string | number)[], ...values: (string | number | (string | number)[])[]): void;
    };
    error: {
        (msg: unknown): void;
        (msg: TemplateStringsArray, values_0: string | number | (string | number)[], ...values: (string | number | (string | number)[])[]): void;
    };
    success: {
        (msg: unknown): void;
        (msg: TemplateStringsArray, values_0: string | number | (string | number)[], ...values: (string | number | (string | number)[])[]): void;
    };
    report: (reportingSeverity: import("@docusaurus/types").ReportingSeverity) => {
        (msg: unknown): void;
        (msg: TemplateStringsArray, values_0: string | number | (string | number)[], ...values: (string | number | (string | number)[])[]): void;
    };
    newLine: () => void;
};
