/**
 * Characters that show as nothing but make two texts differ: a zero-width space or a word
 * joiner pasted from a web page, a soft hyphen from Word's hyphenation, the byte order mark
 * some programs put before a CSV's first cell. Joiners that shape scripts and emoji (U+200C,
 * U+200D) stay: there they are part of what the text says.
 */
const invisibleCharacters = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/g;

/** The text without invisible characters, so that a title or key pasted with them is the same as typed. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(invisibleCharacters, '');
}
