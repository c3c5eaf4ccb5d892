/**
 * Reads the `steps` attribute the remark plugin writes (JSON text, see
 * src/shared.ts). Anything that is not a list of steps (hand-written MDX with
 * a typo, say) gives `[]` instead of throwing during rendering; entries with
 * fields of the wrong type are dropped.
 */
export interface Step {
  prompt: string;
  command: string;
  output: string;
  /** `'comment'`: shell comment lines between steps, shown as comments. */
  kind?: 'comment';
}

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
    const step: Step = {prompt, command, output: output ?? ''};
    if (kind === 'comment') step.kind = 'comment';
    steps.push(step);
  }
  return steps;
}
