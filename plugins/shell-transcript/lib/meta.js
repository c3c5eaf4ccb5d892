"use strict";
/**
 * The words this plugin reads from a code block's meta string
 * (```console title="x" prompt="mongo>"), and the meta that stays behind
 * for the generated code block. Only ever sees one block's meta.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseMeta = parseMeta;
// A word is a run of non-space characters and quoted strings (`title="a b"`).
const WORD = /(?:[^\s"']+|"[^"]*"?|'[^']*'?)+/g;
const PROMPT = /^prompt=(?:"([^"]*)"|'([^']*)'|(.*))$/;
function parseMeta(meta) {
    const result = { transcript: false, noTranscript: false, prompts: [], rest: null };
    if (!meta)
        return result;
    const kept = [];
    for (const word of meta.match(WORD) ?? []) {
        const prompt = PROMPT.exec(word);
        if (word === 'transcript')
            result.transcript = true;
        else if (word === 'no-transcript')
            result.noTranscript = true;
        else if (prompt) {
            const value = prompt[1] ?? prompt[2] ?? prompt[3] ?? '';
            if (value)
                result.prompts.push(value);
        }
        else
            kept.push(word);
    }
    result.rest = kept.length > 0 ? kept.join(' ') : null;
    return result;
}
