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
exports.Joi = exports.logger = void 0;
/**
 * The two Docusaurus helpers we use are CommonJS. Node's native ESM (jest, the
 * bench) and jiti (docusaurus.config.ts) expose their exports at different
 * depths of the namespace object, so we look for them instead of guessing.
 */
const validationModule = __importStar(require("@docusaurus/utils-validation"));
const loggerModule = __importStar(require("@docusaurus/logger"));
function find(ns, has) {
    let candidate = ns;
    for (let depth = 0; depth < 3 && candidate; depth++) {
        if (has(candidate))
            return candidate;
        candidate = candidate.default;
    }
    throw new Error('remark-shell-transcript: could not load a Docusaurus helper module');
}
exports.logger = find(loggerModule, (m) => typeof m.report === 'function');
exports.Joi = find(validationModule, (m) => typeof m.Joi === 'object').Joi;
