import type { Concept, Department, FieldOfAction, Goal, Indicator, Measure } from '../../../src/domain';
import { catalogueImportKey, catalogueSheetRows, CatalogueColumn, catalogueColumns, CatalogueImportContext, CatalogueSheetRow, exportCatalogue, formulaSafeText } from '../../../src/catalogueImport';
import type { SheetRow } from '../../../src/catalogueImport';

/** A small catalogue of the demo city's 2nd update, as the site would hold it. */
export const planPeriod = { id: 2, updateNumber: 2 };

export const departments: Department[] = [
  { id: 1, number: '10', name: 'Personal und Organisation', groupName: 'FB 10 Mitglieder' },
  { id: 4, number: '40', name: 'Schule und Bildung', groupName: 'FB 40 Mitglieder' },
  { id: 6, number: '43', name: 'Volkshochschule', groupName: 'FB 43 Mitglieder' },
  { id: 7, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' },
  { id: 8, number: '51', name: 'Jugend und Familie', groupName: 'FB 51 Mitglieder' }
];

export const concepts: Concept[] = [
  { id: 1, title: 'Integration durch Konsens', year: 2008 },
  { id: 2, title: 'Integrationskonzept Flüchtlinge', year: 2016 }
];

export const fieldsOfAction: FieldOfAction[] = [
  { id: 11, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 2 },
  { id: 12, title: 'Arbeit', sortOrder: 2, planPeriodId: 2 }
];

export const goals: Goal[] = [
  { id: 21, title: 'Frühkindliche Sprachförderung und Bildungsbeteiligung stärken', number: '1.1', fieldOfActionId: 11, planPeriodId: 2 },
  { id: 22, title: 'Deutschkenntnisse Erwachsener verbessern', number: '1.3', fieldOfActionId: 11, planPeriodId: 2 },
  { id: 23, title: 'Interkulturelle Öffnung der Stadtverwaltung', number: '2.3', fieldOfActionId: 12, planPeriodId: 2 }
];

function measure(id: number, number: string, goalId: number, title: string, lead: number, rest: Partial<Measure> = {}): Measure {
  return {
    id,
    title,
    number,
    goalId,
    planPeriodId: 2,
    leadDepartmentId: lead,
    involvedDepartmentIds: [],
    sourceConceptId: 1,
    status: 'inProgress',
    importKey: `FS2-${number}`,
    etag: `"${id},3"`,
    ...rest
  };
}

export const measures: Measure[] = [
  measure(101, '1.1.1', 21, 'Alltagsintegrierte Sprachbildung in Kindertageseinrichtungen (Sprach-Kitas)', 8, { involvedDepartmentIds: [4], status: 'ongoing', description: 'Zusätzliche Fachkräfte für sprachliche Bildung.\nIn Kitas mit hohem Anteil mehrsprachiger Kinder.' }),
  measure(102, '1.1.2', 21, 'Elternprogramm „Rucksack KiTa“', 8, { involvedDepartmentIds: [6, 7] }),
  measure(103, '1.3.1', 22, 'Integrationskurse koordinieren', 6, { sourceConceptId: 2, status: 'implemented' }),
  measure(104, '2.3.1', 23, '=Vielfalt in Ausbildungsanzeigen', 1, { status: 'planned', sourceConceptId: undefined })
];

export const indicators: Indicator[] = [
  { id: 201, title: 'Kinder in Sprach-Kitas', measureId: 101, departmentId: 8, unit: 'Personen', direction: 'higherIsBetter', isGenderSplit: true },
  { id: 202, title: 'Anteil Kinder mit Sprachförderbedarf', measureId: 101, departmentId: 8, unit: 'Prozent', direction: 'lowerIsBetter', isGenderSplit: false },
  { id: 203, title: 'Teilnehmende Eltern', measureId: 102, departmentId: 8, unit: 'Personen', direction: 'higherIsBetter', isGenderSplit: true }
];

export const context: CatalogueImportContext = { planPeriod, departments, concepts, fieldsOfAction, goals, measures };
export const existing = { planPeriod, fieldsOfAction, goals, measures, indicators };

export function exportedRows(): CatalogueSheetRow[] {
  return catalogueSheetRows({ fieldsOfAction, goals, measures, departments, concepts, indicators });
}

export async function exportedFile(rows: readonly CatalogueSheetRow[] = exportedRows()): Promise<Uint8Array> {
  return exportCatalogue(rows);
}

/**
 * Rows of a sheet with the export's headers, built in memory as the export writes them (text
 * starting with a formula sign carries its apostrophe); row numbers start at 2 below the header.
 * Tests of typed formulas pass them through `typedRows`.
 */
export const headers = catalogueColumns.map((spec) => spec.header);

export function sheetRows(rows: readonly CatalogueSheetRow[]): SheetRow[] {
  return rows.map((row, index) => ({ row: index + 2, cells: catalogueColumns.map((spec) => formulaSafeText(row[spec.key as CatalogueColumn] ?? '')) }));
}

/** Rows as a user typed them into Excel, formulas included. */
export function typedRows(rows: readonly CatalogueSheetRow[]): SheetRow[] {
  return rows.map((row, index) => ({ row: index + 2, cells: catalogueColumns.map((spec) => row[spec.key as CatalogueColumn] ?? '') }));
}

export function validRow(overrides: CatalogueSheetRow = {}): CatalogueSheetRow {
  return {
    number: '1.1.9',
    fieldOfAction: 'Sprache und Bildung',
    goal: 'Frühkindliche Sprachförderung und Bildungsbeteiligung stärken',
    title: 'Vorlesepatenschaften in Familienzentren',
    leadDepartment: '51',
    involvedDepartments: '',
    sourceConcept: 'Integration durch Konsens',
    status: 'geplant',
    indicators: 'Vorlesestunden je Jahr',
    description: '',
    ...overrides
  };
}

export { catalogueImportKey };
