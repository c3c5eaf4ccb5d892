"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateOptions = exports.default = void 0;
/**
 * The remark plugin (`@docker-k8s-notes/docusaurus-theme-shell-transcript/remark`):
 * shell sessions in Markdown become one <ShellTranscript> element each. Add it
 * to the docs plugin's `remarkPlugins`. See README.md.
 */
var transform_1 = require("./transform");
Object.defineProperty(exports, "default", { enumerable: true, get: function () { return __importDefault(transform_1).default; } });
var options_1 = require("./options");
Object.defineProperty(exports, "validateOptions", { enumerable: true, get: function () { return options_1.validateOptions; } });
