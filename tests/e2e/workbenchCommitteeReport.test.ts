import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { accessibilityViolations, artifactDir, screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';

const coordinator = 'koordination@stadt.example';
const contact = 'anna.schmidt@stadt.example';

describe('local workbench: the annual report to the committee in a real Chromium', () => {
  const session = useWorkbenchSession({ viewport: { width: 1400, height: 900 } });
  let page: Page;

  beforeEach(() => {
    page = session.page;
  });

  async function openReports(query = '', tab = 'Berichte'): Promise<void> {
    await page.goto(`${session.workbench.url}/?view=steering&user=${encodeURIComponent(coordinator)}${query}`);
    await page.getByRole('tab', { name: tab }).click();
    await page.getByTestId('report-generate').waitFor({ timeout: 60_000 });
  }

  it('generates the annual report into Berichte, and asks before replacing it when generated again', async () => {
    await openReports();
    const year = new Date().getFullYear() - 1;
    await expect(page.getByRole('combobox', { name: 'Berichtsjahr' }).innerText()).resolves.toContain(String(year));
    await page.getByRole('textbox', { name: /Gremium/ }).fill('Ausschuss für Soziales und Integration');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'committee-report-form-de');

    await page.getByTestId('report-generate').click();
    const saved = page.getByTestId('report-saved');
    await saved.waitFor({ timeout: 120_000 });
    const fileName = /Jahresbericht_\d{4}_\d{4}-\d{2}-\d{2}\.docx/.exec(await saved.innerText())![0];
    expect(fileName).toContain(`Jahresbericht_${year}_`);
    await expect(page.getByTestId('stored-body-reports').innerText()).resolves.toContain('Jahresbericht');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Herunterladen' }).first().click();
    const file = path.join(artifactDir, fileName);
    await (await download).saveAs(file);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Beratungsfolge');
    expect(xml).toContain('Ausschuss für Soziales und Integration');
    await screenshot(page, 'committee-report-saved-de');

    // Again: the same file name is stored already, so the tab asks first; cancelling keeps it.
    await page.getByTestId('report-generate').click();
    // A blocking dialog is an alertdialog; its element has no box of its own, so wait for its buttons.
    const dialog = page.getByRole('alertdialog', { name: 'Bericht ersetzen?' });
    await dialog.getByRole('button', { name: 'Ersetzen' }).waitFor({ timeout: 120_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'committee-report-replace-de');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByTestId('report-not-replaced').waitFor();
    // The dialog fades out; its overlay would take the next click.
    await dialog.getByRole('button', { name: 'Ersetzen' }).waitFor({ state: 'detached', timeout: 10_000 });

    await page.getByTestId('report-generate').click();
    await dialog.getByRole('button', { name: 'Ersetzen' }).click({ timeout: 120_000 });
    await expect(page.getByTestId('report-saved').innerText()).resolves.toContain('wurde ersetzt');
  }, 300_000);

  it('generates the period report in English when the UI is English', async () => {
    await openReports('&lang=en', 'Reports');
    await page.getByRole('radio', { name: 'Report on the implementation of the update' }).check();
    await expect(page.getByRole('combobox', { name: 'Reporting year' }).count()).resolves.toBe(0);
    await page.getByTestId('report-generate').click();
    const saved = page.getByTestId('report-saved');
    await saved.waitFor({ timeout: 120_000 });
    const fileName = /Period-report-\d+_\d{4}-\d{4}_\d{4}-\d{2}-\d{2}\.docx/.exec(await saved.innerText())![0];
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).first().click();
    const file = path.join(artifactDir, fileName);
    await (await download).saveAs(file);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Report on the implementation of Update');
    expect(xml).toContain('Changes since the last report');
    await expect(page.getByTestId('stored-body-reports').innerText()).resolves.toContain('Period report');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'committee-report-period-en');
  }, 300_000);

  it('shows a department contact the stored reports without the means to create or replace them', async () => {
    await page.goto(`${session.workbench.url}/?view=steering&user=${encodeURIComponent(contact)}`);
    await page.getByRole('tab', { name: 'Berichte' }).click();
    await page.getByTestId('stored-body-reports').waitFor({ timeout: 60_000 });
    await expect(page.getByText('Berichte erstellt das Büro für Integration').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('report-generate').count()).resolves.toBe(0);
    await expect(page.getByText(/Neue Vorlage hochladen/).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 120_000);
});
