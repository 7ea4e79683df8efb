import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { openYearInPane } from './support/departmentSheet';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createProductServices } from '../../src/hosts/productServices';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import { loadDashboard, DashboardData } from '../../src/app/indicatorDashboard/dashboardData';
import { completenessOf, Completeness, goalOfIndicator } from '../../src/app/indicatorDashboard/dashboardModel';
import type { ProductServices } from '../../src/app/services';
import { acceptRequest } from '../../src/app/indicatorDashboard/correctionRequests';
import { columnIndex } from '../../src/indicatorSheet/sheetLayout';

const coordinator = 'koordination@stadt.example';

interface SentMessage {
  subject: string;
  body: { content: string };
  toRecipients: Array<{ emailAddress: { address: string } }>;
}

describe('local workbench: indicator dashboard in a real Chromium', () => {
  const session = useWorkbenchSession({ viewport: { width: 1280, height: 900 } });
  let workbench: RunningWorkbench;
  let page: Page;
  let data: DashboardData;
  let office: ProductServices;

  beforeAll(async () => {
    // What the dashboard should show, read through the product's own repositories beside the browser.
    const siteUrl = `${session.workbench.url}/sites/integration`;
    const getToken = async (): Promise<string> => coordinator;
    const services = createProductServices({ siteUrl, sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: session.workbench.url, getToken }), locale: 'de-DE' });
    data = await loadDashboard(services, new Date());
    office = services;
  });

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  /** The reporting year if someone still owes a value for it, else the year being collected now (everyone owes). */
  function yearWithReminders(): { year: number; completeness: Completeness } {
    for (const year of [data.reportingYear, data.reportingYear + 1]) {
      const completeness = completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts);
      if (completeness.departments.some((row) => row.missing.length > 0 && row.recipients.length > 0)) {
        return { year, completeness };
      }
    }
    throw new Error('The demo data owes no values in either year.');
  }

  async function open(query: string): Promise<void> {
    await page.goto(`${workbench.url}/?view=indicatorDashboard&${query}`);
    await page.getByTestId('indicator-series').first().waitFor({ timeout: 30_000 });
  }

  async function openCompleteness(year: number): Promise<void> {
    await page.getByRole('tab', { name: /Vollständigkeit|Completeness/ }).click();
    const picker = page.getByRole('combobox', { name: /Berichtsjahr|Reporting year/ });
    // A year with a deadline reads "2025 (Frist 31.03.2026)".
    if (!new RegExp(`^${year}( \\(|$)`).test((await picker.innerText()).trim())) {
      await picker.click();
      await page.getByRole('option', { name: new RegExp(`^${year}( \\(|$)`) }).click();
    }
    await page.getByTestId('overall-completeness').waitFor();
  }

  async function sentMail(): Promise<SentMessage[]> {
    return ((await (await fetch(`${workbench.url}/_emulator/mail`)).json()) as { value: SentMessage[] }).value;
  }

  it('shows the coordinator each indicator of a goal as a chart with an accessible name and the same numbers as a table', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    await expect(visible(page.getByRole('heading', { name: 'Kennzahlen', exact: true }))).resolves.toBe(true);
    const series = page.getByTestId('indicator-series').first();
    const figure = series.getByTestId('indicator-chart');
    await expect(visible(figure.locator('svg').first())).resolves.toBe(true);
    const figureName = await figure.getAttribute('aria-labelledby');
    await expect(page.locator(`[id="${figureName}"]`).innerText()).resolves.toMatch(/Ist-Werte \d{4} bis \d{4} und Zielwert/);
    // The bars' years are the table's years.
    const tableYears = (await series.locator('tbody th[scope="row"]').allInnerTexts()).map(Number).sort();
    expect(tableYears.length).toBeGreaterThan(0);
    const axisText = (await figure.locator('svg').first().textContent()) ?? '';
    for (const year of tableYears) {
      expect(axisText).toContain(String(year));
    }
    await screenshot(page, 'indicator-dashboard-goal-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the gender split as stacked parts for a gender-split indicator', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    const splitGoal = data.goals.find((goal) => data.indicators.some((indicator) => indicator.isGenderSplit && data.measures.find((m) => m.id === indicator.measureId)?.goalId === goal.id && data.values.some((v) => v.indicatorId === indicator.id)));
    expect(splitGoal).toBeDefined();
    const picker = page.getByTestId('goal-picker');
    await picker.click();
    await page.getByRole('option', { name: new RegExp(`^${splitGoal!.number.replace('.', '\\.')} `) }).click();
    const chart = page.getByTestId('indicator-chart').filter({ hasText: 'aufgeteilt nach weiblich' }).first();
    await chart.waitFor();
    await expect(chart.innerText()).resolves.toContain('weiblich');
    await screenshot(page, 'indicator-dashboard-gender-de');
  });

  it("runs a continued indicator's chart back into the previous period, and shows where a redefined one breaks", async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    const pickGoal = async (number: string): Promise<void> => {
      await page.getByTestId('goal-picker').click();
      await page.getByRole('option', { name: new RegExp(`^${number.replace(/\./g, '\\.')} `) }).click();
    };
    const seriesOf = (title: string) => page.getByTestId('indicator-series').filter({ has: page.getByText(title, { exact: true }) }).first();
    const previousYear = data.period!.startYear - 3;

    // Renamed in the 4th update: the series continues with the 3rd update's values before its own.
    await pickGoal('1.3');
    const continued = seriesOf('Teilnehmende an Integrationskursen');
    await expect(continued.getByTestId('series-continued').innerText()).resolves.toMatch(/^Werte vor \d{4} aus der Vorgänger-Kennzahl „Teilnehmende an Integrationskursen der VHS“/);
    const years = (await continued.locator('tbody th[scope="row"]').allInnerTexts()).map(Number);
    expect(years).toContain(previousYear);
    expect((await continued.getByTestId('indicator-chart').locator('svg').first().textContent()) ?? '').toContain(String(previousYear));
    await expect(continued.getByTestId('series-break').count()).resolves.toBe(0);

    // Redefined (a count became a share): the break is marked in the chart and named below it.
    await pickGoal('1.1');
    const redefined = seriesOf('Anteil Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung');
    await expect(redefined.getByTestId('series-break').innerText()).resolves.toMatch(/^Reihe neu definiert ab \d{4}: Die Werte davor stammen aus der Kennzahl „Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung“/);
    await expect(redefined.getByTestId('indicator-chart').locator('svg').first().textContent()).resolves.toContain('neu definiert');
    await screenshot(page, 'indicator-dashboard-series-break-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows completeness per department and overall, and reminds a department by mail after confirmation', async () => {
    const { year, completeness } = yearWithReminders();
    await open(`user=${encodeURIComponent(coordinator)}`);
    await openCompleteness(year);
    await expect(page.getByTestId('overall-completeness').innerText()).resolves.toContain(`${completeness.delivered} von ${completeness.expected} Werten eingetragen`);
    await expect(page.getByTestId('completeness-table').locator('tbody tr').count()).resolves.toBe(completeness.departments.length);
    const row = completeness.departments.find((candidate) => candidate.missing.length > 0 && candidate.recipients.length > 0)!;
    const tableRow = page.getByTestId(`completeness-${row.department.number}`);
    await expect(tableRow.innerText()).resolves.toContain(`${row.delivered} von ${row.expected} Werten eingetragen`);
    await screenshot(page, 'indicator-dashboard-completeness-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const before = (await sentMail()).length;
    await tableRow.getByRole('button', { name: /erinnern/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain('Erinnerung senden?');
    await screenshot(page, 'indicator-dashboard-remind-confirm-de');
    // Cancelling sends nothing.
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await sentMail()).length).toBe(before);

    await tableRow.getByRole('button', { name: /erinnern/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Senden' }).click();
    const notice = page.getByTestId('reminder-notice');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain(`Die Erinnerung an Fachbereich ${row.department.number}`);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const sent = (await sentMail()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual(row.recipients.map((recipient) => recipient.address));
    // The link opens the department's workbook of the year, refreshed just before the mail.
    expect(sent[0].body.content).toContain(`${workbench.url}/sites/integration/Kennzahlenmappen/${row.department.number}/`);
    expect(sent[0].body.content).toContain('?web=1');
    await screenshot(page, 'indicator-dashboard-reminded-de');
  });

  it("shows a department contact only their department's progress, with a link to enter the values instead of reminders", async () => {
    const { year, completeness } = yearWithReminders();
    const owing = completeness.departments.find((row) => row.missing.length > 0)!;
    const contact = workbench.users.find((user) => user.role === 'department' && user.department === owing.department.number)!;
    await open(`user=${encodeURIComponent(contact.login)}`);
    await openCompleteness(year);
    const rows = page.getByTestId('completeness-table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().innerText()).resolves.toContain(owing.department.number);
    await expect(page.getByRole('button', { name: /erinnern/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: `Werte für ${year} eintragen` }).getAttribute('href')).resolves.toContain(`view=excel&year=${year}`);
    await screenshot(page, 'indicator-dashboard-department-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets the coordinator open the next reporting year after confirming; opening it again creates nothing', async () => {
    const year = data.reportingYear + 1;
    await open(`user=${encodeURIComponent(coordinator)}`);
    await openCompleteness(year);
    await page.getByRole('button', { name: `Berichtsjahr ${year} eröffnen` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain('Berichtsjahr eröffnen?');
    await screenshot(page, 'indicator-dashboard-open-year-confirm-de');
    // The deadline is required and typed the German way; the workbooks are written with it.
    const deadline = dialog.getByRole('combobox', { name: 'Abgabefrist' });
    await deadline.fill('');
    await deadline.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Eröffnen', exact: true }).isDisabled()).resolves.toBe(true);
    await deadline.fill(`01.01.${year - 1}`);
    await deadline.press('Tab');
    await dialog.getByText('Die Abgabefrist darf nicht in der Vergangenheit liegen.').waitFor();
    await expect(dialog.getByRole('button', { name: 'Eröffnen', exact: true }).isDisabled()).resolves.toBe(true);
    await deadline.fill(`30.04.${year + 1}`);
    await deadline.press('Tab');
    await dialog.getByRole('button', { name: 'Eröffnen', exact: true }).click();
    const notice = page.getByTestId('year-lock-notice');
    await notice.waitFor({ timeout: 60_000 });
    const opened = await notice.innerText();
    expect(opened).toContain(`Abgabefrist: 30.04.${year + 1}.`);
    expect(opened).toMatch(/Die Kennzahlen-Arbeitsmappen von \d+ Fachbereichen sind geschrieben\./);
    expect((await office.reportingYears.yearOf(year))?.deadline).toBe(`${year + 1}-04-30`);
    expect(await office.departmentWorkbooks.find(data.departments[0].number, year)).toEqual(expect.objectContaining({ year }));
    const match = new RegExp(`Das Berichtsjahr ${year} ist eröffnet: 12 Ordner und (\\d+) leere Kennzahlwerte neu angelegt, 0 Kennzahlwerte waren schon da`).exec(opened);
    expect(match).not.toBeNull();
    const created = Number(match![1]);
    expect(created).toBeGreaterThan(0);
    // Prepared, not reported: the empty items are no values, so nothing counts as delivered.
    expect(await office.indicatorValues.valuesOf(data.indicators.map((indicator) => indicator.id), [year])).toEqual([]);
    await screenshot(page, 'indicator-dashboard-year-opened-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Berichtsjahr ${year} eröffnen` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Eröffnen', exact: true }).click();
    await page.getByText(`Das Berichtsjahr ${year} ist eröffnet: 0 Ordner und 0 leere Kennzahlwerte neu angelegt, ${created} Kennzahlwerte waren schon da.`).waitFor({ timeout: 60_000 });
  });

  it('lets the coordinator lock the reporting year after confirming; the Excel pane then asks for a reason and SharePoint refuses the change', async () => {
    const year = data.reportingYear;
    await open(`user=${encodeURIComponent(coordinator)}`);
    await openCompleteness(year);
    const state = page.getByTestId('year-lock-state');
    await expect(state.innerText()).resolves.toContain(`Das Berichtsjahr ${year} ist offen`);
    // The seeded lock of the year before last shows who locked it.
    await openCompleteness(year - 1);
    await expect(state.innerText()).resolves.toMatch(new RegExp(`Das Berichtsjahr ${year - 1} ist gesperrt \\(seit .+, von Büro für Integration\\)`));
    await openCompleteness(year);

    await page.getByRole('button', { name: `Jahr ${year} sperren` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain('Berichtsjahr sperren?');
    await screenshot(page, 'indicator-dashboard-lock-confirm-de');
    // Cancelling locks nothing.
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await office.reportingYears.yearOf(year))?.isLocked ?? false).toBe(false);

    await page.getByRole('button', { name: `Jahr ${year} sperren` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sperren', exact: true }).click();
    await page.getByTestId('year-lock-notice').waitFor();
    await expect(page.getByTestId('year-lock-notice').innerText()).resolves.toContain(`Das Berichtsjahr ${year} ist jetzt gesperrt.`);
    await expect(state.innerText()).resolves.toMatch(new RegExp(`Das Berichtsjahr ${year} ist gesperrt \\(seit .+, von Büro für Integration\\)`));
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `Sperre für ${year} aufheben` }).waitFor();
    expect(await office.reportingYears.yearOf(year)).toMatchObject({ year, isLocked: true, lockedBy: 'Büro für Integration' });
    await screenshot(page, 'indicator-dashboard-locked-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A department contact changes a stored value of the locked year in the Excel pane.
    const measuresById = new Map(data.measures.map((measure) => [measure.id, measure]));
    const candidate = data.values.find((value) => {
      const indicator = data.indicators.find((item) => item.id === value.indicatorId);
      const lead = indicator?.measureId !== undefined ? measuresById.get(indicator.measureId)?.leadDepartmentId : undefined;
      const department = data.departments.find((item) => item.id === lead);
      return value.year === year && !value.isCorrection && indicator && !indicator.isGenderSplit && workbench.users.some((user) => user.role === 'department' && user.department === department?.number);
    })!;
    expect(candidate).toBeDefined();
    const indicator = data.indicators.find((item) => item.id === candidate.indicatorId)!;
    const departmentNumber = data.departments.find((item) => item.id === measuresById.get(indicator.measureId!)!.leadDepartmentId)!.number;
    const contact = workbench.users.find((user) => user.role === 'department' && user.department === departmentNumber)!;
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(contact.login)}&view=excel`);
    await page.getByRole('button', { name: 'Jahr öffnen' }).waitFor({ timeout: 30_000 });
    await openYearInPane(page, year);
    await expect(page.getByTestId('year-locked').innerText()).resolves.toContain(`Das Jahr ${year} ist abgeschlossen (Büro für Integration`);
    const titles = (await page.getByTestId('sheet-grid').locator('tbody th[scope="row"]').allInnerTexts()).map((title) => title.trim());
    const row = titles.indexOf(indicator.title) + 1;
    expect(row).toBeGreaterThan(0);
    const cell = (column: number) => page.getByTestId('sheet-grid').locator(`[data-cell="${row}:${column}"]`);
    const corrected = candidate.total + 1;
    await cell(columnIndex('total')).fill(String(corrected).replace('.', ','));
    await cell(columnIndex('total')).press('Tab');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByTestId('sheet-problems').waitFor();
    await expect(cell(columnIndex('comment')).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByTestId('sheet-problems').innerText()).resolves.toContain(`Das Berichtsjahr ${year} ist gesperrt`);
    await expect(page.getByRole('button', { name: 'Absenden' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'excel-addin-locked-year-reason-required-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const reason = 'Nachmeldung der Außenstelle Nord';
    await cell(columnIndex('comment')).fill(reason);
    await cell(columnIndex('comment')).press('Tab');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(/^Keine Probleme gefunden/).waitFor();
    await page.getByRole('button', { name: 'Absenden' }).click();
    // The department's year folder is read-only once locked: the change goes to the office as a request.
    await page.getByText(/1 Korrekturantrag gestellt – die Koordinierungsstelle entscheidet/).waitFor({ timeout: 30_000 });
    expect((await office.indicatorValues.valuesOf([indicator.id], [year]))[0]).toMatchObject({ total: candidate.total });
    const request = (await office.correctionRequests.openRequests()).find((open) => open.indicatorId === indicator.id && open.year === year)!;
    expect(request).toMatchObject({ requested: { total: corrected }, reason });
    await acceptRequest(office, request, (await office.users.currentUser()).siteUserId);
    const [stored] = await office.indicatorValues.valuesOf([indicator.id], [year]);
    expect(stored).toMatchObject({ total: corrected, isCorrection: true, correctionReason: reason });

    // The dashboard marks the corrected value with its reason.
    await open(`user=${encodeURIComponent(coordinator)}`);
    const goal = data.goals.find((item) => item.id === goalOfIndicator(indicator, measuresById))!;
    await page.getByTestId('goal-picker').click();
    await page.getByRole('option', { name: new RegExp(`^${goal.number.replace(/\./g, '\\.')} `) }).click();
    const series = page.getByTestId('indicator-series').filter({ has: page.getByText(indicator.title, { exact: true }) }).first();
    const marker = series.getByTestId('correction');
    await marker.waitFor();
    await expect(marker.innerText()).resolves.toBe(`korrigiert: ${reason}`);
    await expect(visible(series.getByRole('columnheader', { name: 'Korrektur' }))).resolves.toBe(true);
    await screenshot(page, 'indicator-dashboard-correction-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('marks a corrected value of a locked year with its reason', async () => {
    const measuresById = new Map(data.measures.map((measure) => [measure.id, measure]));
    const corrected = data.values.find((value) => value.isCorrection)!;
    expect(corrected).toBeDefined();
    const indicator = data.indicators.find((item) => item.id === corrected.indicatorId)!;
    const reason = corrected.correctionReason!;
    await open(`user=${encodeURIComponent(coordinator)}`);
    const goal = data.goals.find((item) => item.id === goalOfIndicator(indicator, measuresById))!;
    await page.getByTestId('goal-picker').click();
    await page.getByRole('option', { name: new RegExp(`^${goal.number.replace(/\./g, '\\.')} `) }).click();
    const series = page.getByTestId('indicator-series').filter({ has: page.getByText(indicator.title, { exact: true }) }).first();
    const marker = series.getByTestId('correction');
    await marker.waitFor();
    await expect(marker.innerText()).resolves.toBe(`korrigiert: ${reason}`);
    await expect(visible(series.getByRole('columnheader', { name: 'Korrektur' }))).resolves.toBe(true);
    await screenshot(page, 'indicator-dashboard-correction-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("does not offer a department contact to lock a year, and SharePoint would refuse it", async () => {
    const contact = workbench.users.find((user) => user.role === 'department')!;
    await open(`user=${encodeURIComponent(contact.login)}`);
    await openCompleteness(data.reportingYear);
    await page.getByTestId('year-lock-state').waitFor();
    await expect(page.getByRole('button', { name: /sperren|Sperre/ }).count()).resolves.toBe(0);
  });

  it('exports the values per budget product as .xlsx, grouped by product', async () => {
    await open(`user=${encodeURIComponent(coordinator)}`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export nach Produkten (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^Kennzahlen_nach_Produkten_${data.years[0]}-${data.years[data.years.length - 1]}_\\d{4}-\\d\\d-\\d\\d\\.xlsx$`));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Nach Produkten')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Produkt (Produktplan)');
    const products: string[] = [];
    const indicatorTitles: string[] = [];
    sheet.eachRow((excelRow, number) => {
      if (number > 1) {
        products.push(String(excelRow.getCell(1).value));
        indicatorTitles.push(String(excelRow.getCell(2).value));
      }
    });
    expect(indicatorTitles.sort()).toEqual(data.indicators.map((item) => item.title).sort());
    // Every product forms one block, in the plan's order, the indicators without one last.
    const blocks = products.filter((product, index) => index === 0 || products[index - 1] !== product);
    expect(new Set(blocks).size).toBe(blocks.length);
    expect(blocks).toContain('1.31.01 Integration');
    expect(blocks[blocks.length - 1]).toBe('ohne Produkt');
    const expectedProducts = [...new Set(data.indicators.map((item) => item.budgetProduct).filter((product): product is string => product !== undefined))];
    expect(blocks.slice(0, -1)).toEqual(expectedProducts.sort((a, b) => a.localeCompare(b, 'de', { numeric: true })));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('renders in English in the Teams dark and high-contrast themes accessibly', async () => {
    for (const theme of ['dark', 'contrast']) {
      await open(`user=${encodeURIComponent(coordinator)}&lang=en&theme=${theme}`);
      await expect(visible(page.getByRole('heading', { name: 'Indicators', exact: true }))).resolves.toBe(true);
      await screenshot(page, `indicator-dashboard-en-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: 'Completeness' }).click();
      await page.getByTestId('overall-completeness').waitFor();
      await screenshot(page, `indicator-dashboard-completeness-en-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
  });
});
