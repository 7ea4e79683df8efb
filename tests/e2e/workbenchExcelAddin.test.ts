import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { DepartmentSheet, findDepartmentSheet, openReportingYearAsOffice, sheetRowIndicators, expectDepartmentRows, openYearInPane } from './support/departmentSheet';
import type { RunningWorkbench } from './support/workbench';
import type { IndicatorValueRepository } from '../../src/data/indicatorValueRepository';
import { countsPersons, indicatorValueKey } from '../../src/domain';
import type { Indicator } from '../../src/domain';
import { columnIndex } from '../../src/indicatorSheet/sheetLayout';

const year = new Date().getFullYear();
const totalColumn = columnIndex('total');
const commentColumn = columnIndex('comment');
const femaleColumn = columnIndex('female');
const outcomeColumn = columnIndex('outcome');


/** "12,5" as the German sheet shows a number. */
function german(value: number): string {
  return String(value).replace('.', ',');
}

describe('local workbench: the Excel add-in journey of a department contact (in-page sheet)', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;
  let values: IndicatorValueRepository;
  let sheet: DepartmentSheet;

  beforeAll(async () => {
    workbench = session.workbench;
    // Departments fill in the items the office prepared when it opened the year.
    await openReportingYearAsOffice(workbench, year);
    // A contact whose department has enough indicators for the journey, one of them split by gender.
    let found: DepartmentSheet | undefined;
    ({ sheet: found, values } = await findDepartmentSheet(workbench, year, (candidate) => {
      const previous = candidate.valuesOf(year - 1);
      const withPrevious = candidate.indicators.filter((indicator) => (previous.get(indicator.id)?.total ?? 0) > 0);
      return candidate.indicators.length >= 5 && withPrevious.length >= 3 && candidate.indicators.some((indicator) => indicator.isGenderSplit);
    }));
    sheet = found!;
    expect(sheet).toBeDefined();
  }, 120_000);

  beforeEach(() => {
    page = session.page;
  });

  async function openPane(): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(sheet.login)}&view=excel`);
    await page.getByRole('heading', { name: 'Kennzahlen erfassen' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Jahr öffnen' }).waitFor();
  }

  const openYear = (valueYear: number): Promise<void> => openYearInPane(page, valueYear);

  const cell = (row: number, column: number) => page.getByTestId('sheet-grid').locator(`[data-cell="${row}:${column}"]`);

  const sheetRows = (): Promise<Indicator[]> => sheetRowIndicators(page, sheet.indicators);

  /** Pastes tab/newline separated text into a cell, as a spreadsheet's clipboard delivers it. */
  async function paste(row: number, column: number, text: string): Promise<void> {
    await cell(row, column).focus();
    await cell(row, column).evaluate((input, clipboard) => {
      const data = new DataTransfer();
      data.setData('text/plain', clipboard);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async function type(row: number, column: number, text: string): Promise<void> {
    await cell(row, column).fill(text);
    await cell(row, column).press('Tab');
  }

  it('opens the year, checks pasted values in place, submits them with progress and shows them again after reopening', async () => {
    await openPane();
    await screenshot(page, 'excel-addin-start-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await openYear(year);
    // Exactly the department's indicators, with last year's values for reference.
    const rows = await expectDepartmentRows(page, sheet, year);
    const previous = sheet.valuesOf(year - 1);
    // Gender cells exist only where the indicator is split by gender.
    for (const [index, indicator] of rows.entries()) {
      await expect(cell(index + 1, femaleColumn).evaluate((element) => element.tagName)).resolves.toBe(indicator.isGenderSplit ? 'INPUT' : 'TD');
    }
    await screenshot(page, 'excel-addin-sheet-opened-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Plan: every row gets a plausible value, four rows get a mistake each.
    const intended = rows.map((indicator) => previous.get(indicator.id)?.total ?? (countsPersons(indicator) ? 7 : 2.5));
    const text = 0;
    const negative = 1;
    const jump = rows.findIndex((indicator, index) => index > 1 && (previous.get(indicator.id)?.total ?? 0) > 0);
    const split = rows.findIndex((indicator, index) => index > 1 && index !== jump && indicator.isGenderSplit);
    expect(jump).toBeGreaterThan(1);
    expect(split).toBeGreaterThan(1);
    intended[jump] = Math.round(previous.get(rows[jump].id)!.total * 3 + 10);
    const pasted = intended.map((value, index) => (index === text ? 'viele' : index === negative ? '-5' : german(value)));
    await paste(1, totalColumn, `${pasted.join('\r\n')}\r\n`);
    await expect(cell(1, totalColumn).inputValue()).resolves.toBe('viele');
    await expect(cell(rows.length, totalColumn).inputValue()).resolves.toBe(pasted[rows.length - 1]);
    // Parts that do not add up to the total.
    await paste(split + 1, femaleColumn, '1\t1\t0\t0');

    await page.getByRole('button', { name: 'Prüfen' }).click();
    const problems = page.getByTestId('sheet-problems');
    await problems.waitFor();
    const invalid = async (row: number, column: number): Promise<string | null> => cell(row, column).getAttribute('aria-invalid');
    await expect(invalid(text + 1, totalColumn)).resolves.toBe('true');
    await expect(invalid(negative + 1, totalColumn)).resolves.toBe('true');
    await expect(invalid(jump + 1, commentColumn)).resolves.toBe('true');
    await expect(page.getByTestId('sheet-grid').locator(`tr:nth-child(${split + 1}) [aria-invalid="true"]`).count()).resolves.toBeGreaterThan(0);
    const items = problems.getByRole('listitem');
    expect(await items.count()).toBeGreaterThanOrEqual(4);
    await expect(items.first().innerText()).resolves.toMatch(/^Zeile 2, Gesamt: .*Text/);
    // The reason is attached to the cell for screen readers.
    const describedBy = await cell(text + 1, totalColumn).getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toContain('Text');
    await expect(page.getByRole('button', { name: 'Absenden' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'excel-addin-problems-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A problem in the list takes the user to its cell.
    await items.nth(1).getByRole('button').click();
    await page.waitForFunction((target) => document.activeElement?.getAttribute('data-cell') === target, `${negative + 1}:${totalColumn}`, { timeout: 10_000 });

    await type(text + 1, totalColumn, german(intended[text]));
    await type(negative + 1, totalColumn, german(intended[negative]));
    await type(jump + 1, commentColumn, 'Zusätzliche Kurse im Herbst.');
    await paste(split + 1, femaleColumn, `${intended[split]}\t0\t0\t0`);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(`Keine Probleme gefunden: ${rows.length} Werte können gesendet werden.`).waitFor();
    await expect(page.getByTestId('sheet-grid').locator('[aria-invalid="true"]').count()).resolves.toBe(0);

    // Slow answers, so the progress of the submit can be seen.
    await workbench.injectFault({ latencyMs: 1500, count: 2, path: '\\$batch' });
    await page.getByRole('button', { name: 'Absenden' }).click();
    // The bar has no width at 0 %; its label says how far the submit is.
    await page.getByText(new RegExp(`^Wird gesendet: \\d+ von ${rows.length} Werten$`)).first().waitFor({ timeout: 10_000 });
    await page.getByRole('progressbar').waitFor({ state: 'attached' });
    await screenshot(page, 'excel-addin-submitting-de');
    await page.getByText(`Gesendet: ${rows.length} gespeichert, 0 aktualisiert, 0 unverändert.`).waitFor({ timeout: 30_000 });
    for (let row = 1; row <= rows.length; row++) {
      await expect(cell(row, outcomeColumn).innerText()).resolves.toBe('Gespeichert');
    }
    await screenshot(page, 'excel-addin-submitted-de');

    const stored = await values.valuesOf(
      rows.map((indicator) => indicator.id),
      [year]
    );
    expect(new Map(stored.map((value) => [value.indicatorId, value.total]))).toEqual(new Map(rows.map((indicator, index) => [indicator.id, intended[index]])));
    expect(stored.find((value) => value.indicatorId === rows[jump].id)?.comment).toBe('Zusätzliche Kurse im Herbst.');
    expect(stored.find((value) => value.indicatorId === rows[split].id)).toEqual(expect.objectContaining({ female: intended[split], male: 0, diverse: 0, notStated: 0 }));

    // Reopening Excel (a reload keeps the workbook) and the year shows what is stored.
    await page.reload();
    await page.getByRole('button', { name: 'Jahr öffnen' }).waitFor({ timeout: 30_000 });
    await openYear(year);
    const reopened = await sheetRows();
    for (const [index, indicator] of reopened.entries()) {
      await expect(cell(index + 1, totalColumn).inputValue()).resolves.toBe(german(intended[rows.indexOf(indicator)]));
      await expect(cell(index + 1, outcomeColumn).innerText()).resolves.toBe('');
    }
    // A second submit of the same sheet changes nothing.
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText(`Gesendet: 0 gespeichert, 0 aktualisiert, ${rows.length} unverändert.`).waitFor({ timeout: 30_000 });
  });

  it('shows a value someone else changed meanwhile as a conflict per cell and applies the choice: mine or theirs', async () => {
    const reportYear = year - 1;
    const storedBefore = sheet.valuesOf(reportYear);
    await openPane();
    await openYear(reportYear);
    const rows = await sheetRows();
    const changed = rows.map((indicator, index) => ({ indicator, index, stored: storedBefore.get(indicator.id) })).filter((row) => row.stored && !row.indicator.isGenderSplit);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    const [keep, take] = changed;
    // Small changes in the sheet (no comment needed) …
    const mine = (row: typeof keep): number => row.stored!.total + 1;
    await type(keep.index + 1, totalColumn, german(mine(keep)));
    await type(take.index + 1, totalColumn, german(mine(take)));
    // … while the office corrects both values through SharePoint.
    const theirs = (row: typeof keep): number => row.stored!.total + 2;
    const results = await values.write(
      [keep, take].map((row) => ({
        action: 'update' as const,
        key: indicatorValueKey(row.indicator.id, reportYear),
        value: { ...row.stored!, total: theirs(row) },
        existing: row.stored!
      }))
    );
    expect(results.map((result) => result.kind)).toEqual(['updated', 'updated']);

    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(/^Keine Probleme gefunden/).waitFor();
    await page.getByRole('button', { name: 'Absenden' }).click();
    const conflicts = page.getByTestId('sheet-conflicts');
    await conflicts.waitFor({ timeout: 30_000 });
    await expect(conflicts.getByRole('listitem').count()).resolves.toBe(2);
    await expect(conflicts.innerText()).resolves.toContain(`${keep.indicator.title}: Ihr Wert ${mine(keep).toLocaleString('de-DE')}, dort gespeichert ${theirs(keep).toLocaleString('de-DE')}`);
    await expect(cell(keep.index + 1, outcomeColumn).innerText()).resolves.toMatch(/^Konflikt/);
    await screenshot(page, 'excel-addin-conflicts-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing was overwritten.
    const during = await values.valuesOf([keep.indicator.id, take.indicator.id], [reportYear]);
    expect(during.map((value) => value.total)).toEqual([keep, take].sort((a, b) => a.indicator.id - b.indicator.id).map(theirs));

    await conflicts.getByRole('button', { name: `Meinen behalten: ${keep.indicator.title}` }).click();
    await conflicts.getByRole('button', { name: `Ihren übernehmen: ${take.indicator.title}` }).click();
    await page.getByText(/^Gesendet: 0 gespeichert, 1 aktualisiert/).waitFor({ timeout: 30_000 });
    await expect(cell(take.index + 1, totalColumn).inputValue()).resolves.toBe(german(theirs(take)));
    const after = new Map((await values.valuesOf([keep.indicator.id, take.indicator.id], [reportYear])).map((value) => [value.indicatorId, value.total]));
    expect(after.get(keep.indicator.id)).toBe(mine(keep));
    expect(after.get(take.indicator.id)).toBe(theirs(take));
    await screenshot(page, 'excel-addin-conflicts-decided-de');
  });
  it('serves the task pane page with office.js, which outside Office starts the pane on the in-page sheet', async () => {
    const officeJs = await fetch(`${workbench.url}/excel/office/office.js`);
    expect(officeJs.status).toBe(200);
    await page.goto(`${workbench.url}/excel/taskpane.html?user=${encodeURIComponent(sheet.login)}`);
    await page.getByRole('heading', { name: 'Kennzahlen erfassen' }).waitFor({ timeout: 30_000 });
    await expect(page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).resolves.toBe('object');
    await page.getByText('Noch kein Blatt geöffnet.').waitFor();
    await openYear(year - 1);
    await expect(page.getByTestId('sheet-grid').locator('tbody tr').count()).resolves.toBe(sheet.indicators.length);
    await screenshot(page, 'excel-taskpane-outside-office-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
  it('keeps a submit that failed on the network in the workbook and resumes it after reopening, without duplicates', async () => {
    const reportYear = year - 1;
    await openPane();
    await openYear(reportYear);
    const rows = await sheetRows();
    const index = rows.findIndex((indicator) => !indicator.isGenderSplit && sheet.valuesOf(reportYear).has(indicator.id));
    const current = Number((await cell(index + 1, totalColumn).inputValue()).replace(',', '.'));
    const corrected = current + 1;
    await type(index + 1, totalColumn, german(corrected));
    await type(index + 1, commentColumn, 'Nachmeldung nach Prüfung.');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(/^Keine Probleme gefunden/).waitFor();

    // SharePoint stays unavailable beyond the client's retries.
    await workbench.injectFault({ status: 503, retryAfter: 0, count: 50, path: '\\$batch' });
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText(/Nicht gespeichert: 1 Werte|Das Senden wurde unterbrochen/).first().waitFor({ timeout: 30_000 });
    await workbench.clearFaults();
    await screenshot(page, 'excel-addin-submit-failed-de');
    expect((await values.valuesOf([rows[index].id], [reportYear]))[0].total).toBe(current);

    // Excel closed and opened again: the pending submit is found in the workbook.
    await page.reload();
    const resume = page.getByTestId('resume-submit');
    await resume.waitFor({ timeout: 30_000 });
    const found = /\((\d+) von (\d+) Werten erledigt\)/.exec(await page.getByText(`Ein Senden für ${reportYear} wurde nicht abgeschlossen`).innerText());
    // Everything but the corrected value was settled (unchanged) before the network failed.
    expect(Number(found![1])).toBe(Number(found![2]) - 1);
    await expect(cell(index + 1, outcomeColumn).innerText()).resolves.toMatch(/^Nicht gespeichert/);
    await resume.click();
    await page.getByText(/^Gesendet: 0 gespeichert, 1 aktualisiert, \d+ unverändert\.$/).waitFor({ timeout: 30_000 });
    const stored = await values.valuesOf([rows[index].id], [reportYear]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toEqual(expect.objectContaining({ total: corrected, comment: 'Nachmeldung nach Prüfung.' }));
    await expect(page.getByTestId('resume-submit').count()).resolves.toBe(0);
  });
});
