import type { Language } from '../domain';
import { fillPlaceholders } from '../domain';

/**
 * Texts of the sheet's problems and outcomes, German and English. Each problem says what to
 * do about it, because the user fixes it in the cell it is shown on. Placeholders are `{name}`.
 */
const de = {
  'sheet.headerChanged': 'Die Spalte „{found}“ steht nicht an ihrem Platz (erwartet: „{expected}“). Bitte keine Spalten einfügen, löschen oder verschieben – oder das Jahr neu öffnen.',
  'sheet.idMissing': 'Die Zeile hat keine Kennzahl-ID, gehört also nicht zum Blatt. Bitte Werte nur in die vorgegebenen Zeilen eintragen oder das Jahr neu öffnen.',
  'sheet.idForeign': 'Die Kennzahl {id} gehört nicht zu den Kennzahlen von {department}. Bitte die Zeile löschen; eingefügte Zeilen aus anderen Blättern werden nicht übernommen.',
  'sheet.keyForeignYear': 'Die Zeile stammt aus dem Blatt eines anderen Jahres ({key}). Bitte die Zeile löschen und die Werte im Blatt {year} eintragen.',
  'sheet.duplicateRow': 'Die Kennzahl steht doppelt im Blatt (auch in Zeile {first}). Bitte eine der beiden Zeilen löschen.',
  'sheet.formula': 'Formeln werden nicht übernommen. Bitte den Wert selbst eintragen (Einfügen → Werte).',
  'sheet.formulaText': 'Text darf nicht mit =, +, - oder @ beginnen, weil Tabellenprogramme ihn als Formel ausführen. Bitte das Zeichen am Anfang entfernen.',
  'sheet.textInNumberCell': 'Die Zelle enthält Text („{text}“). Bitte eine Zahl ohne Einheit und ohne Tausenderpunkte eintragen.',
  'sheet.dateInNumberCell': 'Die Zelle {cell} enthält ein Datum ({date}), keine Zahl – Excel hat die Eingabe als Datum gelesen. Bitte die Zelle als Zahl formatieren (Start → Zahlenformat → Zahl) und den Wert neu eintragen.',
  'sheet.notANumber': 'Die Zelle enthält keine gültige Zahl. Bitte eine Zahl eintragen.',
  'sheet.negative': 'Der Wert darf nicht negativ sein. Bitte einen Wert ab 0 eintragen.',
  'sheet.notInteger': 'Hier werden Personen gezählt. Bitte eine ganze Zahl ohne Nachkommastellen eintragen.',
  'sheet.tooLarge': 'Der Wert {value} ist unplausibel groß (höchstens {max}). Bitte den Wert prüfen.',
  'sheet.totalRequired': 'Die Zeile enthält Angaben, aber keine Gesamtzahl. Bitte die Gesamtzahl eintragen oder die Zeile leeren.',
  'sheet.genderPartsIncomplete': 'Es fehlt ein Anteil. Bitte alle vier Anteile (weiblich, männlich, divers, ohne Angabe) eintragen – 0, wo niemand gezählt wurde – oder alle leeren.',
  'sheet.genderPartsNotSplit': 'Diese Kennzahl wird nicht nach Geschlecht erhoben. Bitte die Zelle leeren und nur die Gesamtzahl eintragen.',
  'sheet.genderSumMismatch': 'Die Anteile ergeben {sum}, die Gesamtzahl ist {total}. Bitte Anteile oder Gesamtzahl korrigieren.',
  'sheet.commentRequired': 'Der Wert weicht um {percent} % vom Vorjahr ({previous}) ab. Bitte die Veränderung im Kommentar kurz begründen.',
  'sheet.yearInvalid': 'Das Jahr {year} ist ungültig. Bitte das Blatt über „Jahr öffnen“ neu anlegen.',
  'sheet.correctionReasonRequired': 'Das Berichtsjahr {year} ist gesperrt: eine Änderung ist eine Korrektur. Bitte den Grund der Korrektur in den Kommentar schreiben (ein unveränderter Kommentar genügt nicht) – oder den gespeicherten Wert stehen lassen.',
  'outcome.created': 'Gespeichert',
  'outcome.updated': 'Aktualisiert',
  'outcome.unchanged': 'Unverändert',
  'outcome.requested': 'Korrekturantrag gestellt – die Koordinierungsstelle entscheidet',
  'outcome.requestDecided': 'Derselbe Korrekturantrag wurde bereits entschieden. Für einen neuen Antrag bitte einen anderen Grund in den Kommentar schreiben.',
  'outcome.requestOpen': 'Korrekturantrag offen ({count}): {value} – „{reason}“. Die Koordinierungsstelle entscheidet.',
  'summary.requestedOne': '1 Korrekturantrag gestellt – die Koordinierungsstelle entscheidet.',
  'summary.requested': '{count} Korrekturanträge gestellt – die Koordinierungsstelle entscheidet.',
  'outcome.conflict': 'Konflikt: inzwischen von anderer Seite geändert (dort: {theirs}). Bitte „meinen“ oder „ihren“ Wert wählen.',
  'outcome.accessDenied': 'Keine Berechtigung für diesen Wert. Werte anderer Fachbereiche trägt die Koordinierungsstelle ein.',
  'outcome.notPrepared': 'Für diesen Wert gibt es noch keinen vorbereiteten Eintrag. Die Koordinierungsstelle muss das Berichtsjahr eröffnen oder die Kennzahl ergänzen; danach bitte erneut senden.',
  'outcome.failed': 'Nicht gespeichert ({status}): {message}. Bitte erneut senden – bereits gespeicherte Werte werden nicht doppelt angelegt.',
  'review.submitted': 'eingereicht',
  'review.returned': '⚠ zurückgegeben',
  'review.accepted': '✓ angenommen'
} as const;

export type SheetMessageKey = keyof typeof de;

const en: Readonly<Record<SheetMessageKey, string>> = {
  'sheet.headerChanged': 'Column "{found}" is not in its place (expected: "{expected}"). Do not insert, delete or move columns – or open the year again.',
  'sheet.idMissing': 'The row has no indicator id, so it is not part of the sheet. Enter values only in the rows the sheet provides, or open the year again.',
  'sheet.idForeign': 'Indicator {id} is not one of the indicators of {department}. Delete the row; rows pasted from other sheets are not taken over.',
  'sheet.keyForeignYear': "The row comes from another year's sheet ({key}). Delete the row and enter the values in the {year} sheet.",
  'sheet.duplicateRow': 'The indicator appears twice in the sheet (also in row {first}). Delete one of the two rows.',
  'sheet.formula': 'Formulas are not taken over. Enter the value itself (Paste → Values).',
  'sheet.formulaText': 'Text must not start with =, +, - or @, because spreadsheet programs run it as a formula. Remove the character at the start.',
  'sheet.textInNumberCell': 'The cell holds text ("{text}"). Enter a number without unit and without thousands separators.',
  'sheet.dateInNumberCell': 'Cell {cell} holds a date ({date}), not a number – Excel read the entry as a date. Format the cell as a number (Home → Number Format → Number) and enter the value again.',
  'sheet.notANumber': 'The cell does not hold a valid number. Enter a number.',
  'sheet.negative': 'The value must not be negative. Enter a value of 0 or more.',
  'sheet.notInteger': 'Persons are counted here. Enter a whole number without decimals.',
  'sheet.tooLarge': 'The value {value} is implausibly large (at most {max}). Check the value.',
  'sheet.totalRequired': 'The row holds entries but no total. Enter the total or clear the row.',
  'sheet.genderPartsIncomplete': 'A part is missing. Enter all four parts (female, male, diverse, not stated) – 0 where nobody was counted – or clear all of them.',
  'sheet.genderPartsNotSplit': 'This indicator is not split by gender. Clear the cell and enter the total only.',
  'sheet.genderSumMismatch': 'The parts add up to {sum}, but the total is {total}. Correct the parts or the total.',
  'sheet.commentRequired': 'The value differs by {percent} % from last year ({previous}). Explain the change briefly in the comment.',
  'sheet.correctionReasonRequired': 'The reporting year {year} is locked: a change is a correction. Write the reason for the correction into the comment (an unchanged comment is not enough) – or leave the stored value as it is.',
  'sheet.yearInvalid': 'The year {year} is not valid. Create the sheet again with "Open year".',
  'outcome.created': 'Saved',
  'outcome.updated': 'Updated',
  'outcome.unchanged': 'Unchanged',
  'outcome.requested': 'Correction requested – the coordination office decides',
  'outcome.requestDecided': 'The same correction request has already been decided. To ask again, write another reason into the comment.',
  'outcome.requestOpen': 'Correction request open ({count}): {value} – "{reason}". The coordination office decides.',
  'summary.requestedOne': '1 correction request filed – the coordination office decides.',
  'summary.requested': '{count} correction requests filed – the coordination office decides.',
  'outcome.conflict': 'Conflict: changed by someone else meanwhile (theirs: {theirs}). Choose "mine" or "theirs".',
  'outcome.accessDenied': "No permission for this value. The coordination office enters other departments' values.",
  'outcome.notPrepared': 'There is no prepared entry for this value yet. The coordination office must open the reporting year or add the indicator; then please send again.',
  'outcome.failed': 'Not saved ({status}): {message}. Send again – values already saved are not created twice.',
  'review.submitted': 'submitted',
  'review.returned': '⚠ returned',
  'review.accepted': '✓ accepted'
};

export const sheetMessages: { readonly [L in Language]: Readonly<Record<SheetMessageKey, string>> } = { de, en };

export function formatSheetMessage(key: SheetMessageKey, params: Readonly<Record<string, string | number>> = {}, language: Language = 'de'): string {
  // Numbers in the user's notation ("16,5" in German), without grouping so years and ids read as typed.
  const text = (value: string | number): string => (typeof value === 'number' ? value.toLocaleString(language === 'de' ? 'de-DE' : 'en-US', { useGrouping: false, maximumFractionDigits: 6 }) : value);
  return fillPlaceholders(sheetMessages[language][key], params, text);
}
