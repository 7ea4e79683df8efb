import { Workbook } from 'exceljs';
import type { Department, Indicator, IndicatorValue, Measure } from '../../../../src/domain';
import { budgetProductFileName, budgetProductTable, BudgetProductLabels } from '../../../../src/app/indicatorDashboard/budgetProductExport';
import { writeBudgetProductWorkbook } from '../../../../src/app/indicatorDashboard/budgetProductWorkbook';

const labels: BudgetProductLabels = {
  product: 'Produkt (Produktplan)',
  indicator: 'Kennzahl',
  measure: 'Maßnahme',
  department: 'Fachbereich',
  unit: 'Einheit',
  target: 'Zielwert',
  corrections: 'Korrekturen',
  noProduct: 'ohne Produkt'
};

const indicator = (id: number, title: string, measureId: number, budgetProduct?: string): Indicator => ({
  id,
  title,
  measureId,
  departmentId: measureId === 1 ? 7 : 4,
  unit: 'Personen',
  direction: 'higherIsBetter',
  isGenderSplit: false,
  targetValue: 100,
  ...(budgetProduct !== undefined ? { budgetProduct } : {})
});
const measure = (id: number, number: string): Measure =>
  ({ id, number, title: `Maßnahme ${number}`, goalId: 1, planPeriodId: 1, leadDepartmentId: id === 1 ? 7 : 4, involvedDepartmentIds: [], status: 'inProgress' }) as unknown as Measure;
const departments: Department[] = [{ id: 7, number: '50', name: 'Soziales' } as Department, { id: 4, number: '40', name: 'Schule und Bildung' } as Department];

const indicators = [
  indicator(1, 'Teilnehmende Integrationskurse', 1, '1.31.01 Integration'),
  indicator(2, 'Lernförderung', 2, '1.21.01 Schulträgeraufgaben'),
  indicator(3, 'Dolmetscheinsätze', 1, '1.31.01 Integration'),
  indicator(4, 'Formulare in mehreren Sprachen', 2),
  indicator(5, 'Ehrenamtliche', 1, '1.3.01 Ehrenamt')
];
const values: IndicatorValue[] = [
  { indicatorId: 1, year: 2023, total: 540 },
  { indicatorId: 1, year: 2024, total: 580, isCorrection: true, correctionReason: 'Nachmeldung VHS' },
  { indicatorId: 2, year: 2024, total: 310 },
  { indicatorId: 3, year: 2023, total: 640 },
  { indicatorId: 4, year: 2022, total: 35 }
];
const source = { indicators, measures: [measure(1, '3.2'), measure(2, '1.10')], departments, values, years: [2024, 2023] };

describe('export of values per budget product', () => {
  it('groups indicators by product in the plan numbering, without product last, and a column per year', () => {
    const table = budgetProductTable(source, labels);
    expect(table.header).toEqual(['Produkt (Produktplan)', 'Kennzahl', 'Maßnahme', 'Fachbereich', 'Einheit', 'Zielwert', '2023', '2024', 'Korrekturen']);
    expect(table.groups.map((group) => group.product)).toEqual(['1.3.01 Ehrenamt', '1.21.01 Schulträgeraufgaben', '1.31.01 Integration', 'ohne Produkt']);
    expect(table.groups.map((group) => group.rows.map((row) => row[1]))).toEqual([
      ['Ehrenamtliche'],
      ['Lernförderung'],
      ['Dolmetscheinsätze', 'Teilnehmende Integrationskurse'],
      ['Formulare in mehreren Sprachen']
    ]);
  });

  it('fills the values per year, leaves unreported years empty, and lists corrections with their reason', () => {
    const integration = budgetProductTable(source, labels).groups[2];
    expect(integration.rows[1]).toEqual(['1.31.01 Integration', 'Teilnehmende Integrationskurse', '3.2 Maßnahme 3.2', '50 Soziales', 'Personen', 100, 540, 580, '2024: Nachmeldung VHS']);
    expect(integration.rows[0].slice(6)).toEqual([640, null, null]);
    // A value outside the exported years is not shown.
    expect(budgetProductTable(source, labels).groups[3].rows[0].slice(6)).toEqual([null, null, null]);
  });

  it('names the file after the years and the day', () => {
    expect(budgetProductFileName('Kennzahlen_nach_Produkten', [2021, 2025], new Date('2026-11-23T08:00:00Z'))).toBe('Kennzahlen_nach_Produkten_2021-2025_2026-11-23.xlsx');
  });

  it('writes a workbook whose rows keep the product in every row, grouped', async () => {
    const bytes = await writeBudgetProductWorkbook(budgetProductTable(source, labels), 'Nach Produkten');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nach Produkten')!;
    const products: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) {
        products.push(String(row.getCell(1).value));
      }
    });
    expect(products).toEqual(['1.3.01 Ehrenamt', '1.21.01 Schulträgeraufgaben', '1.31.01 Integration', '1.31.01 Integration', 'ohne Produkt']);
    expect(sheet.getRow(5).getCell(8).value).toBe(580);
    expect(sheet.getRow(1).getCell(9).value).toBe('Korrekturen');
  });
});
