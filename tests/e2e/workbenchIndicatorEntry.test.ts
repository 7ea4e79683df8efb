import fs from 'node:fs';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import { DepartmentSheet, findDepartmentSheet, openReportingYearAsOffice } from './support/departmentSheet';
import type { RunningWorkbench } from './support/workbench';
import type { IndicatorValueRepository } from '../../src/data/indicatorValueRepository';
import { countsPersons, indicatorValueKey } from '../../src/domain';
import type { Indicator, IndicatorValue } from '../../src/domain';
import { columnIndex, SheetColumnKey } from '../../src/indicatorSheet/sheetLayout';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import { ReportingYearRepository } from '../../src/data/reportingYearRepository';
import { UserRepository } from '../../src/data/userRepository';

const coordinator = 'koordination@stadt.example';
const year = new Date().getFullYear();


/** The template as the browser downloaded it, opened in exceljs as a user opens it in Excel. */
interface Template {
  readonly workbook: Workbook;
  readonly sheet: Worksheet;
  /** The indicator of each data row (index 0 = Excel row 2), read from the hidden id column. */
  readonly rows: Indicator[];
}

describe('local workbench: indicator entry by .xlsx download and upload (without the add-in)', () => {
  const session = useWorkbenchSession({ acceptDownloads: true });
  let workbench: RunningWorkbench;
  let page: Page;
  let values: IndicatorValueRepository;
  let contact: DepartmentSheet;
  /** Last year's stored values of the contact's indicators. */
  let previous: Map<number, IndicatorValue>;

  beforeAll(async () => {
    workbench = session.workbench;
    // Departments fill in the items the office prepared when it opened the year.
    await openReportingYearAsOffice(workbench, year);
    let found: DepartmentSheet | undefined;
    ({ sheet: found, values } = await findDepartmentSheet(workbench, year, (candidate) => {
      const before = candidate.valuesOf(year - 1);
      const hasJumpCandidate = candidate.indicators.filter((indicator) => (before.get(indicator.id)?.total ?? 0) > 0).length >= 3;
      return candidate.indicators.length >= 5 && hasJumpCandidate && candidate.indicators.some((indicator) => indicator.isGenderSplit) && candidate.valuesOf(year).size === 0;
    }));
    contact = found!;
    previous = found ? found.valuesOf(year - 1) : new Map();
    expect(contact).toBeDefined();
  }, 120_000);

  beforeEach(() => {
    page = session.page;
  });

  async function openEntry(): Promise<void> {
    // The deep link as Teams or `?item=` carries it preselects the year.
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contact.login)}&view=indicatorEntry&item=year-${year}`);
    await page.getByRole('heading', { name: 'Kennzahlen erfassen' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' }).waitFor({ timeout: 30_000 });
  }

  async function downloadTemplate(): Promise<Template> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^Kennzahlen_[0-9.-]+_${year}\\.xlsx$`));
    const bytes = fs.readFileSync((await download.path())!);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(`Kennzahlen ${year}`)!;
    expect(sheet).toBeDefined();
    const rows: Indicator[] = [];
    for (let excelRow = 2; excelRow <= sheet.rowCount; excelRow++) {
      const id = sheet.getRow(excelRow).getCell(columnIndex('indicatorId') + 1).value;
      rows.push(contact.indicators.find((indicator) => indicator.id === id)!);
    }
    return { workbook, sheet, rows };
  }

  function put(template: Template, index: number, key: SheetColumnKey, value: string | number | null): void {
    template.sheet.getRow(index + 2).getCell(columnIndex(key) + 1).value = value;
  }

  async function upload(template: Template, name: string): Promise<void> {
    const buffer = Buffer.from((await template.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await page.getByLabel('Ausgefüllte Vorlage (.xlsx)').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  }

  const submit = () => page.getByRole('button', { name: 'Absenden', exact: true });

  it('downloads the template, refuses a file with mistakes without writing anything, and stores the corrected file exactly once', async () => {
    await openEntry();
    await expect(visible(page.getByText('Mit dem Excel-Add-in „Kennzahlen erfassen“ geht dasselbe direkt in Excel'))).resolves.toBe(true);
    await screenshot(page, 'indicator-entry-start-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const template = await downloadTemplate();
    // Exactly the indicators of the department's own measures.
    expect(template.rows.map((indicator) => indicator.id).sort((a, b) => a - b)).toEqual(contact.indicators.map((indicator) => indicator.id).sort((a, b) => a - b));
    await page.getByText(`wurde heruntergeladen`).waitFor();

    // Every row gets a plausible value; four rows get a mistake each.
    const intended = template.rows.map((indicator) => previous.get(indicator.id)?.total ?? (countsPersons(indicator) ? 7 : 2.5));
    const text = 0;
    const negative = 1;
    const jump = template.rows.findIndex((indicator, index) => index > 1 && (previous.get(indicator.id)?.total ?? 0) > 0);
    const split = template.rows.findIndex((indicator, index) => index > 1 && index !== jump && indicator.isGenderSplit);
    expect(jump).toBeGreaterThan(1);
    expect(split).toBeGreaterThan(1);
    intended[jump] = Math.round(previous.get(template.rows[jump].id)!.total * 3 + 10);
    intended.forEach((value, index) => put(template, index, 'total', value));
    put(template, text, 'total', 'viele');
    put(template, negative, 'total', -5);
    put(template, split, 'female', 1);
    put(template, split, 'male', 1);
    put(template, split, 'diverse', 0);
    put(template, split, 'notStated', 0);
    await upload(template, 'Kennzahlen_fehlerhaft.xlsx');

    const problems = page.getByTestId('entry-problems');
    await problems.waitFor({ timeout: 30_000 });
    const problemRows = problems.locator('tbody tr');
    expect(await problemRows.count()).toBeGreaterThanOrEqual(4);
    await expect(problemRows.first().innerText()).resolves.toMatch(/^2\s+Gesamt\s+Die Zelle enthält Text/);
    await expect(problems.innerText()).resolves.toContain('Bitte die Veränderung im Kommentar kurz begründen');
    await expect(problems.innerText()).resolves.toContain('Die Anteile ergeben 2');
    await page.getByText(/Probleme in „Kennzahlen_fehlerhaft\.xlsx“: Es wurde nichts gespeichert/).waitFor();
    await expect(submit().isDisabled()).resolves.toBe(true);
    expect(await values.valuesOf(contact.indicators.map((indicator) => indicator.id), [year])).toEqual([]);
    await screenshot(page, 'indicator-entry-problems-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Corrected in "Excel" and uploaded again.
    put(template, text, 'total', intended[text]);
    put(template, negative, 'total', intended[negative]);
    put(template, jump, 'comment', 'Zusätzliche Kurse im Herbst.');
    put(template, split, 'female', intended[split]);
    put(template, split, 'male', 0);
    await upload(template, 'Kennzahlen_korrigiert.xlsx');
    await page.getByText(`Keine Probleme in „Kennzahlen_korrigiert.xlsx“: ${template.rows.length} Werte können gesendet werden.`).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('entry-problems').count()).resolves.toBe(0);

    // Slow answers, so the progress of the submit can be seen.
    await workbench.injectFault({ latencyMs: 1500, count: 2, path: '\\$batch' });
    await submit().click();
    await page.getByText(new RegExp(`^Wird gesendet: \\d+ von ${template.rows.length} Werten$`)).first().waitFor({ timeout: 10_000 });
    await page.getByRole('progressbar').waitFor({ state: 'attached' });
    await screenshot(page, 'indicator-entry-submitting-de');
    await page.getByText(`Gesendet: ${template.rows.length} gespeichert, 0 aktualisiert, 0 unverändert.`).waitFor({ timeout: 30_000 });
    const outcomes = page.getByTestId('entry-outcomes');
    await expect(outcomes.locator('tbody tr').count()).resolves.toBe(template.rows.length);
    await expect(outcomes.locator('tbody tr td:last-child').allInnerTexts()).resolves.toEqual(template.rows.map(() => 'Gespeichert'));
    await screenshot(page, 'indicator-entry-submitted-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const stored = await values.valuesOf(
      template.rows.map((indicator) => indicator.id),
      [year]
    );
    expect(new Map(stored.map((value) => [value.indicatorId, value.total]))).toEqual(new Map(template.rows.map((indicator, index) => [indicator.id, intended[index]])));
    expect(stored.find((value) => value.indicatorId === template.rows[jump].id)?.comment).toBe('Zusätzliche Kurse im Herbst.');
    expect(stored.find((value) => value.indicatorId === template.rows[split].id)).toEqual(expect.objectContaining({ female: intended[split], male: 0, diverse: 0, notStated: 0 }));

    // The same file uploaded again changes nothing: no write, the stored versions stay.
    await upload(template, 'Kennzahlen_korrigiert.xlsx');
    await page.getByText(/^Keine Probleme in „Kennzahlen_korrigiert\.xlsx“/).waitFor({ timeout: 30_000 });
    await submit().click();
    await page.getByText(`Gesendet: 0 gespeichert, 0 aktualisiert, ${template.rows.length} unverändert.`).waitFor({ timeout: 30_000 });
    const again = await values.valuesOf(
      template.rows.map((indicator) => indicator.id),
      [year]
    );
    const versions = (list: IndicatorValue[]) => new Map(list.map((value) => [value.id, value.etag]));
    expect(again).toHaveLength(stored.length);
    expect(versions(again)).toEqual(versions(stored));
  });

  it("shows a value the office changed after the download as a conflict and applies the contact's choice", async () => {
    await openEntry();
    const template = await downloadTemplate();
    const before = new Map((await values.valuesOf(template.rows.map((indicator) => indicator.id), [year])).map((value) => [value.indicatorId, value]));
    const candidates = template.rows.map((indicator, index) => ({ indicator, index, stored: before.get(indicator.id) })).filter((row) => row.stored && !row.indicator.isGenderSplit);
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    const [keep, take] = candidates;
    const mine = (row: typeof keep): number => row.stored!.total + 1;
    const theirs = (row: typeof keep): number => row.stored!.total + 2;
    put(template, keep.index, 'total', mine(keep));
    put(template, take.index, 'total', mine(take));
    // Meanwhile the office corrects both values in SharePoint.
    const results = await values.write(
      [keep, take].map((row) => ({ action: 'update' as const, key: indicatorValueKey(row.indicator.id, year), value: { ...row.stored!, total: theirs(row) }, existing: row.stored! }))
    );
    expect(results.map((result) => result.kind)).toEqual(['updated', 'updated']);

    await upload(template, 'Kennzahlen.xlsx');
    await page.getByText(/^Keine Probleme in „Kennzahlen\.xlsx“/).waitFor({ timeout: 30_000 });
    await submit().click();
    const conflicts = page.getByTestId('entry-conflicts');
    await conflicts.waitFor({ timeout: 30_000 });
    await expect(conflicts.getByRole('listitem').count()).resolves.toBe(2);
    await expect(conflicts.innerText()).resolves.toContain(`${keep.indicator.title}: Ihr Wert ${mine(keep).toLocaleString('de-DE')}, dort gespeichert ${theirs(keep).toLocaleString('de-DE')}`);
    await screenshot(page, 'indicator-entry-conflicts-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    const during = new Map((await values.valuesOf([keep.indicator.id, take.indicator.id], [year])).map((value) => [value.indicatorId, value.total]));
    expect(during).toEqual(new Map([keep, take].map((row) => [row.indicator.id, theirs(row)])));

    await conflicts.getByRole('button', { name: `Meinen behalten: ${keep.indicator.title}` }).click();
    await conflicts.getByRole('button', { name: `Ihren übernehmen: ${take.indicator.title}` }).click();
    await page.getByText(/^Gesendet: 0 gespeichert, 1 aktualisiert/).waitFor({ timeout: 30_000 });
    const after = new Map((await values.valuesOf([keep.indicator.id, take.indicator.id], [year])).map((value) => [value.indicatorId, value.total]));
    expect(after).toEqual(new Map([
      [keep.indicator.id, mine(keep)],
      [take.indicator.id, theirs(take)]
    ]));
  });

  it('keeps a submit that failed on the network in the browser and resumes it after a reload, without duplicates', async () => {
    await openEntry();
    const template = await downloadTemplate();
    const index = template.rows.findIndex((indicator) => !indicator.isGenderSplit && previous.has(indicator.id));
    const current = Number(template.sheet.getRow(index + 2).getCell(columnIndex('total') + 1).value);
    const corrected = current + 1;
    put(template, index, 'total', corrected);
    put(template, index, 'comment', 'Nachmeldung nach Prüfung.');
    await upload(template, 'Kennzahlen.xlsx');
    await page.getByText(/^Keine Probleme in „Kennzahlen\.xlsx“/).waitFor({ timeout: 30_000 });

    // SharePoint stays unavailable beyond the client's retries.
    await workbench.injectFault({ status: 503, retryAfter: 0, count: 50, path: '\\$batch' });
    await submit().click();
    await page.getByText(/Nicht gespeichert: 1 Werte|Das Senden wurde unterbrochen/).first().waitFor({ timeout: 30_000 });
    await workbench.clearFaults();
    await screenshot(page, 'indicator-entry-submit-failed-de');
    expect((await values.valuesOf([template.rows[index].id], [year]))[0].total).toBe(current);

    // A reload (or a closed laptop) finds the pending submit in the browser.
    await page.reload();
    const resume = page.getByTestId('resume-submit');
    await resume.waitFor({ timeout: 30_000 });
    await page.getByText(`Ein Senden für ${year} wurde nicht abgeschlossen`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await resume.click();
    await page.getByText(/^Gesendet: 0 gespeichert, 1 aktualisiert, \d+ unverändert\.$/).waitFor({ timeout: 30_000 });
    const stored = await values.valuesOf([template.rows[index].id], [year]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toEqual(expect.objectContaining({ total: corrected, comment: 'Nachmeldung nach Prüfung.' }));
    await expect(page.getByTestId('resume-submit').count()).resolves.toBe(0);
  });

  it('writes nothing when the office locks the year between the check and "Absenden", and sends the kept upload once the lock is lifted', async () => {
    await openEntry();
    const template = await downloadTemplate();
    const index = template.rows.findIndex((indicator) => !indicator.isGenderSplit && previous.has(indicator.id));
    const indicatorId = template.rows[index].id;
    const current = Number(template.sheet.getRow(index + 2).getCell(columnIndex('total') + 1).value);
    put(template, index, 'total', current + 3);
    // A comment as offices write it: kept exactly, not refused for its leading "-".
    put(template, index, 'comment', '-5 % weniger Abbrüche als im Vorjahr');
    await upload(template, 'Kennzahlen.xlsx');
    await page.getByText(/^Keine Probleme in „Kennzahlen\.xlsx“/).waitFor({ timeout: 30_000 });

    const lists = new SiteLists(createSpForToken({ siteUrl: `${workbench.url}/sites/integration`, getToken: async () => coordinator }), '/sites/integration');
    const years = new ReportingYearRepository(lists);
    const office = await new UserRepository(lists).currentUser();
    await years.lock(year, office.siteUserId);
    try {
      await submit().click();
      await page.getByText(`Das Berichtsjahr ${year} wurde inzwischen gesperrt. Es wurde nichts gesendet.`, { exact: false }).waitFor({ timeout: 30_000 });
      expect((await values.valuesOf([indicatorId], [year]))[0].total).toBe(current);
      await screenshot(page, 'indicator-entry-locked-meanwhile-de');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await years.unlock(year, office.siteUserId);
    }

    // The checked upload was kept: with the year open as when it was checked, it is sent as it is.
    await submit().click();
    await page.getByText(/^Gesendet: 0 gespeichert, 1 aktualisiert/).waitFor({ timeout: 30_000 });
    expect((await values.valuesOf([indicatorId], [year]))[0]).toEqual(expect.objectContaining({ total: current + 3, comment: '-5 % weniger Abbrüche als im Vorjahr' }));
  });

  it("lets the coordinator pick the department a reminder mail's link names and download its template", async () => {
    // The reminder mail's link: ?year=…&department=<number>.
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=indicatorEntry&year=${year - 1}&department=${contact.departmentNumber}`);
    await page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('combobox', { name: 'Fachbereich' }).innerText()).resolves.toContain(contact.departmentNumber);
    await expect(page.getByRole('combobox', { name: 'Berichtsjahr' }).innerText()).resolves.toContain(String(year - 1));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe(`Kennzahlen_${contact.departmentNumber}_${year - 1}.xlsx`);
    const bytes = fs.readFileSync((await download.path())!);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(`Kennzahlen ${year - 1}`)!;
    const ids = [];
    for (let excelRow = 2; excelRow <= sheet.rowCount; excelRow++) {
      ids.push(Number(sheet.getRow(excelRow).getCell(columnIndex('indicatorId') + 1).value));
    }
    expect(ids.sort((a, b) => a - b)).toEqual(contact.indicators.map((indicator) => indicator.id).sort((a, b) => a - b));
    await screenshot(page, 'indicator-entry-coordinator-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
