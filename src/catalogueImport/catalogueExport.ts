import { Workbook } from 'exceljs';
import { looksLikeFormula, MeasureStatusChoices } from '../domain';
import type { Concept, Department, FieldOfAction, Goal, Indicator, Measure } from '../domain';
import { CatalogueColumn, catalogueColumns } from './catalogueColumns';

/** One measure as the sheet shows it: plain texts per column. */
export type CatalogueSheetRow = Partial<Record<CatalogueColumn, string>>;

export interface CatalogueExportOptions {
  /** Name of the worksheet; Excel allows at most 31 characters. */
  readonly sheetName?: string;
  /** Shown in the file's properties, e.g. "2. Fortschreibung 2019–2021". */
  readonly title?: string;
}

/** Column widths in characters: long texts get room, codes stay narrow. */
const columnWidths: Readonly<Record<CatalogueColumn, number>> = {
  // exceljs leaves out a width of 9 as its default, and Excel would then use its narrower one.
  number: 10,
  fieldOfAction: 26,
  goal: 40,
  title: 55,
  leadDepartment: 26,
  involvedDepartments: 26,
  sourceConcept: 28,
  status: 16,
  indicators: 45,
  description: 60
};

/**
 * Text starting with a formula sign gets Excel's text mark, an apostrophe in front. exceljs
 * writes every string as a string cell, which Excel never evaluates; the mark keeps it so
 * after a user edits the cell or saves the sheet as CSV, and the import strips it again.
 */
export function formulaSafeText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * Writes the catalogue as the office's spreadsheet: the import's German headers, so that an
 * exported file imports again unchanged; a styled, frozen header row with an autofilter.
 */
export async function exportCatalogue(rows: readonly CatalogueSheetRow[], options: CatalogueExportOptions = {}): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'Integrationsplanung 365';
  if (options.title) {
    workbook.title = options.title;
  }
  const sheet = workbook.addWorksheet((options.sheetName ?? 'Maßnahmenkatalog').slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }]
  });
  sheet.columns = catalogueColumns.map((spec) => ({ key: spec.key, width: columnWidths[spec.key] }));

  const header = sheet.getRow(1);
  catalogueColumns.forEach((spec, index) => {
    header.getCell(index + 1).value = spec.header;
  });
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;

  rows.forEach((row, rowIndex) => {
    const excelRow = sheet.getRow(rowIndex + 2);
    catalogueColumns.forEach((spec, index) => {
      const text = row[spec.key] ?? '';
      // Always a string cell: a measure number 1.10 written as a number would come back as 1.1.
      excelRow.getCell(index + 1).value = text === '' ? null : formulaSafeText(text);
    });
    excelRow.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: catalogueColumns.length } };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** What the export reads from the site. */
export interface CatalogueForExport {
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly departments: readonly Department[];
  readonly concepts: readonly Concept[];
  readonly indicators?: readonly Indicator[];
}

/** The catalogue's measures as sheet rows, ordered by field of action, goal number and measure number. */
export function catalogueSheetRows(catalogue: CatalogueForExport): CatalogueSheetRow[] {
  const fields = new Map(catalogue.fieldsOfAction.map((field) => [field.id, field]));
  const goals = new Map(catalogue.goals.map((goal) => [goal.id, goal]));
  const departments = new Map(catalogue.departments.map((department) => [department.id, department]));
  const concepts = new Map(catalogue.concepts.map((concept) => [concept.id, concept]));
  const indicatorsByMeasure = new Map<number, string[]>();
  for (const indicator of catalogue.indicators ?? []) {
    if (indicator.measureId !== undefined) {
      indicatorsByMeasure.set(indicator.measureId, [...(indicatorsByMeasure.get(indicator.measureId) ?? []), indicator.title]);
    }
  }
  const departmentText = (id: number): string => {
    const department = departments.get(id);
    return department ? `${department.number} ${department.name}` : String(id);
  };
  const sortKey = (measure: Measure): [number, string, string] => {
    const goal = goals.get(measure.goalId);
    const field = goal ? fields.get(goal.fieldOfActionId) : undefined;
    return [field?.sortOrder ?? Number.MAX_SAFE_INTEGER, goal?.number ?? '', measure.number ?? measure.title];
  };
  const byNumber = new Intl.Collator('de', { numeric: true });
  const ordered = [...catalogue.measures].sort((a, b) => {
    const [fieldA, goalA, measureA] = sortKey(a);
    const [fieldB, goalB, measureB] = sortKey(b);
    return fieldA - fieldB || byNumber.compare(goalA, goalB) || byNumber.compare(measureA, measureB);
  });
  return ordered.map((measure) => {
    const goal = goals.get(measure.goalId);
    const field = goal ? fields.get(goal.fieldOfActionId) : undefined;
    const concept = measure.sourceConceptId !== undefined ? concepts.get(measure.sourceConceptId) : undefined;
    return {
      number: measure.number ?? '',
      fieldOfAction: field?.title ?? '',
      goal: goal?.title ?? '',
      title: measure.title,
      leadDepartment: departmentText(measure.leadDepartmentId),
      involvedDepartments: measure.involvedDepartmentIds.map(departmentText).join('; '),
      sourceConcept: concept?.title ?? '',
      status: MeasureStatusChoices.toLabel(measure.status),
      indicators: (indicatorsByMeasure.get(measure.id) ?? []).join('\n'),
      description: measure.description ?? ''
    };
  });
}
