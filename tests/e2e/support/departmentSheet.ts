import type { Page } from 'playwright-core';
import type { RunningWorkbench } from './workbench';
import { createSpForToken } from '../../../src/data/sp/spFactory';
import { SiteLists } from '../../../src/data/sp/siteLists';
import { CatalogueRepository } from '../../../src/data/catalogueRepository';
import { DepartmentRepository } from '../../../src/data/departmentRepository';
import { IndicatorRepository } from '../../../src/data/indicatorRepository';
import { IndicatorValueRepository } from '../../../src/data/indicatorValueRepository';
import { ReportingYearRepository } from '../../../src/data/reportingYearRepository';
import { indicatorsOfYear } from '../../../src/app/indicatorEntry/sheetModelSource';
import { columnIndex } from '../../../src/indicatorSheet/sheetLayout';
import type { Indicator, IndicatorValue } from '../../../src/domain';

const coordinator = 'koordination@stadt.example';

/** A department's sheet as the repositories see it: the indicators of the measures it leads. */
export interface DepartmentSheet {
  readonly login: string;
  readonly departmentNumber: string;
  readonly indicators: Indicator[];
  /** The stored values of the sheet's indicators in `valueYear` (the year or the one before). */
  readonly valuesOf: (valueYear: number) => Map<number, IndicatorValue>;
}

/**
 * The first department contact of the workbench whose sheet for `year` suits the test, with the
 * repository of indicator values (read as the office) to check what the browser stored.
 */
export async function findDepartmentSheet(
  workbench: RunningWorkbench,
  year: number,
  suits: (sheet: DepartmentSheet) => boolean
): Promise<{ readonly sheet: DepartmentSheet | undefined; readonly values: IndicatorValueRepository }> {
  const siteUrl = `${workbench.url}/sites/integration`;
  const lists = new SiteLists(createSpForToken({ siteUrl, getToken: async () => coordinator }), '/sites/integration');
  const catalogue = new CatalogueRepository(lists);
  const values = new IndicatorValueRepository(lists);
  const [periods, departments, indicators] = await Promise.all([catalogue.planPeriods(), new DepartmentRepository(lists).departments(), new IndicatorRepository(lists).indicators()]);
  const period = periods.find((candidate) => candidate.startYear <= year && year <= candidate.endYear)!;
  const measures = await catalogue.measures(period.id);
  for (const user of workbench.users.filter((candidate) => candidate.role === 'department' && candidate.department)) {
    const department = departments.find((candidate) => candidate.number === user.department)!;
    const led = new Set(measures.filter((measure) => measure.leadDepartmentId === department.id).map((measure) => measure.id));
    const own = indicators.filter((indicator) => indicator.measureId !== undefined && led.has(indicator.measureId));
    const stored = await values.valuesOf(
      own.map((indicator) => indicator.id),
      [year - 1, year]
    );
    const sheet: DepartmentSheet = {
      login: user.login,
      departmentNumber: department.number,
      indicators: own,
      valuesOf: (valueYear) => new Map(stored.filter((value) => value.year === valueYear).map((value) => [value.indicatorId, value]))
    };
    if (suits(sheet)) {
      return { sheet, values };
    }
  }
  return { sheet: undefined, values };
}

/**
 * The office opens `year` as the dashboard's "Berichtsjahr eröffnen" does: every department's year
 * folder and an empty item per indicator, which the departments then fill in. Safe to repeat.
 */
export async function openReportingYearAsOffice(workbench: RunningWorkbench, year: number): Promise<void> {
  const lists = new SiteLists(createSpForToken({ siteUrl: `${workbench.url}/sites/integration`, getToken: async () => coordinator }), '/sites/integration');
  const [departments, indicators] = await Promise.all([
    new DepartmentRepository(lists).departments(),
    indicatorsOfYear({ catalogue: new CatalogueRepository(lists), indicators: new IndicatorRepository(lists) } as Parameters<typeof indicatorsOfYear>[0], year)
  ]);
  const result = await new ReportingYearRepository(lists).open({ year, state: 'open', departments, indicators });
  if (result.failures.length > 0) {
    throw new Error(`opening ${year} failed: ${result.failures.map((failure) => `${failure.department} ${failure.error.message}`).join('; ')}`);
  }
}

/** The indicator of each row of the in-page sheet (1-based like the matrix), matched by the title in its row header. */
export async function sheetRowIndicators(page: Page, indicators: readonly Indicator[]): Promise<Indicator[]> {
  const titles = await page.getByTestId('sheet-grid').locator('tbody th[scope="row"]').allInnerTexts();
  const remaining = [...indicators];
  return titles.map((title) => {
    const index = remaining.findIndex((indicator) => indicator.title === title.trim());
    expect(index).toBeGreaterThanOrEqual(0);
    return remaining.splice(index, 1)[0];
  });
}

/**
 * The in-page sheet holds exactly the department's indicators, each with last year's total (as
 * the German sheet shows it) for reference; answers the indicator of each row.
 */
export async function expectDepartmentRows(page: Page, sheet: DepartmentSheet, year: number): Promise<Indicator[]> {
  const rows = await sheetRowIndicators(page, sheet.indicators);
  expect(rows.map((indicator) => indicator.id).sort((a, b) => a - b)).toEqual(sheet.indicators.map((indicator) => indicator.id).sort((a, b) => a - b));
  const previous = sheet.valuesOf(year - 1);
  const previousColumn = columnIndex('previousTotal');
  for (const [index, indicator] of rows.entries()) {
    const last = previous.get(indicator.id);
    const shown = page.getByTestId('sheet-grid').locator(`[data-cell="${index + 1}:${previousColumn}"]`);
    await expect(shown.innerText()).resolves.toBe(last ? String(last.total).replace('.', ',') : '');
  }
  return rows;
}

/** Picks `year` in the Excel add-in's pane and opens it (replacing a sheet already open), until its sheet is written. */
export async function openYearInPane(page: Page, year: number): Promise<void> {
  await page.getByRole('combobox', { name: 'Berichtsjahr' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  await page.getByRole('button', { name: 'Jahr öffnen' }).click();
  const replace = page.getByRole('button', { name: 'Neu öffnen' });
  const opened = page.getByText(`Blatt „Kennzahlen ${year}“ mit`);
  await Promise.race([replace.waitFor({ timeout: 30_000 }), opened.waitFor({ timeout: 30_000 })]);
  if (await replace.isVisible()) {
    await replace.click();
  }
  await opened.waitFor({ timeout: 30_000 });
}
