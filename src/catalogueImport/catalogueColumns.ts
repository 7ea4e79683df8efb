import { ImportProblem, importProblem } from './importMessages';

/** The columns of the office's catalogue spreadsheet, one row per measure. */
export type CatalogueColumn =
  | 'number'
  | 'fieldOfAction'
  | 'goal'
  | 'title'
  | 'leadDepartment'
  | 'involvedDepartments'
  | 'sourceConcept'
  | 'status'
  | 'indicators'
  | 'description';

export interface CatalogueColumnSpec {
  readonly key: CatalogueColumn;
  /** The header the export writes; the import accepts it and the variants below. */
  readonly header: string;
  readonly required: boolean;
  /** Further spellings found in real catalogues, compared after `normaliseHeader`. */
  readonly variants: readonly string[];
}

/** In the order of the exported sheet. */
export const catalogueColumns: readonly CatalogueColumnSpec[] = [
  { key: 'number', header: 'Nr.', required: false, variants: ['Nr', 'Nummer', 'Maßnahmennummer', 'Maßnahmen-Nr.', 'Maßnahme Nr.', 'lfd. Nr.', 'Lfd. Nummer'] },
  { key: 'fieldOfAction', header: 'Handlungsfeld', required: true, variants: ['Handlungsfelder', 'HF'] },
  { key: 'goal', header: 'Einzelziel', required: true, variants: ['Einzelziele', 'Ziel', 'Ziele'] },
  { key: 'title', header: 'Maßnahme', required: true, variants: ['Maßnahmen', 'Maßnahmentitel', 'Titel der Maßnahme', 'Bezeichnung der Maßnahme'] },
  {
    key: 'leadDepartment',
    header: 'Federführender Fachbereich',
    required: true,
    variants: ['Fachbereich (federführend)', 'Federführung', 'federführend', 'Fachbereich', 'FB', 'FB federführend', 'federführender FB', 'Zuständiger Fachbereich', 'Zuständigkeit']
  },
  { key: 'involvedDepartments', header: 'Beteiligte Fachbereiche', required: false, variants: ['Beteiligte', 'Beteiligte FB', 'beteiligter Fachbereich', 'Fachbereiche (beteiligt)', 'Kooperation', 'Kooperationspartner'] },
  { key: 'sourceConcept', header: 'Herkunft', required: true, variants: ['Herkunft (Konzept)', 'Konzept', 'Quelle', 'Integrationskonzept', 'Ursprung'] },
  { key: 'status', header: 'Stand', required: true, variants: ['Status', 'Umsetzungsstand', 'Stand der Umsetzung', 'Sachstand', 'Umsetzungsstatus'] },
  { key: 'indicators', header: 'Kennzahlen', required: true, variants: ['Kennzahl', 'Indikatoren', 'Indikator', 'Kennziffern'] },
  { key: 'description', header: 'Beschreibung', required: false, variants: ['Erläuterung', 'Erläuterungen', 'Inhalt', 'Kurzbeschreibung'] }
];

export function columnSpec(key: CatalogueColumn): CatalogueColumnSpec {
  const spec = catalogueColumns.find((candidate) => candidate.key === key);
  if (!spec) {
    throw new Error(`Unknown catalogue column ${key}.`);
  }
  return spec;
}

/**
 * Headers as people type them: case, umlauts spelled out (Massnahme, federfuehrend), extra
 * blanks, line breaks inside a header cell, a trailing colon or asterisk marking a required
 * column. The result only serves comparison.
 */
export function normaliseHeader(header: string): string {
  return header
    // A word hyphenated across lines of a wrapped header cell ("Maßnahmen-\nnummer").
    .replace(/-[ \t]*\r?\n\s*/g, '')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[*:]/g, ' ')
    .replace(/\s*([().\-/])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Column key → index of the header in the sheet's header row. */
export type ColumnMapping = Partial<Record<CatalogueColumn, number>>;

export interface ColumnMappingSuggestion {
  readonly mapping: ColumnMapping;
  /** Required columns no header matched. */
  readonly missing: readonly CatalogueColumn[];
  /** Headers that match no catalogue column; the import ignores them. */
  readonly ignoredHeaders: readonly string[];
  /** Missing required columns and headers claiming the same column twice, row 0 (the header). */
  readonly problems: readonly ImportProblem[];
}

const lookup: ReadonlyMap<string, CatalogueColumn> = new Map(
  catalogueColumns.flatMap((spec) => [spec.header, ...spec.variants].map((name) => [normaliseHeader(name), spec.key] as const))
);

/** The catalogue column a header means, or `undefined`. */
export function columnOfHeader(header: string): CatalogueColumn | undefined {
  const normalised = normaliseHeader(header);
  const exact = lookup.get(normalised);
  if (exact) {
    return exact;
  }
  // "Maßnahme (Titel)", "Stand (Mai 2024)": an explanatory bracket or suffix after a known name.
  const withoutBracket = normalised.replace(/\(.*\)$/, '').trim();
  return withoutBracket !== normalised ? lookup.get(withoutBracket) : undefined;
}

/** Matches the sheet's headers to the catalogue columns; the first matching header wins. */
export function suggestColumnMapping(headers: readonly string[]): ColumnMappingSuggestion {
  const mapping: ColumnMapping = {};
  const ignoredHeaders: string[] = [];
  const problems: ImportProblem[] = [];
  headers.forEach((header, index) => {
    if (header.trim() === '') {
      return;
    }
    const key = columnOfHeader(header);
    if (!key) {
      ignoredHeaders.push(header);
      return;
    }
    const first = mapping[key];
    if (first === undefined) {
      mapping[key] = index;
    } else {
      problems.push(importProblem(0, header, 'import.columnDuplicate', { first: headers[first], second: header, column: columnSpec(key).header }));
    }
  });
  const missing = missingColumns(mapping);
  problems.unshift(...missing.map((key) => importProblem(0, columnSpec(key).header, 'import.columnMissing', { column: columnSpec(key).header })));
  return { mapping, missing, ignoredHeaders, problems };
}

/** Required columns a (possibly user-edited) mapping leaves out. */
export function missingColumns(mapping: ColumnMapping): CatalogueColumn[] {
  return catalogueColumns.filter((spec) => spec.required && mapping[spec.key] === undefined).map((spec) => spec.key);
}
