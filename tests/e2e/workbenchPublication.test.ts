import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';

const coordinator = 'koordination@stadt.example';
const contact = 'anna.schmidt@stadt.example';
/**
 * The demo locks the year before last and keeps that year's annual report in "Berichte"; its
 * Beirat released the report two weeks ago, which the office has yet to record.
 */
const year = new Date().getFullYear() - 2;
const reportTitle = `Jahresbericht ${year} an den Ausschuss`;

describe('local workbench: the Beirat releases a report and the office publishes it, in a real Chromium', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  const open = async (login: string): Promise<void> => {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(login)}&view=steering`);
    await page.getByRole('tab', { name: 'Veröffentlichung' }).click();
    await page.getByTestId('publication-reports').waitFor({ timeout: 30_000 });
  };
  const reportRow = () => page.getByTestId('publication-reports').getByRole('row').filter({ hasText: reportTitle });

  it('records the Beirat release, publishes the report with its indicators, and lists the files', async () => {
    await open(coordinator);
    await expect(visible(reportRow().getByText('noch nicht freigegeben'))).resolves.toBe(true);
    await expect(reportRow().getByRole('button', { name: `Veröffentlichen: „${reportTitle}“` }).isDisabled()).resolves.toBe(true);

    await reportRow().getByRole('button', { name: `Freigabe erfassen: „${reportTitle}“` }).click();
    const form = page.getByTestId('publication-release-form');
    await form.waitFor();
    // The latest Beirat session and its day are proposed; a day in the future is refused before anything is sent.
    const releaseDay = form.getByLabel('Freigegeben am');
    // A prefilled date field takes a new value only after it was cleared (Chromium's date input).
    await releaseDay.fill('');
    await releaseDay.fill(`${new Date().getFullYear() + 1}-01-15`);
    await form.getByRole('button', { name: 'Freigabe speichern' }).click();
    await expect(visible(form.getByText('Die Freigabe kann nicht in der Zukunft liegen.'))).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'Sitzung des Beirats' }).click();
    await page.getByRole('option').filter({ hasText: 'Sitzung des begleitenden Beirats' }).first().click();
    const chosen = await page.getByRole('combobox', { name: 'Sitzung des Beirats' }).textContent();
    const [day, month, yearOfSession] = (chosen ?? '').match(/(\d{2})\.(\d{2})\.(\d{4})/)?.slice(1) ?? [];
    await releaseDay.fill('');
    await releaseDay.fill(`${yearOfSession}-${month}-${day}`);
    await form.getByRole('button', { name: 'Freigabe speichern' }).click();
    await page.getByText(`Die Freigabe von „${reportTitle}“ ist gespeichert.`).waitFor();
    await expect(visible(reportRow().getByText(/^freigegeben am /))).resolves.toBe(true);

    await expect(visible(page.getByText(/Erneutes Veröffentlichen ersetzt die Dateien/))).resolves.toBe(true);
    await reportRow().getByRole('button', { name: `Veröffentlichen: „${reportTitle}“` }).click();
    await page.getByTestId('publication-published').waitFor({ timeout: 30_000 });
    const files = page.getByTestId('publication-files');
    for (const name of [`Jahresbericht_${year}.docx`, `Kennzahlen_${year}.csv`, `Kennzahlen_${year}.html`]) {
      await expect(visible(files.getByRole('link', { name }))).resolves.toBe(true);
    }
    await expect(visible(reportRow().getByRole('button', { name: `Erneut veröffentlichen: „${reportTitle}“` }))).resolves.toBe(true);
    await expect(visible(reportRow().getByText(/^freigegeben am /))).resolves.toBe(true);
    await screenshot(page, 'publication-published-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows a department contact what is published, without the office’s actions', async () => {
    await open(contact);
    await expect(visible(page.getByText('Freigaben erfasst und veröffentlicht das Büro für Integration; Sie sehen den Stand.'))).resolves.toBe(true);
    await expect(visible(page.getByTestId('publication-files').getByRole('link', { name: `Kennzahlen_${year}.csv` }))).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /veröffentlichen: /i }).count()).resolves.toBe(0);
    await screenshot(page, 'publication-department-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
