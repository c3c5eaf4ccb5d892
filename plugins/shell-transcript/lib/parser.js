"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseMeta = exports.SESSION_LANGUAGES = exports.isSessionLanguage = exports.parseTranscriptDetailed = exports.parseTranscript = void 0;
/**
 * The pure parser (`@docker-k8s-notes/docusaurus-theme-shell-transcript/parse`):
 * no Markdown, no React. `parseTranscript(source, {lang, prompts})` gives the
 * steps `{prompt, command, output}` of a pasted session, or null when the text
 * is not a session; the detailed form says why. Lints and other tools use it
 * to agree with the build.
 */
var parse_1 = require("./parse");
Object.defineProperty(exports, "parseTranscript", { enumerable: true, get: function () { return parse_1.parseTranscript; } });
Object.defineProperty(exports, "parseTranscriptDetailed", { enumerable: true, get: function () { return parse_1.parseTranscriptDetailed; } });
Object.defineProperty(exports, "isSessionLanguage", { enumerable: true, get: function () { return parse_1.isSessionLanguage; } });
Object.defineProperty(exports, "SESSION_LANGUAGES", { enumerable: true, get: function () { return parse_1.SESSION_LANGUAGES; } });
var meta_1 = require("./meta");
Object.defineProperty(exports, "parseMeta", { enumerable: true, get: function () { return meta_1.parseMeta; } });
