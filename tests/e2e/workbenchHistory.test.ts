import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';

const coordinator = 'koordination@stadt.example';

describe('local workbench: history of a measure in a real Chromium', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;

  beforeEach(async () => {
    ({ workbench, page } = session);
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue`);
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
  });

  it('shows the status change with old and new value, who made it, after saving', async () => {
    await page.getByTestId('catalogue-grid').getByRole('button', { name: /^Details zu / }).first().click();
    await page.getByTestId('measure-panel').waitFor();
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    const status = page.getByRole('combobox', { name: 'Stand der Umsetzung' });
    const before = (await status.innerText()).trim();
    const after = before === 'zurückgestellt' ? 'entfallen' : 'zurückgestellt';
    await status.click();
    await page.getByRole('option', { name: after }).click();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();

    await page.getByRole('button', { name: 'Verlauf anzeigen' }).click();
    const history = page.getByTestId('item-history');
    const change = history.getByText(`Stand der Umsetzung: ${before} → ${after}`);
    await expect(visible(change)).resolves.toBe(true);
    await expect(visible(history.getByText(/geändert von Büro für Integration/).first())).resolves.toBe(true);
    await expect(visible(history.getByText(/angelegt von/))).resolves.toBe(true);
    await screenshot(page, 'measure-history-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
