"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.logger = exports.Joi = void 0;
/**
 * The @docusaurus packages are CommonJS with `__esModule` set. Node's ESM loader
 * (jest), jiti (the site config) and the bundler expose them differently, so take
 * the members from whichever shape arrives.
 */
const validationNs = __importStar(require("@docusaurus/utils-validation"));
const loggerNs = __importStar(require("@docusaurus/logger"));
function pick(ns, has) {
    let value = ns;
    // Unwrap `default` layers until the member we need shows up.
    for (let i = 0; i < 3 && value && !has(value); i++)
        value = value.default;
    if (!value || !has(value))
        throw new Error('remark-glossary: cannot load a @docusaurus dependency');
    return value;
}
exports.Joi = pick(validationNs, (x) => typeof x.Joi === 'function' || typeof x.Joi === 'object').Joi;
exports.logger = pick(loggerNs, (x) => typeof x.report === 'function');
