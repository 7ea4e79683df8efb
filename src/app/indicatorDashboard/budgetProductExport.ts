import type { Department, Indicator, IndicatorValue, Measure } from '../../domain';

/** Column titles of the export, in the UI language. */
export interface BudgetProductLabels {
  readonly product: string;
  readonly indicator: string;
  readonly measure: string;
  readonly department: string;
  readonly unit: string;
  readonly target: string;
  readonly corrections: string;
  /** The group of indicators without a budget product. */
  readonly noProduct: string;
}

export type ExportCell = string | number | null;

export interface BudgetProductGroup {
  readonly product: string;
  /** One row per indicator: product, indicator, measure, department, unit, target, one total per year, corrections. */
  readonly rows: readonly ExportCell[][];
}

export interface BudgetProductTable {
  readonly header: readonly string[];
  readonly years: readonly number[];
  readonly groups: readonly BudgetProductGroup[];
}

export interface BudgetProductSource {
  readonly indicators: readonly Indicator[];
  readonly measures: readonly Measure[];
  readonly departments: readonly Department[];
  readonly values: readonly IndicatorValue[];
  /** Ascending. */
  readonly years: readonly number[];
}

/**
 * The values per budget product (Produktplan) and year, as the finance side reads them: grouped
 * by product in the plan's numbering (1.21.01 before 1.31.01), indicators without a product last.
 * A year without a reported value stays empty; corrections of locked years are listed with their
 * reason, so the export says which numbers changed after reporting.
 */
export function budgetProductTable(source: BudgetProductSource, labels: BudgetProductLabels): BudgetProductTable {
  const years = [...source.years].sort((a, b) => a - b);
  const measures = new Map(source.measures.map((measure) => [measure.id, measure]));
  const departments = new Map(source.departments.map((department) => [department.id, department]));
  const valueOf = new Map(source.values.map((value) => [`${value.indicatorId}-${value.year}`, value]));

  const byProduct = new Map<string, Indicator[]>();
  for (const indicator of source.indicators) {
    const product = indicator.budgetProduct?.trim() ?? '';
    byProduct.set(product, [...(byProduct.get(product) ?? []), indicator]);
  }
  const products = [...byProduct.keys()].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || a.localeCompare(b, 'de', { numeric: true }));

  const groups = products.map((product): BudgetProductGroup => {
    const label = product === '' ? labels.noProduct : product;
    const indicators = [...byProduct.get(product)!].sort((a, b) => {
      const ma = a.measureId !== undefined ? measures.get(a.measureId)?.number ?? '' : '';
      const mb = b.measureId !== undefined ? measures.get(b.measureId)?.number ?? '' : '';
      return ma.localeCompare(mb, 'de', { numeric: true }) || a.title.localeCompare(b.title, 'de');
    });
    const rows = indicators.map((indicator): ExportCell[] => {
      const measure = indicator.measureId !== undefined ? measures.get(indicator.measureId) : undefined;
      const department = departments.get(indicator.departmentId);
      const perYear = years.map((year) => valueOf.get(`${indicator.id}-${year}`));
      const corrections = perYear
        .filter((value): value is IndicatorValue => value?.isCorrection === true)
        .map((value) => `${value.year}: ${value.correctionReason ?? ''}`.trim())
        .join('; ');
      return [
        label,
        indicator.title,
        measure ? [measure.number, measure.title].filter(Boolean).join(' ') : null,
        department ? `${department.number} ${department.name}` : null,
        indicator.unit || null,
        indicator.targetValue ?? null,
        ...perYear.map((value) => value?.total ?? null),
        corrections === '' ? null : corrections
      ];
    });
    return { product: label, rows };
  });

  return {
    header: [labels.product, labels.indicator, labels.measure, labels.department, labels.unit, labels.target, ...years.map(String), labels.corrections],
    years,
    groups
  };
}

/** `Kennzahlen_nach_Produkten_2021-2025_2026-11-23.xlsx`. */
export function budgetProductFileName(prefix: string, years: readonly number[], today: Date): string {
  const span = years.length > 0 ? `_${Math.min(...years)}-${Math.max(...years)}` : '';
  return `${prefix}${span}_${today.toISOString().slice(0, 10)}.xlsx`;
}

/** The .xlsx of the table and its file name; the spreadsheet library is loaded only when someone exports. */
export async function budgetProductWorkbookFile(
  source: BudgetProductSource,
  labels: BudgetProductLabels,
  names: { readonly sheet: string; readonly filePrefix: string },
  today: Date
): Promise<{ readonly content: Blob; readonly fileName: string }> {
  const table = budgetProductTable(source, labels);
  const { writeBudgetProductWorkbook } = await import(/* webpackChunkName: 'budget-product-xlsx' */ './budgetProductWorkbook');
  const bytes = await writeBudgetProductWorkbook(table, names.sheet);
  return {
    content: new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName: budgetProductFileName(names.filePrefix, table.years, today)
  };
}
