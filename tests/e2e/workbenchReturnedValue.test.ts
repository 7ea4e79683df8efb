import fs from 'node:fs';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { DepartmentSheet, findDepartmentSheet, openYearInPane } from './support/departmentSheet';
import type { RunningWorkbench } from './support/workbench';
import type { IndicatorValueRepository } from '../../src/data/indicatorValueRepository';
import { ValueReviewRepository } from '../../src/data/valueReviewRepository';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import type { Indicator, IndicatorValue, ValueReview } from '../../src/domain';
import { indicatorValueKey, latestReviews, reviewStatusOf } from '../../src/domain';
import { columnIndex, SheetColumnKey } from '../../src/indicatorSheet/sheetLayout';

const coordinator = 'koordination@stadt.example';
/** Last year: open, and the demo departments have reported values in it. */
const year = new Date().getFullYear() - 1;

/** "12,5" as the German sheet shows a number. */
function german(value: number): string {
  return String(value).replace('.', ',');
}

describe('local workbench: the office returns a value, the department corrects and resubmits it', () => {
  const session = useWorkbenchSession({ acceptDownloads: true });
  let workbench: RunningWorkbench;
  let page: Page;
  let values: IndicatorValueRepository;
  let reviews: ValueReviewRepository;
  let contact: DepartmentSheet;
  /** Two stored values of the contact's sheet, not split by gender: one for the web part, one for the add-in. */
  let forUpload: { indicator: Indicator; stored: IndicatorValue };
  let forPane: { indicator: Indicator; stored: IndicatorValue };

  beforeAll(async () => {
    workbench = session.workbench;
    // Setup reads as the office; the decisions themselves are made on the dashboard.
    reviews = new ValueReviewRepository(new SiteLists(createSpForToken({ siteUrl: `${workbench.url}/sites/integration`, getToken: async () => coordinator }), '/sites/integration'));
    const latest = latestReviews(await reviews.reviewsOf(year));
    const isSubmitted = (value: IndicatorValue | undefined): value is IndicatorValue =>
      value !== undefined && value.total >= 10 && reviewStatusOf(value, latest.get(indicatorValueKey(value.indicatorId, year))).state === 'submitted';
    const candidates = (candidate: DepartmentSheet): Indicator[] => candidate.indicators.filter((indicator) => !indicator.isGenderSplit && isSubmitted(candidate.valuesOf(year).get(indicator.id)));
    let found: DepartmentSheet | undefined;
    ({ sheet: found, values } = await findDepartmentSheet(workbench, year, (candidate) => candidates(candidate).length >= 2));
    contact = found!;
    expect(contact).toBeDefined();
    const [first, second] = candidates(contact);
    forUpload = { indicator: first, stored: contact.valuesOf(year).get(first.id)! };
    forPane = { indicator: second, stored: contact.valuesOf(year).get(second.id)! };
  }, 120_000);

  beforeEach(() => {
    page = session.page;
  });

  /** The current version of a value. */
  async function current(indicator: Indicator): Promise<IndicatorValue> {
    const [value] = await values.valuesOf([indicator.id], [year]);
    return value;
  }

  /** The office's latest decision on a value. */
  async function decisionOf(indicator: Indicator): Promise<ValueReview | undefined> {
    return latestReviews(await reviews.reviewsOf(year)).get(indicatorValueKey(indicator.id, year));
  }

  /** The office's review list on the dashboard: the year's submitted values of the contact's department. */
  async function openReviewAsOffice(): Promise<ReturnType<Page['getByTestId']>> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=indicatorDashboard`);
    await page.getByTestId('indicator-series').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: /^Wertprüfung \(\d+\)$/ }).click();
    const table = page.getByTestId(`review-table-${contact.departmentNumber}`);
    await table.waitFor({ timeout: 30_000 });
    return table;
  }

  async function returnAsOffice(indicator: Indicator, comment: string): Promise<void> {
    const table = await openReviewAsOffice();
    await table.getByRole('button', { name: `Zurückgeben: ${indicator.title} (${year}), mit Kommentar` }).click();
    const dialog = page.getByRole('dialog', { name: 'Wert zurückgeben' });
    await dialog.getByRole('textbox', { name: /Kommentar für den Fachbereich/ }).fill(comment);
    await dialog.getByRole('button', { name: 'Zurückgeben', exact: true }).click();
    await page.getByTestId('review-notice').getByText(`Zurückgegeben: ${indicator.title}.`, { exact: false }).waitFor({ timeout: 30_000 });
    expect(await decisionOf(indicator)).toEqual(expect.objectContaining({ decision: 'returned', comment, reviewedETag: (await current(indicator)).etag }));
  }

  async function acceptAsOffice(indicator: Indicator): Promise<void> {
    const table = await openReviewAsOffice();
    await table.getByRole('button', { name: `Annehmen: ${indicator.title} (${year})` }).click();
    await page.getByTestId('review-notice').getByText(`Angenommen (1): ${indicator.title}.`).waitFor({ timeout: 30_000 });
    expect(await decisionOf(indicator)).toEqual(expect.objectContaining({ decision: 'accepted', reviewedETag: (await current(indicator)).etag }));
  }

  async function openEntry(): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contact.login)}&view=indicatorEntry&item=year-${year}`);
    await page.getByRole('heading', { name: 'Kennzahlen erfassen' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('entry-review-table').waitFor({ timeout: 30_000 });
  }

  /** The review table's row of an indicator (its title is the row header). */
  const reviewRow = (indicator: Indicator) => page.getByTestId('entry-review-table').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: indicator.title, exact: true }) });

  it('shows the returned value with the office comment in the entry web part and its .xlsx, takes the corrected file, and shows the acceptance', async () => {
    const comment = 'Bitte die Zahl laut Jahresstatistik prüfen – sie weicht vom Haushaltsplan ab.';
    await returnAsOffice(forUpload.indicator, comment);

    await openEntry();
    const row = reviewRow(forUpload.indicator);
    await expect(row.locator('[data-review-state]').getAttribute('data-review-state')).resolves.toBe('returned');
    await expect(row.innerText()).resolves.toContain('zurückgegeben');
    // The comment is text in its own cell, read with the row by a screen reader.
    await expect(row.locator('td').last().innerText()).resolves.toBe(comment);
    await expect(page.getByTestId('entry-returned').innerText()).resolves.toMatch(/\d+ Werte? zurückgegeben – bitte prüfen und erneut einreichen\./);
    await expect(page.getByRole('columnheader', { name: 'Hinweis der Koordinierungsstelle' }).count()).resolves.toBe(1);
    await screenshot(page, 'returned-value-entry-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The downloaded template marks the row and carries the comment.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' }).click()]);
    const bytes = fs.readFileSync((await download.path())!);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(`Kennzahlen ${year}`)!;
    let excelRow = 0;
    sheet.eachRow((candidate, number) => {
      if (candidate.getCell(columnIndex('indicatorId') + 1).value === forUpload.indicator.id) excelRow = number;
    });
    expect(excelRow).toBeGreaterThan(1);
    const cell = (key: SheetColumnKey) => sheet.getRow(excelRow).getCell(columnIndex(key) + 1);
    expect(cell('reviewState').value).toBe('⚠ zurückgegeben');
    expect(cell('reviewComment').value).toBe(comment);
    expect((cell('indicator').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFEB9C');

    // Corrected in "Excel"; what the user typed into the review columns is not read.
    const corrected = forUpload.stored.total + 1;
    cell('total').value = corrected;
    cell('comment').value = 'Nach Jahresstatistik korrigiert.';
    cell('reviewState').value = '✓ angenommen';
    cell('reviewComment').value = 'erledigt';
    const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await page.getByLabel('Ausgefüllte Vorlage (.xlsx)').setInputFiles({ name: 'Kennzahlen_korrigiert.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await page.getByText(/^Keine Probleme in „Kennzahlen_korrigiert\.xlsx“/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Absenden', exact: true }).click();
    await page.getByText(/^Gesendet: 0 gespeichert, 1 aktualisiert, \d+ unverändert\.$/).waitFor({ timeout: 30_000 });
    // A new version: submitted again, the old comment no longer applies.
    await page.waitForFunction((title) => {
      const rows = [...document.querySelectorAll('[data-testid="entry-review-table"] tbody tr')];
      const found = rows.find((candidate) => candidate.querySelector('th')?.textContent === title);
      return found?.querySelector('[data-review-state]')?.getAttribute('data-review-state') === 'submitted';
    }, forUpload.indicator.title, { timeout: 30_000 });
    await expect(reviewRow(forUpload.indicator).locator('td').last().innerText()).resolves.toBe('');
    expect(await current(forUpload.indicator)).toEqual(expect.objectContaining({ total: corrected, comment: 'Nach Jahresstatistik korrigiert.' }));

    // The office accepts the corrected version; the department sees it accepted.
    await acceptAsOffice(forUpload.indicator);
    await openEntry();
    await expect(reviewRow(forUpload.indicator).locator('[data-review-state]').getAttribute('data-review-state')).resolves.toBe('accepted');
    await expect(reviewRow(forUpload.indicator).innerText()).resolves.toContain('angenommen');
    await page.getByText(`Angenommene Werte können Sie ändern, solange das Jahr ${year} offen ist.`, { exact: false }).waitFor();
    await screenshot(page, 'returned-value-accepted-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists the returned value with its comment in the Excel add-in and resubmits it from the pane', async () => {
    const comment = 'Bitte nur abgeschlossene Fälle zählen.';
    await returnAsOffice(forPane.indicator, comment);

    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contact.login)}&view=excel`);
    await page.getByRole('button', { name: 'Jahr öffnen' }).waitFor({ timeout: 30_000 });
    await openYearInPane(page, year);

    const returned = page.getByTestId('pane-returned');
    await returned.waitFor();
    const item = returned.getByRole('listitem').filter({ hasText: forPane.indicator.title });
    await expect(item.innerText()).resolves.toContain(`Hinweis der Koordinierungsstelle: ${comment}`);
    await expect(returned.innerText()).resolves.toMatch(/\d+ Werte? zurückgegeben – bitte prüfen und erneut einreichen/);
    // The sheet's review columns say the same.
    const titles = await page.getByTestId('sheet-grid').locator('tbody th[scope="row"]').allInnerTexts();
    const sheetRow = titles.findIndex((title) => title.trim() === forPane.indicator.title) + 1;
    expect(sheetRow).toBeGreaterThan(0);
    const gridCell = (column: number) => page.getByTestId('sheet-grid').locator(`[data-cell="${sheetRow}:${column}"]`);
    await expect(gridCell(columnIndex('reviewState')).innerText()).resolves.toBe('⚠ zurückgegeben');
    await expect(gridCell(columnIndex('reviewComment')).innerText()).resolves.toBe(comment);
    await screenshot(page, 'returned-value-excel-addin-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The list takes the user to the value's cell; the corrected value is sent like any other.
    await item.getByRole('button', { name: `Zur Zeile im Blatt: ${forPane.indicator.title}` }).click();
    await page.waitForFunction((target) => document.activeElement?.getAttribute('data-cell') === target, `${sheetRow}:${columnIndex('total')}`, { timeout: 10_000 });
    const corrected = forPane.stored.total - 1;
    await gridCell(columnIndex('total')).fill(german(corrected));
    await gridCell(columnIndex('total')).press('Tab');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(/^Keine Probleme gefunden/).waitFor();
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText(/^Gesendet: 0 gespeichert, 1 aktualisiert, \d+ unverändert\.$/).waitFor({ timeout: 30_000 });
    await expect(gridCell(columnIndex('reviewState')).innerText()).resolves.toBe('eingereicht');
    await expect(returned.getByRole('listitem').filter({ hasText: forPane.indicator.title }).count()).resolves.toBe(0);
    expect((await current(forPane.indicator)).total).toBe(corrected);
    await screenshot(page, 'returned-value-excel-resubmitted-de');

    // The office returns the new version too; Excel opened again (the workbook is kept) learns of it without reopening the year.
    const again = 'Bitte die Zahl mit der Kursstatistik belegen.';
    await returnAsOffice(forPane.indicator, again);
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contact.login)}&view=excel`);
    await page.getByTestId('pane-returned').getByRole('listitem').filter({ hasText: forPane.indicator.title }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('pane-returned').innerText()).resolves.toContain(`Hinweis der Koordinierungsstelle: ${again}`);
    await expect(gridCell(columnIndex('reviewState')).innerText()).resolves.toBe('⚠ zurückgegeben');
    await expect(gridCell(columnIndex('reviewComment')).innerText()).resolves.toBe(again);
  });
});
