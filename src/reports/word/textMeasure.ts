/**
 * How wide text is set in Calibri, from the font's advance widths (in 1/1000 em), so tables can
 * be sized before Word sees them. Accurate to a few percent, which the safety margin covers.
 */
const widths: Readonly<Record<string, number>> = {
  a: 479, b: 525, c: 423, d: 525, e: 498, f: 305, g: 471, h: 525, i: 229, j: 239, k: 455, l: 229, m: 799,
  n: 525, o: 527, p: 525, q: 525, r: 349, s: 391, t: 335, u: 525, v: 452, w: 715, x: 433, y: 453, z: 395,
  A: 579, B: 544, C: 533, D: 615, E: 488, F: 459, G: 631, H: 623, I: 252, J: 319, K: 520, L: 420, M: 855,
  N: 646, O: 662, P: 517, Q: 673, R: 543, S: 459, T: 487, U: 642, V: 567, W: 890, X: 519, Y: 487, Z: 468,
  ä: 479, ö: 527, ü: 525, Ä: 579, Ö: 662, Ü: 642, ß: 536, ' ': 226, '.': 252, ',': 250, ':': 268, ';': 268,
  '?': 463, '!': 326, '-': 306, '–': 498, '—': 905, '(': 303, ')': 303, '/': 386, '%': 715, '&': 682, '„': 401,
  '“': 401, '"': 401, "'": 221, '+': 498, '<': 498, '>': 498, '=': 498, '*': 498, '§': 498, '€': 498
};
const digitWidth = 507;
const otherWidth = 540;
/** Bold Calibri runs about 5 % wider. */
const boldFactor = 1.05;

/** Width in twips of `text` at `size` half-points (Word's unit for font sizes). */
export function textWidthTwips(text: string, size: number, isBold = false): number {
  let units = 0;
  for (const character of text) {
    units += widths[character] ?? (/[0-9]/.test(character) ? digitWidth : otherWidth);
  }
  // 1 pt = 20 twips and size is in half-points: one em is size × 10 twips.
  return (units / 1000) * size * 10 * (isBold ? boldFactor : 1);
}

/** The words of a text: Word breaks lines at spaces and after hyphens, never inside a word. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[-–])/))
    .filter((word) => word.length > 0);
}
