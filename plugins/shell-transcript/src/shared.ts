/**
 * What the remark plugin (build time) and the theme components (render time)
 * agree on: the tab group, the tab values with their default labels, and the
 * `steps` attribute of <ShellTranscriptOutput>. No dependencies, so the
 * browser bundle can import it.
 */

export const GROUP_ID = 'shell-transcript';

/** Default (zh-Hans) tab labels, written into the MDX as plain strings; the theme translates them. */
export const TAB_LABELS = {command: '命令', output: '输出'} as const;
export type TabValue = keyof typeof TAB_LABELS;

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

/**
 * The inverse of serializeSteps, for the theme. Anything that is not a list
 * of steps (hand-written MDX with a typo, say) gives `[]` instead of throwing
 * during rendering; entries with non-string fields are dropped, an unknown
 * `kind` is ignored.
 */
export function parseSteps(text: unknown): Step[] {
  if (typeof text !== 'string') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const steps: Step[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const {prompt, command, output, kind} = item as Record<string, unknown>;
    if (typeof prompt !== 'string' || typeof command !== 'string') continue;
    if (output !== undefined && typeof output !== 'string') continue;
    steps.push(
      kind === 'comment' ? {prompt, command, output: output ?? '', kind} : {prompt, command, output: output ?? ''},
    );
  }
  return steps;
}
