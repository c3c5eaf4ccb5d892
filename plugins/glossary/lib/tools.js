"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.usageScanStats = exports.normalizeOptions = exports.listPages = exports.readFrontMatter = exports.parsePage = exports.closestSpellings = exports.createMatcher = exports.GlossaryLoadError = exports.findAliasConflicts = exports.defaultEditionSources = exports.loadGlossary = exports.validateTermFrontMatter = exports.TermFrontMatterSchema = void 0;
/**
 * `@docker-k8s-notes/docusaurus-plugin-glossary/tools`: what a site's own
 * tools (content lint, glossary check, benchmarks) need to agree with the
 * plugin: the term front-matter schema, the loader, the matcher, and reading
 * Markdown the way Docusaurus does.
 */
var schema_1 = require("./schema");
Object.defineProperty(exports, "TermFrontMatterSchema", { enumerable: true, get: function () { return schema_1.TermFrontMatterSchema; } });
Object.defineProperty(exports, "validateTermFrontMatter", { enumerable: true, get: function () { return schema_1.validateTermFrontMatter; } });
var load_1 = require("./load");
Object.defineProperty(exports, "loadGlossary", { enumerable: true, get: function () { return load_1.loadGlossary; } });
Object.defineProperty(exports, "defaultEditionSources", { enumerable: true, get: function () { return load_1.defaultEditionSources; } });
Object.defineProperty(exports, "findAliasConflicts", { enumerable: true, get: function () { return load_1.findAliasConflicts; } });
Object.defineProperty(exports, "GlossaryLoadError", { enumerable: true, get: function () { return load_1.GlossaryLoadError; } });
var match_1 = require("./match");
Object.defineProperty(exports, "createMatcher", { enumerable: true, get: function () { return match_1.createMatcher; } });
Object.defineProperty(exports, "closestSpellings", { enumerable: true, get: function () { return match_1.closestSpellings; } });
var markdown_1 = require("./markdown");
Object.defineProperty(exports, "parsePage", { enumerable: true, get: function () { return markdown_1.parsePage; } });
Object.defineProperty(exports, "readFrontMatter", { enumerable: true, get: function () { return markdown_1.readFrontMatter; } });
Object.defineProperty(exports, "listPages", { enumerable: true, get: function () { return markdown_1.listPages; } });
var options_1 = require("./options");
Object.defineProperty(exports, "normalizeOptions", { enumerable: true, get: function () { return options_1.normalizeOptions; } });
var usage_1 = require("./usage");
Object.defineProperty(exports, "usageScanStats", { enumerable: true, get: function () { return usage_1.usageScanStats; } });
