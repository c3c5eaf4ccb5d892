/**
 * Invisible format characters (Unicode Cf: bidi controls such as U+202E,
 * zero-width spaces and joiners) shown as `<U+202E>`, as GitHub shows them:
 * a session can then never display one command and copy another ("Trojan
 * Source"). Applied to everything the transcript shows and copies.
 */
const FORMAT_CHARACTER = /\p{Cf}/gu;
export function showInvisible(text) {
    return text.replace(FORMAT_CHARACTER, (char) => `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
