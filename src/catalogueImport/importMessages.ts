import { fillPlaceholders, formatMessage as formatDomainMessage, messages as domainMessages } from '../domain';
import type { Language, MessageKey, MessageParams } from '../domain';

/**
 * Texts of the catalogue import and export, in German and English, keyed like the domain's
 * messages. Rules of a measure itself (title, status, department) keep the domain's keys, so
 * a form and an import row say the same thing about the same mistake.
 */
const de = {
  'import.fileEmpty': 'Die Datei ist leer.',
  'import.notXlsx': 'Die Datei „{fileName}“ ist keine Excel-Arbeitsmappe (.xlsx). Bitte die Tabelle in Excel als .xlsx speichern.',
  'import.unreadable': 'Die Excel-Datei kann nicht gelesen werden; sie ist beschädigt oder mit einem Kennwort geschützt.',
  'import.noData': 'Die Arbeitsmappe enthält keine Tabelle mit Überschriften und Zeilen.',
  'import.columnMissing': 'Die Spalte „{column}“ fehlt. Bitte eine Spalte mit dieser Überschrift ergänzen oder in der Zuordnung auswählen.',
  'import.columnDuplicate': 'Die Spalten „{first}“ und „{second}“ meinen beide „{column}“; bitte nur eine davon zuordnen.',
  'import.valueRequired': 'Bitte „{column}“ angeben.',
  'import.formulaRejected': 'Die Zelle enthält eine Formel oder beginnt mit „{sign}“; Formeln werden aus Sicherheitsgründen nicht importiert. Bitte den reinen Text eintragen.',
  'import.textTooLong': 'Der Text ist {length} Zeichen lang; erlaubt sind höchstens {max}.',
  'import.numberInvalid': '„{value}“ ist keine Maßnahmennummer; erwartet wird eine Nummer wie 1.2.3.',
  'import.numberIsDate': 'Excel hat die Maßnahmennummer als Datum gelesen ({value}). Bitte die Spalte als Text formatieren und die Nummer neu eintragen (oder mit Apostroph: \'1.2).',
  'import.departmentUnknown': 'Den Fachbereich „{value}“ gibt es nicht. Bitte Nummer oder Namen eines bestehenden Fachbereichs angeben (z. B. „50“ oder „50 Soziales“).',
  'import.statusUnknown': 'Der Stand „{value}“ ist unbekannt. Erlaubt sind: {allowed}.',
  'import.conceptUnknown': 'Das Konzept „{value}“ gibt es nicht. Erlaubt sind: {allowed}.',
  'import.duplicateMeasure': 'Diese Maßnahme steht bereits in Zeile {firstRow} (gleiches Handlungsfeld, Einzelziel und gleicher Titel).',
  'import.duplicateNumber': 'Die Maßnahmennummer {number} steht bereits in Zeile {firstRow}.',
  'import.goalFieldMismatch': 'Das Einzelziel „{goal}“ gehört in dieser Fortschreibung zum Handlungsfeld „{expected}“, nicht zu „{given}“.'
} as const;

export type ImportMessageKey = keyof typeof de;

const en: Readonly<Record<ImportMessageKey, string>> = {
  'import.fileEmpty': 'The file is empty.',
  'import.notXlsx': 'The file "{fileName}" is not an Excel workbook (.xlsx). Save the spreadsheet in Excel as .xlsx.',
  'import.unreadable': 'The Excel file cannot be read; it is damaged or protected with a password.',
  'import.noData': 'The workbook holds no table with headers and rows.',
  'import.columnMissing': 'The column "{column}" is missing. Add a column with this header or pick it in the mapping.',
  'import.columnDuplicate': 'The columns "{first}" and "{second}" both mean "{column}"; map only one of them.',
  'import.valueRequired': 'Enter "{column}".',
  'import.formulaRejected': 'The cell holds a formula or starts with "{sign}"; formulas are not imported for security reasons. Enter the plain text.',
  'import.textTooLong': 'The text has {length} characters; at most {max} are allowed.',
  'import.numberInvalid': '"{value}" is not a measure number; expected a number such as 1.2.3.',
  'import.numberIsDate': "Excel read the measure number as a date ({value}). Format the column as text and enter the number again (or with an apostrophe: '1.2).",
  'import.departmentUnknown': 'Department "{value}" does not exist. Give the number or name of an existing department (e.g. "50" or "50 Soziales").',
  'import.statusUnknown': 'The status "{value}" is unknown. Allowed: {allowed}.',
  'import.conceptUnknown': 'The concept "{value}" does not exist. Allowed: {allowed}.',
  'import.duplicateMeasure': 'This measure already appears in row {firstRow} (same field of action, goal and title).',
  'import.duplicateNumber': 'The measure number {number} already appears in row {firstRow}.',
  'import.goalFieldMismatch': 'In this plan period the goal "{goal}" belongs to the field of action "{expected}", not to "{given}".'
};

export const importMessages: { readonly [L in Language]: Readonly<Record<ImportMessageKey, string>> } = { de, en };

export type CatalogueMessageKey = ImportMessageKey | MessageKey;

/** A problem of the import file: `row` counts as Excel shows it (0 for the file or its header as a whole). */
export interface ImportProblem {
  readonly row: number;
  /** The column's header as the file spells it, or the German header when the column is missing. */
  readonly column: string;
  readonly message: CatalogueMessageKey;
  readonly params?: MessageParams;
}

function isDomainKey(key: CatalogueMessageKey): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(domainMessages.de, key);
}

/** The text of an import or domain message, with `{name}` placeholders filled from `params`. */
export function formatImportMessage(key: CatalogueMessageKey, params: MessageParams = {}, language: Language = 'de'): string {
  if (isDomainKey(key)) {
    return formatDomainMessage(key, params, language);
  }
  return fillPlaceholders(importMessages[language][key], params);
}

export function describeImportProblem(problem: ImportProblem, language: Language = 'de'): string {
  return formatImportMessage(problem.message, problem.params, language);
}

export function importProblem(row: number, column: string, message: CatalogueMessageKey, params?: MessageParams): ImportProblem {
  return params ? { row, column, message, params } : { row, column, message };
}
