/**
 * Invisible format characters (Unicode category Cf: bidirectional controls,
 * zero-width spaces and joiners, ...) made visible, the way GitHub shows them:
 * `<U+202E>` in place of the character. Code on the site goes through this,
 * so what a reader sees is what they copy ("Trojan Source"). Pure.
 */
export const INVISIBLE = /\p{Cf}/gu;

/** `U+202E` for a character. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with each invisible format character replaced by `<U+XXXX>`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `<${codePointLabel(char)}>`);
}
