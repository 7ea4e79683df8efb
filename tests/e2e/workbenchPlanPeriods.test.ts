import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { createProductServices } from '../../src/hosts/productServices';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import type { PlanPeriod } from '../../src/domain';
import { currentPlanPeriod } from '../../src/domain';

const coordinator = 'koordination@stadt.example';
const reason = 'Nachtrag des Ratsbeschlusses zur Sprachförderung';

/**
 * The office closes the running plan period from the Steuerung tab (read-only for everyone; the
 * catalogue says so and offers no edit) and reopens it with a reason, which the table records.
 */
describe('local workbench: closing and reopening a plan period in the Steuerung', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;
  let period: PlanPeriod;

  beforeAll(async () => {
    workbench = session.workbench;
    const siteUrl = `${workbench.url}/sites/integration`;
    const getToken = async (): Promise<string> => coordinator;
    const office = createProductServices({ siteUrl, sp: createSpForToken({ siteUrl, getToken }), graph: createGraphClient({ baseUrl: workbench.url, getToken }), locale: 'de-DE' });
    period = currentPlanPeriod(await office.catalogue.planPeriods())!;
  }, 120_000);

  beforeEach(() => {
    page = session.page;
  });

  async function openPeriods(): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=steering`);
    await page.getByTestId('plan-periods-table').waitFor({ timeout: 30_000 });
  }

  const status = (): Promise<string> => page.getByTestId(`period-status-${period.id}`).innerText();

  it('closes the running period after confirming; the catalogue then shows it read-only; reopening asks for a reason and records it', async () => {
    await openPeriods();
    expect(await status()).toBe('Beschlossen');
    // The 2nd update was adopted with the paper the council papers name.
    await expect(page.getByRole('row', { name: /2\. Fortschreibung 2019–2021/ }).innerText()).resolves.toMatch(/15\.03\.2019[\s\S]*DS 0123\/2019/);
    // Earlier periods are closed already and offer only reopening.
    await expect(visible(page.getByRole('button', { name: /^1\. Fortschreibung .* wieder öffnen$/ }))).resolves.toBe(true);
    await screenshot(page, 'plan-periods-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `${period.title} abschließen` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Fortschreibung abschließen?').waitFor();
    await screenshot(page, 'plan-period-close-dialog-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByTestId('period-confirm').click();
    await page.getByTestId('period-notice').getByText(`„${period.title}“ ist abgeschlossen und nur noch lesbar.`).waitFor({ timeout: 30_000 });
    expect(await status()).toBe('Abgeschlossen – nur lesbar');
    await expect(visible(page.getByRole('row', { name: new RegExp(period.title) }).getByText(/von Büro für Integration/))).resolves.toBe(true);

    // The catalogue of the closed period: said so, no edit, no import, for the office too.
    // (With no adopted period left, the catalogue opens on the draft; the closed one is chosen.)
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue`);
    await page.getByTestId('catalogue-count').waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Fortschreibung' }).click();
    await page.getByRole('option', { name: period.title }).click();
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
    await expect(visible(page.getByTestId('period-closed').getByText(new RegExp(`„${period.title}“ ist abgeschlossen am .* von Büro für Integration – nur lesbar`)))).resolves.toBe(true);
    expect(await page.getByTestId('catalogue-import-button').count()).toBe(0);
    await page.getByTestId('catalogue-grid').getByRole('button', { name: /^Details zu / }).first().click();
    await page.getByTestId('measure-panel').waitFor();
    await expect(visible(page.getByTestId('measure-panel').getByTestId('period-closed'))).resolves.toBe(true);
    expect(await page.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);
    await screenshot(page, 'catalogue-period-closed-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Reopening: not without a reason.
    await openPeriods();
    await page.getByRole('button', { name: `${period.title} wieder öffnen` }).click();
    const reopen = page.getByRole('dialog');
    await reopen.getByText('Fortschreibung wieder öffnen?').waitFor();
    await reopen.getByTestId('period-confirm').click();
    await reopen.getByText('Bitte den Grund der Wiederöffnung angeben.').waitFor();
    expect(await status()).toBe('Abgeschlossen – nur lesbar');
    await reopen.getByRole('textbox', { name: /Grund der Wiederöffnung/ }).fill(reason);
    await screenshot(page, 'plan-period-reopen-dialog-de');
    expect(await accessibilityViolations(page)).toEqual([]);
    await reopen.getByTestId('period-confirm').click();
    await page.getByTestId('period-notice').getByText(`„${period.title}“ ist wieder geöffnet.`).waitFor({ timeout: 30_000 });
    expect(await status()).toBe('Beschlossen');
    await expect(visible(page.getByRole('row', { name: new RegExp(period.title) }).getByText(new RegExp(`von Büro für Integration: ${reason}`)))).resolves.toBe(true);
    await screenshot(page, 'plan-periods-reopened-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 180_000);

  it('speaks English and keeps contrast in the dark theme', async () => {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=steering&lang=en&theme=dark`);
    await page.getByTestId('plan-periods-table').waitFor({ timeout: 30_000 });
    await expect(visible(page.getByRole('columnheader', { name: 'Council paper' }))).resolves.toBe(true);
    await expect(visible(page.getByText('Closed – read-only').first())).resolves.toBe(true);
    await page.getByRole('button', { name: /^Close 4\./ }).click();
    await page.getByRole('dialog').getByText('Close the plan period?').waitFor();
    await screenshot(page, 'plan-period-close-dialog-en-dark');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await status()).toBe('Adopted');
  });

  it('shows a department contact the periods without close or reopen', async () => {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent('anna.schmidt@stadt.example')}&view=steering`);
    await page.getByTestId('plan-periods-table').waitFor({ timeout: 30_000 });
    await expect(visible(page.getByText('Beschlüsse erfassen, Abschließen und Wiederöffnen ist der Koordinierungsstelle vorbehalten.'))).resolves.toBe(true);
    expect(await page.getByRole('button', { name: /abschließen$|wieder öffnen$|^Beschluss erfassen/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("records the council's adoption of the draft: day and paper are required, then the table shows them", async () => {
    await openPeriods();
    const draft = page.getByRole('row', { name: /5\. Fortschreibung 2028–2030/ });
    await expect(draft.getByText('Entwurf').innerText()).resolves.toBe('Entwurf');
    await draft.getByRole('button', { name: /^Beschluss erfassen: 5\. Fortschreibung/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Beschluss des Rates erfassen').waitFor();
    // Nothing typed: nothing is sent, both fields say what is missing.
    await dialog.getByTestId('period-confirm').click();
    await expect(dialog.getByText('Bitte ein gültiges Datum des Beschlusses und die Drucksache angeben.').count()).resolves.toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plan-period-adopt-dialog-de');
    await dialog.getByLabel('Datum des Ratsbeschlusses').fill('2028-03-09');
    await dialog.getByLabel('Drucksache (z. B. DS 0123/2019)').fill('DS 0042/2028');
    await dialog.getByTestId('period-confirm').click();
    await page.getByTestId('period-notice').getByText('„5. Fortschreibung 2028–2030“ ist als beschlossen gespeichert.').waitFor({ timeout: 30_000 });
    await expect(draft.innerText()).resolves.toMatch(/Beschlossen[\s\S]*09\.03\.2028[\s\S]*DS 0042\/2028/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
