import fs from 'node:fs';
import { Workbook } from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { activate, arrowTo, chooseFileFromKeyboard, chooseOption, expectFocusVisible, tabTo } from './support/keyboard';
import { DepartmentSheet, findDepartmentSheet, openReportingYearAsOffice } from './support/departmentSheet';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { exportCatalogue } from '../../src/catalogueImport';
import { countsPersons } from '../../src/domain';
import { columnIndex } from '../../src/indicatorSheet/sheetLayout';
import { fieldsOfAction } from '../../local/seed/catalogueData';

const coordinator = 'koordination@stadt.example';
const year = new Date().getFullYear();

/**
 * Every journey once by keyboard alone (EN 301 549 9.2.1.1, WCAG 2.1.1): only Tab, Shift+Tab,
 * Enter, Space, the arrow keys, Escape and typing; at each stop the focus must be visible
 * (2.4.7), and the outcome is the one a mouse user gets. Journeys that change the same data
 * run in the order a year goes: values are entered before the office locks the year.
 */
describe('local workbench: every journey by keyboard alone', () => {
  const session = useWorkbenchSession({ acceptDownloads: true });
  let workbench: RunningWorkbench;
  let page: Page;

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  async function open(login: string, view: string, ready: Locator | ((page: Page) => Locator)): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(login)}&view=${view}`);
    await (typeof ready === 'function' ? ready(page) : ready).first().waitFor({ timeout: 30_000 });
  }

  /** Waits until `read` gives a value `accepts` takes; bounded, as the page answers in its own time. */
  async function until<T>(read: () => Promise<T>, accepts: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!accepts(value) && Date.now() < deadline) {
      await page.waitForTimeout(200);
      value = await read();
    }
    return value;
  }

  async function catalogueCount(): Promise<[number, number]> {
    const text = (await page.getByTestId('catalogue-count').innerText()).replace(/\./g, '');
    const [shown, total] = (text.match(/\d+/g) ?? []).map(Number);
    return [shown, total];
  }

  it('overview: switches the plan period and moves on to the catalogue', async () => {
    await open(coordinator, 'overview', (p) => p.getByTestId('status-table'));
    const period = page.getByRole('combobox', { name: 'Fortschreibung' });
    const before = await period.innerText();
    const tiles = await page.getByTestId('summary-tiles').innerText();
    await chooseOption(page, period, (text) => text !== before);
    await page.getByTestId('status-table').waitFor();
    await expect(period.innerText()).resolves.not.toBe(before);
    await expect(page.getByTestId('summary-tiles').innerText()).resolves.not.toBe(tiles);

    // Back up to the web part tabs, over to the catalogue, and in.
    await tabTo(page, page.getByRole('tab', { selected: true }), { backwards: true });
    await page.keyboard.press('ArrowRight');
    await expectFocusVisible(page);
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('Maßnahmenkatalog');
    await page.keyboard.press('Enter');
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('tab', { name: 'Maßnahmenkatalog' }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('catalogue: filters, opens a measure, edits and saves it, and comes back to the list', async () => {
    await open(coordinator, 'catalogue', (p) => p.getByTestId('catalogue-grid'));
    const [, total] = await catalogueCount();
    await tabTo(page, page.getByRole('searchbox'));
    await page.keyboard.type('sprach');
    const [bySearch] = await until(catalogueCount, ([shown]) => shown < total);
    expect(bySearch).toBeGreaterThan(0);
    await activate(page, page.getByRole('button', { name: 'Filter zurücksetzen' }));
    await expect(until(catalogueCount, ([shown]) => shown === total)).resolves.toEqual([total, total]);

    // The grid is one Tab stop; its rows are reached with the arrow keys, and Enter opens one.
    const details = page.getByTestId('catalogue-grid').getByRole('button', { name: /^Details zu / }).first();
    const title = await details.innerText();
    await tabTo(page, page.getByTestId('catalogue-grid').getByRole('row').first());
    await arrowTo(page, page.getByTestId('catalogue-grid').getByRole('row').filter({ has: page.getByRole('button', { name: /^Details zu / }) }).first());
    await page.keyboard.press('Enter');
    await page.getByTestId('measure-panel').waitFor();
    await activate(page, page.getByRole('button', { name: 'Bearbeiten' }));
    // A title that Excel would run is refused before anything is sent.
    const titleField = page.getByTestId('measure-panel').getByRole('textbox', { name: 'Titel' });
    await tabTo(page, titleField);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('=HYPERLINK("https://example.org")');
    await page.getByText('Ein Titel darf nicht mit =, +, - oder @ beginnen').waitFor();
    await expect(page.getByRole('button', { name: 'Speichern' }).isDisabled()).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(title);
    await chooseOption(page, page.getByTestId('measure-panel').getByRole('combobox', { name: 'Stand der Umsetzung' }), 'zurückgestellt');
    await activate(page, page.getByRole('button', { name: 'Speichern' }));
    await page.getByText('Gespeichert.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('measure-panel').waitFor({ state: 'detached' });
    const row = page.getByTestId('catalogue-grid').getByRole('row').filter({ hasText: title });
    await expect(row.innerText()).resolves.toContain('zurückgestellt');
  });

  it('catalogue import: chooses the file, previews it and imports it', async () => {
    await open(coordinator, 'catalogue', (p) => p.getByTestId('catalogue-grid'));
    const [, before] = await catalogueCount();
    const [language] = fieldsOfAction;
    const file = await exportCatalogue([
      { fieldOfAction: language.title, goal: language.goals[0].title, title: 'Lesepatenschaften in Stadtteilbibliotheken', leadDepartment: '40 Schule und Bildung', sourceConcept: 'Integrationskonzept Flüchtlinge', status: 'geplant', indicators: 'Lesestunden' }
    ]);
    await activate(page, page.getByRole('button', { name: 'Aus Excel importieren' }));
    await page.getByTestId('import-step').filter({ hasText: 'Schritt 1 von 5' }).waitFor();
    await chooseFileFromKeyboard(page, page.getByLabel('Excel-Datei (.xlsx) mit dem Maßnahmenkatalog'), {
      name: 'Lesepatenschaften.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(file)
    });
    await page.getByTestId('import-step').filter({ hasText: 'Schritt 2 von 5' }).waitFor({ timeout: 30_000 });
    await activate(page, page.getByRole('button', { name: 'Weiter zur Vorschau' }));
    await expect(page.getByTestId('import-preview-counts').innerText()).resolves.toBe('1 neu, 0 geändert, 0 unverändert, 0 mit Fehlern');
    await activate(page, page.getByRole('button', { name: 'Jetzt importieren' }));
    const counts = page.getByTestId('import-result-counts');
    await counts.waitFor({ timeout: 30_000 });
    await expect(counts.innerText()).resolves.toBe('1 neu, 0 geändert, 0 unverändert, 0 fehlgeschlagen');
    await activate(page, page.getByRole('button', { name: 'Schließen' }).last());
    await expect(until(catalogueCount, ([, after]) => after === before + 1)).resolves.toEqual([before + 1, before + 1]);
  });

  it('initial review: opens a department\'s checklist, answers, notes and saves an interview', async () => {
    await open(coordinator, 'initialReviews', (p) => p.getByTestId('department-progress'));
    const progress = async (): Promise<string> => page.getByTestId('progress-40').innerText();
    const before = await progress();
    await activate(page, page.getByRole('button', { name: /^Checkliste öffnen: 40 / }));
    const checklist = page.getByTestId('review-checklist');
    await checklist.waitFor();
    const testId = await checklist.getByRole('listitem').filter({ has: page.getByText('Noch nicht besprochen') }).first().getAttribute('data-testid');
    const item = page.getByTestId(testId!);
    const title = await item.getByRole('heading').innerText();
    // A radio group is one Tab stop (its checked answer, "offen" until discussed); the arrows choose another.
    const current = item.getByRole('radiogroup', { name: 'Noch aktuell?' });
    await tabTo(page, current, { max: 400 });
    await arrowTo(page, current.getByRole('radio', { name: 'ja' }));
    const appropriate = item.getByRole('radiogroup', { name: 'Angemessen?' });
    await tabTo(page, appropriate);
    await arrowTo(page, appropriate.getByRole('radio', { name: 'nein' }));
    await expect(appropriate.getByRole('radio', { name: 'nein' }).isChecked()).resolves.toBe(true);
    await tabTo(page, item.getByRole('textbox', { name: 'Notizen' }));
    await page.keyboard.type('Per Tastatur erfasst: Angebot wird fortgeführt.');
    await activate(page, item.getByRole('button', { name: `Speichern: Erstgespräch zu ${title}` }));
    await item.getByTestId('save-state').getByText('Gespeichert.').waitFor({ timeout: 30_000 });
    await expect(item.getByRole('radiogroup', { name: 'Noch aktuell?' }).getByRole('radio', { name: 'ja' }).isChecked()).resolves.toBe(true);
    await expect(until(progress, (text) => text !== before)).resolves.not.toBe(before);
  });

  it('goal agreement: opens a department without one, agrees a measure with its target', async () => {
    await open(coordinator, 'goalAgreements', (p) => p.getByTestId('agreement-overview'));
    const stateCell = page.getByTestId('agreement-overview').locator('[data-testid^="state-"]').filter({ hasText: /^keine$/ }).first();
    const number = (await stateCell.getAttribute('data-testid'))!.replace('state-', '');
    await activate(page, page.getByRole('button', { name: new RegExp(`^Zielvereinbarung ${year} öffnen: ${number} `) }));
    await page.getByTestId('agreement-workspace').waitFor();
    const first = page.getByTestId('agreement-items').getByRole('listitem').first();
    const title = await first.getByRole('heading').innerText();
    await tabTo(page, first.getByRole('checkbox', { name: `Vereinbart: ${title}` }), { max: 200 });
    await page.keyboard.press('Space');
    await expect(first.getByRole('checkbox', { name: `Vereinbart: ${title}` }).isChecked()).resolves.toBe(true);
    await tabTo(page, first.getByRole('textbox', { name: /^Ziel/ }));
    await page.keyboard.type('Zwei Kurse mehr bis Jahresende');
    await activate(page, page.getByRole('button', { name: 'Entwurf anlegen' }), { backwards: true });
    await page.getByTestId('save-state').getByText('Gespeichert.').waitFor({ timeout: 30_000 });
    await activate(page, page.getByRole('button', { name: 'Vereinbaren' }));
    await page.getByTestId('save-state').getByText('Die Zielvereinbarung ist vereinbart.').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('agreement-state').innerText()).resolves.toBe('Stand: vereinbart');
    await expect(page.getByTestId('agreed-items').innerText()).resolves.toContain('Zwei Kurse mehr bis Jahresende');
  });

  it('meeting round: plans next year\'s round, moves a meeting and books them all', async () => {
    const roundYear = year + 1;
    await open(coordinator, 'meetingRound', (p) => p.getByTestId('departments-to-plan'));
    await tabTo(page, page.getByLabel('Vereinbarungsjahr'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(roundYear));
    await page.getByTestId('departments-to-plan').getByText(`für ${roundYear}`).waitFor({ timeout: 30_000 });
    await activate(page, page.getByRole('button', { name: 'Runde planen' }));
    const plan = page.getByTestId('round-plan');
    await plan.waitFor({ timeout: 60_000 });
    const card = plan.locator('[data-testid^="round-card-"]').first();
    const cardId = (await card.getAttribute('data-testid'))!;
    await activate(page, card);
    const options = page.getByTestId('move-options');
    await options.waitFor();
    await activate(page, options.getByRole('button').nth(1));
    await options.waitFor({ state: 'detached' });
    await expect(plan.getByTestId(cardId).textContent()).resolves.toContain('(von Hand festgelegt)');
    const bookAll = page.getByRole('button', { name: /^Alle buchen \(\d+\)$/ });
    const placed = Number(/\((\d+)\)/.exec(await bookAll.innerText())![1]);
    await activate(page, bookAll);
    await page.getByTestId('booking-summary').getByText(`Alle ${placed} Termine sind gebucht`).waitFor({ timeout: 60_000 });
  });

  /** The contact of the .xlsx journey; the Excel pane journey takes another department. */
  let entryContact: DepartmentSheet | undefined;

  it('indicator entry: downloads the template, uploads it filled and submits it', async () => {
    // Departments fill in the items the office prepared when it opened the year (its keyboard journey is the dashboard's).
    await openReportingYearAsOffice(workbench, year);
    const { sheet } = await findDepartmentSheet(workbench, year, (candidate) => candidate.indicators.length >= 2 && candidate.valuesOf(year).size === 0);
    expect(sheet).toBeDefined();
    entryContact = sheet!;
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(entryContact.login)}&view=indicatorEntry&item=year-${year}`);
    const download = page.getByRole('button', { name: 'Vorlage herunterladen (.xlsx)' });
    await download.waitFor({ timeout: 30_000 });
    await tabTo(page, download);
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const workbook = new Workbook();
    const bytes = fs.readFileSync((await file.path())!);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const worksheet = workbook.getWorksheet(`Kennzahlen ${year}`)!;
    const previous = entryContact.valuesOf(year - 1);
    let rows = 0;
    for (let excelRow = 2; excelRow <= worksheet.rowCount; excelRow++) {
      const id = worksheet.getRow(excelRow).getCell(columnIndex('indicatorId') + 1).value;
      const indicator = entryContact.indicators.find((candidate) => candidate.id === id)!;
      // Last year's value again (no change to explain), else a plausible one.
      worksheet.getRow(excelRow).getCell(columnIndex('total') + 1).value = previous.get(indicator.id)?.total ?? (countsPersons(indicator) ? 7 : 2.5);
      rows++;
    }
    await chooseFileFromKeyboard(page, page.getByLabel('Ausgefüllte Vorlage (.xlsx)'), {
      name: 'Kennzahlen_Tastatur.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    });
    await page.getByText(`Keine Probleme in „Kennzahlen_Tastatur.xlsx“: ${rows} Werte können gesendet werden.`).waitFor({ timeout: 30_000 });
    await activate(page, page.getByRole('button', { name: 'Absenden', exact: true }));
    await page.getByText(`Gesendet: ${rows} gespeichert, 0 aktualisiert, 0 unverändert.`).waitFor({ timeout: 30_000 });
  });

  it('Excel pane: opens the year, types a value into the sheet and submits it', async () => {
    const { sheet } = await findDepartmentSheet(workbench, year, (candidate) => candidate.login !== entryContact?.login && candidate.indicators.length >= 1);
    expect(sheet).toBeDefined();
    await open(sheet!.login, 'excel', (p) => p.getByRole('button', { name: 'Jahr öffnen' }));
    await chooseOption(page, page.getByRole('combobox', { name: 'Berichtsjahr' }), String(year));
    await activate(page, page.getByRole('button', { name: 'Jahr öffnen' }));
    const replace = page.getByRole('button', { name: 'Neu öffnen' });
    const opened = page.getByText(`Blatt „Kennzahlen ${year}“ mit`);
    await Promise.race([replace.waitFor({ timeout: 30_000 }), opened.waitFor({ timeout: 30_000 })]);
    if (await replace.isVisible()) {
      await activate(page, replace);
    }
    await opened.waitFor({ timeout: 30_000 });
    const title = (await page.getByTestId('sheet-grid').locator('tbody th[scope="row"]').first().innerText()).trim();
    const indicator = sheet!.indicators.find((candidate) => candidate.title === title)!;
    const value = sheet!.valuesOf(year - 1).get(indicator.id)?.total ?? (countsPersons(indicator) ? 7 : 2.5);
    const stored = sheet!.valuesOf(year).get(indicator.id)?.total;
    const typed = stored === value ? value + 1 : value;
    const cell = page.getByTestId('sheet-grid').locator(`[data-cell="1:${columnIndex('total')}"]`);
    await tabTo(page, cell);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(typed).replace('.', ','));
    await page.keyboard.press('Tab');
    // Every input cell of the sheet is a Tab stop, as in Excel; the pane's buttons follow the sheet.
    await activate(page, page.getByRole('button', { name: 'Prüfen' }), { max: 600 });
    await page.getByText(/^Keine Probleme gefunden: \d+ Werte? können gesendet werden\.$/).waitFor({ timeout: 30_000 });
    await activate(page, page.getByRole('button', { name: 'Absenden' }));
    await page.getByText(/^Gesendet: \d+ gespeichert, \d+ aktualisiert/).waitFor({ timeout: 30_000 });
    const saved = (await findDepartmentSheet(workbench, year, (candidate) => candidate.login === sheet!.login)).sheet!;
    expect(saved.valuesOf(year).get(indicator.id)?.total).toBe(typed);
  });

  it('indicator dashboard: the office opens the reporting year again, then locks it after confirming', async () => {
    await open(coordinator, 'indicatorDashboard', (p) => p.getByTestId('indicator-series'));
    const completeness = page.getByRole('tab', { name: 'Vollständigkeit' });
    await tabTo(page, page.getByRole('tablist').filter({ has: completeness }));
    await arrowTo(page, completeness, 'ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('overall-completeness').waitFor();
    const lock = page.getByRole('button', { name: /^Jahr \d{4} sperren$/ });
    const lockedYear = /\d{4}/.exec(await lock.innerText())![0];

    // Opening again is harmless: what exists stays; only indicators added since (the import's) get their empty items.
    await activate(page, page.getByTestId('open-year'));
    await activate(page, page.getByRole('dialog').getByRole('button', { name: 'Eröffnen', exact: true }));
    await page.getByTestId('year-lock-notice').getByText(new RegExp(`^Das Berichtsjahr ${lockedYear} ist eröffnet: 0 Ordner und \\d+ leere Kennzahlwerte neu angelegt`)).waitFor({ timeout: 60_000 });
    await activate(page, lock);
    const dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain('Berichtsjahr sperren?');
    // Escape cancels, as the mouse user's "Abbrechen".
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByTestId('year-lock-state').innerText()).resolves.toContain(`Das Berichtsjahr ${lockedYear} ist offen`);
    await activate(page, lock);
    await activate(page, page.getByRole('dialog').getByRole('button', { name: 'Sperren', exact: true }));
    await page.getByTestId('year-lock-notice').getByText(`Das Berichtsjahr ${lockedYear} ist jetzt gesperrt.`).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: `Sperre für ${lockedYear} aufheben` }).waitFor();
    await screenshot(page, 'keyboard-indicator-dashboard-locked-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
  it("correction requests: the office rejects a department's request with a note", async () => {
    await open(coordinator, 'indicatorDashboard', (p) => p.getByTestId('indicator-series'));
    const tab = page.getByRole('tab', { name: /^Korrekturanträge \(\d+\)$/ });
    await tabTo(page, page.getByRole('tablist').filter({ has: tab }));
    await arrowTo(page, tab, 'ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('correction-requests').waitFor();
    await activate(page, page.getByRole('button', { name: /^Ablehnen: / }).first());
    // The note takes the focus where the button was.
    await tabTo(page, page.getByLabel('Begründung der Ablehnung'), { max: 0 });
    await page.keyboard.type('Die Nachmeldung ist im Folgejahr schon gezählt.');
    await activate(page, page.getByRole('button', { name: 'Ablehnung speichern' }));
    await page.getByTestId('correction-notice').getByText(/^Korrekturantrag abgelehnt: /).waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
