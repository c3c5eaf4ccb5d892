/**
 * The build side of the contract with the theme component: the element's
 * name and module, and the `steps` attribute (JSON text of the steps). The
 * theme reads it back with theme/ShellTranscript/steps.ts.
 */

/** The theme component every converted session becomes, and where pages import it from. */
export const COMPONENT = 'ShellTranscript';
export const COMPONENT_MODULE = '@theme/ShellTranscript';

export interface SerializedStep {
  prompt: string;
  command: string;
  /** Absent when the step printed nothing. */
  output?: string;
  /** `'comment'`: shell comment lines between steps (shown as comments, not as a prompt and command). */
  kind?: 'comment';
}

interface Step {
  prompt: string;
  command: string;
  output: string;
  kind?: 'comment';
}

/**
 * The steps of one session as the JSON text of a plain string attribute:
 * one attribute instead of one element per step keeps the MDX that the
 * compiler has to turn into JavaScript small (see bench/transcript.ts).
 * MDX compiles the attribute to a string literal; it is never evaluated.
 */
export function serializeSteps(steps: readonly Step[]): string {
  return JSON.stringify(
    steps.map((s): SerializedStep => {
      const step: SerializedStep = {prompt: s.prompt, command: s.command};
      if (s.output !== '') step.output = s.output;
      if (s.kind === 'comment') step.kind = 'comment';
      return step;
    }),
  );
}
