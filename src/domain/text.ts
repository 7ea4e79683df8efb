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

/**
 * Whether a spreadsheet program would run the text as a formula rather than show it: Excel,
 * LibreOffice and Google Sheets start a formula with = + - or @ (also behind blanks), and a
 * leading tab or carriage return lets a pasted or CSV cell slip past a check of the first
 * character (OWASP's "CSV injection"). Invisible characters do not hide the sign: they are
 * removed before a title is stored, and the sign would then be first again.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[\t\r]|^\s*[=+\-@]/.test(withoutInvisibleCharacters(text));
}
