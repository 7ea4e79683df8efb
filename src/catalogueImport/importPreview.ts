import { catalogueColumns, ColumnMapping, ColumnMappingSuggestion, suggestColumnMapping } from './catalogueColumns';
import type { ImportProblem } from './importMessages';
import { CatalogueImportContext, ImportPreview, validateImportRows } from './rowValidation';
import { readWorkbook, SheetData } from './workbookReader';

export interface CatalogueFilePreview extends ImportPreview {
  /** The sheet read as the catalogue; `undefined` when the file could not be read. */
  readonly sheet?: SheetData;
  readonly suggestion?: ColumnMappingSuggestion;
}

/**
 * The preview of an uploaded file in one call: read it, pick the sheet that looks like the
 * catalogue, map its headers, validate its rows. The user may correct the mapping and call
 * `previewWithMapping` again without reading the file anew.
 */
export async function previewCatalogueFile(data: ArrayBuffer | Uint8Array, fileName: string, context: CatalogueImportContext): Promise<CatalogueFilePreview> {
  const read = await readWorkbook(data, fileName);
  const sheet = pickCatalogueSheet(read.sheets);
  if (read.problems.length > 0 || !sheet) {
    return { rows: [], problems: read.problems, canImport: false };
  }
  const suggestion = suggestColumnMapping(sheet.headers);
  return previewWithMapping(sheet, suggestion.mapping, context, suggestion);
}

export function previewWithMapping(sheet: SheetData, mapping: ColumnMapping, context: CatalogueImportContext, suggestion: ColumnMappingSuggestion = suggestColumnMapping(sheet.headers)): CatalogueFilePreview {
  const preview = validateImportRows(sheet.rows, mapping, context, sheet.headers);
  // Two headers for one column make the file ambiguous; missing columns the rows already report.
  const headerProblems: ImportProblem[] = suggestion.problems.filter((problem) => problem.message === 'import.columnDuplicate');
  const problems = [...headerProblems, ...preview.problems];
  return { sheet, suggestion, rows: problems.length === 0 ? preview.rows : [], problems, canImport: problems.length === 0 };
}

/**
 * Workbooks often hold a cover sheet or notes besides the catalogue: the sheet whose headers
 * name the most catalogue columns wins, the first one on a tie.
 */
export function pickCatalogueSheet(sheets: readonly SheetData[]): SheetData | undefined {
  let best: { sheet: SheetData; score: number } | undefined;
  for (const sheet of sheets) {
    const mapping = suggestColumnMapping(sheet.headers).mapping;
    const score = catalogueColumns.filter((spec) => mapping[spec.key] !== undefined).length;
    if (!best || score > best.score) {
      best = { sheet, score };
    }
  }
  return best?.sheet;
}
