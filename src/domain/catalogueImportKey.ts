import { normaliseTitle } from './measure';
import { withoutInvisibleCharacters } from './text';

/**
 * The stable key of a catalogue row, stored in the measure's unique ImportKey column, so that
 * re-importing a file finds the measures it created before (and the next period's copy of a
 * measure is found by an import of the same row into that period).
 *
 * - With a measure number: `FS<updateNumber>-<number>` (e.g. `FS2-1.2.3`), the scheme the
 *   demo data uses, so an export of the demo site imports onto itself unchanged.
 * - Without one: `FS<updateNumber>-T<hash>`, where the hash covers field of action, goal and
 *   title, each normalised (invisible characters dropped, blanks collapsed, case ignored). Renaming the measure in the file
 *   then creates a new one: without a number the title is its identity. Two 32-bit FNV-1a
 *   hashes keep the key short (SharePoint's text column holds 255 characters, the three texts
 *   together may not) while making a collision within one catalogue practically impossible.
 */
export function catalogueImportKey(updateNumber: number, row: { readonly number?: string; readonly fieldOfAction: string; readonly goal: string; readonly title: string }): string {
  const number = withoutInvisibleCharacters(row.number ?? '').trim();
  if (number !== '') {
    return `FS${updateNumber}-${number}`;
  }
  const identity = [row.fieldOfAction, row.goal, row.title].map(comparableText).join('\u241f');
  return `FS${updateNumber}-T${fnv1a(identity, 0x811c9dc5)}${fnv1a(identity, 0x01000193)}`;
}

/**
 * Texts compared for identity: invisible characters dropped, blanks collapsed, case ignored. The
 * stored side may still hold invisible characters (a measure entered by form), so both are cleaned here.
 */
export function comparableText(value: string | undefined): string {
  return normaliseTitle(withoutInvisibleCharacters(value ?? '')).toLocaleLowerCase('de-DE');
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
