import fs from 'node:fs';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { DepartmentSheet, findDepartmentSheet } from './support/departmentSheet';
import type { RunningWorkbench } from './support/workbench';
import { createProductServices } from '../../src/hosts/productServices';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import type { ProductServices } from '../../src/app/services';
import { loadDashboard } from '../../src/app/indicatorDashboard/dashboardData';
import { goalOfIndicator } from '../../src/app/indicatorDashboard/dashboardModel';
import type { Indicator, IndicatorValue } from '../../src/domain';
import { columnIndex, SheetColumnKey } from '../../src/indicatorSheet/sheetLayout';

const coordinator = 'koordination@stadt.example';
/** Values are collected for last year; the office locks it here, as it does once the values are reported. */
const year = new Date().getFullYear() - 1;
const reason = 'Nachmeldung der Außenstelle Nord nach der Sperrung';
const german = (n: number): string => n.toLocaleString('de-DE');

/**
 * The correction journey of a locked year: a department contact changes a value in the uploaded
 * sheet, which files a correction request instead of writing the value; the office accepts it on
 * the dashboard, which then shows the value as corrected (who, when, why) and the value before.
 */
describe('local workbench: correction request of a locked year, from the department to the office', () => {
  const session = useWorkbenchSession({ acceptDownloads: true });
  let workbench: RunningWorkbench;
  let page: Page;
  let office: ProductServices;
  let contact: DepartmentSheet;
  let indicator: Indicator;
  let before: IndicatorValue;

  beforeAll(async () => {
    workbench = session.workbench;
    const siteUrl = `${workbench.url}/sites/integration`;
    const getToken = async (): Promise<string> => coordinator;
    office = createProductServices({ siteUrl, sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: workbench.url, getToken }), locale: 'de-DE' });
    await office.reportingYears.lock(year, (await office.users.currentUser()).siteUserId);
    const { sheet } = await findDepartmentSheet(workbench, year, (candidate) => candidate.indicators.some((item) => !item.isGenderSplit && candidate.valuesOf(year).has(item.id)));
    contact = sheet!;
    expect(contact).toBeDefined();
    indicator = contact.indicators.find((item) => !item.isGenderSplit && contact.valuesOf(year).has(item.id))!;
    before = contact.valuesOf(year).get(indicator.id)!;
  }, 120_000);

  beforeEach(() => {
    page = session.page;
  });

  async function downloadTemplate(): Promise<{ workbook: Workbook; sheet: Worksheet; row: number }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' }).click()]);
    const bytes = fs.readFileSync((await download.path())!);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(`Kennzahlen ${year}`)!;
    let row = 0;
    for (let excelRow = 2; excelRow <= sheet.rowCount; excelRow++) {
      if (sheet.getRow(excelRow).getCell(columnIndex('indicatorId') + 1).value === indicator.id) {
        row = excelRow;
      }
    }
    expect(row).toBeGreaterThan(1);
    return { workbook, sheet, row };
  }

  const cell = (sheet: Worksheet, row: number, key: SheetColumnKey) => sheet.getRow(row).getCell(columnIndex(key) + 1);

  it('files the department’s change as a request: the value stays, the office sees it and accepts it, and the dashboard shows the correction and the value before', async () => {
    // The department changes the value in its sheet of the locked year.
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contact.login)}&view=indicatorEntry&item=year-${year}`);
    await page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' }).waitFor({ timeout: 30_000 });
    const template = await downloadTemplate();
    const requested = before.total + 3;
    cell(template.sheet, template.row, 'total').value = requested;
    cell(template.sheet, template.row, 'comment').value = reason;
    const buffer = Buffer.from((await template.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await page.getByLabel('Ausgefüllte Vorlage (.xlsx)').setInputFiles({ name: 'Korrektur.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await page.getByText(/^Keine Probleme in „Korrektur\.xlsx“/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Absenden', exact: true }).click();
    await page.getByText(/^Gesendet: 0 gespeichert, 0 aktualisiert, \d+ unverändert\. 1 Korrekturantrag gestellt – die Koordinierungsstelle entscheidet\.$/).waitFor({ timeout: 30_000 });
    const outcome = page.getByTestId('entry-outcomes').locator('tbody tr').filter({ hasText: indicator.title });
    await expect(outcome.locator('td').last().innerText()).resolves.toBe('Korrekturantrag gestellt – die Koordinierungsstelle entscheidet');
    await screenshot(page, 'correction-request-filed-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing written to the value; the request waits for the office.
    expect((await office.indicatorValues.valuesOf([indicator.id], [year]))[0]).toMatchObject({ total: before.total, etag: before.etag });

    // The next download shows the open request on that value, so nobody files it again unawares.
    const again = await downloadTemplate();
    expect(String(cell(again.sheet, again.row, 'outcome').value)).toBe(`Korrekturantrag offen (1): ${german(requested)} – „${reason}“. Die Koordinierungsstelle entscheidet.`);

    // The office decides on the dashboard.
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=indicatorDashboard`);
    await page.getByTestId('indicator-series').first().waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: /^Korrekturanträge \(\d+\)$/ }).click();
    const table = page.getByTestId('correction-request-table');
    await table.waitFor();
    const row = table.locator('tbody tr').filter({ hasText: reason });
    await expect(row.innerText()).resolves.toContain(`${german(before.total)} → ${german(requested)}`);
    await screenshot(page, 'correction-requests-office-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await row.getByRole('button', { name: `Annehmen: ${indicator.title} ${year}` }).click();
    const notice = page.getByTestId('correction-notice');
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.innerText()).resolves.toBe(`Korrekturantrag angenommen: ${indicator.title} (${year}) ist jetzt ${german(requested)}.`);
    await expect(table.locator('tbody tr').filter({ hasText: reason }).count()).resolves.toBe(0);
    const [stored] = await office.indicatorValues.valuesOf([indicator.id], [year]);
    expect(stored).toMatchObject({ total: requested, isCorrection: true, correctionReason: reason });

    // The goal's indicators show the value as corrected, and the value before it.
    const data = await loadDashboard(office, new Date());
    const measuresById = new Map(data.measures.map((measure) => [measure.id, measure]));
    const goal = data.goals.find((item) => item.id === goalOfIndicator(indicator, measuresById))!;
    await page.getByRole('tab', { name: 'Kennzahlen je Einzelziel' }).click();
    await page.getByTestId('goal-picker').click();
    await page.getByRole('option', { name: new RegExp(`^${goal.number.replace(/\./g, '\\.')} `) }).click();
    const series = page.getByTestId('indicator-series').filter({ has: page.getByText(indicator.title, { exact: true }) }).first();
    await expect(series.getByTestId('correction').first().innerText()).resolves.toBe(`korrigiert: ${reason}`);
    const history = series.getByTestId('correction-history-entry').filter({ hasText: reason });
    await expect(history.innerText()).resolves.toMatch(new RegExp(`^${year}: am \\d{2}\\.\\d{2}\\.\\d{4} von Büro für Integration korrigiert – vorher ${german(before.total).replace('.', '\\.')}, jetzt ${german(requested).replace('.', '\\.')}\\. Grund: ${reason}$`));
    await screenshot(page, 'correction-history-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
