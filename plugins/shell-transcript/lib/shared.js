"use strict";
/**
 * The build side of the contract with the theme component: the element's
 * name and module, and the `steps` attribute (JSON text of the steps). The
 * theme reads it back with theme/ShellTranscript/steps.ts.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMPONENT_MODULE = exports.COMPONENT = void 0;
exports.serializeSteps = serializeSteps;
/** The theme component every converted session becomes, and where pages import it from. */
exports.COMPONENT = 'ShellTranscript';
exports.COMPONENT_MODULE = '@theme/ShellTranscript';
/**
 * The steps of one session as the JSON text of a plain string attribute:
 * one attribute instead of one element per step keeps the MDX that the
 * compiler has to turn into JavaScript small (see bench/transcript.ts).
 * MDX compiles the attribute to a string literal; it is never evaluated.
 */
function serializeSteps(steps) {
    return JSON.stringify(steps.map((s) => {
        const step = { prompt: s.prompt, command: s.command };
        if (s.output !== '')
            step.output = s.output;
        if (s.kind === 'comment')
            step.kind = 'comment';
        return step;
    }));
}
