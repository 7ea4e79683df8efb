import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';

const coordinator = 'koordination@stadt.example';

describe('local workbench: preparing the next plan period', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  async function openPanel(): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=steering`);
    // Only the current period offers it: its successor is the demo's draft.
    await page.getByRole('button', { name: /^Nächste Fortschreibung vorbereiten aus 4\. Fortschreibung / }).click();
    await page.getByTestId('copy-statuses').waitFor({ timeout: 30_000 });
  }

  it('chooses the statuses, copies with progress, continues after an interruption, and passes axe', async () => {
    await openPanel();
    const panel = page.getByTestId('prepare-next-period');
    // Implemented and dropped measures stay behind by default.
    await expect(panel.getByRole('checkbox', { name: /^umgesetzt/ }).isChecked()).resolves.toBe(false);
    await expect(panel.getByRole('checkbox', { name: /^entfallen/ }).isChecked()).resolves.toBe(false);
    await expect(panel.getByRole('checkbox', { name: /^in Umsetzung/ }).isChecked()).resolves.toBe(true);
    const summary = panel.getByTestId('copy-summary');
    const before = await summary.innerText();
    expect(before).toMatch(/Übernommen werden \d+ Leitziele, \d+ Handlungsfelder, \d+ Einzelziele, \d+ Maßnahmen und \d+ Kennzahlen\./);
    expect(before).toMatch(/\d+ Maßnahmen bleiben zurück\./);
    // Ticking "umgesetzt" carries more measures (Fluent draws its box over the native checkbox; a user clicks the label).
    const implemented = panel.locator('label').filter({ hasText: /^umgesetzt \(\d+\)$/ });
    await implemented.click();
    await expect(panel.getByRole('checkbox', { name: /^umgesetzt/ }).isChecked()).resolves.toBe(true);
    expect(await summary.innerText()).not.toBe(before);
    await implemented.click();
    expect(await summary.innerText()).toBe(before);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'prepare-next-period-choice');

    // The service fails for the whole run: the copy stops, says what to do, and offers to continue.
    await workbench.injectFault({ path: '_api/\\$batch', status: 503, count: 40 });
    await page.getByTestId('copy-start').click();
    await page.getByTestId('copy-resume').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('copy-problem').innerText()).resolves.toMatch(/unterbrochen/);
    const progress = page.getByTestId('copy-progress').getByRole('status');
    await expect(progress.innerText()).resolves.toMatch(/^0 von \d+ kopiert$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'prepare-next-period-interrupted');

    await workbench.clearFaults();
    await page.getByTestId('copy-resume').click();
    await panel.getByText(/^Fertig: Die \d+\. Fortschreibung .* enthält \d+ Kopien/).waitFor({ timeout: 60_000 });
    const [done, total] = ((await progress.innerText()).match(/\d+/g) ?? []).map(Number);
    expect(done).toBe(total);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'prepare-next-period-done');
    // Behind the panel the periods were read afresh: the draft is there, and only the current period offers another copy.
    await page.keyboard.press('Escape');
    const periods = page.getByTestId('plan-periods');
    await periods.getByRole('row', { name: /5\. Fortschreibung 2028–2030/ }).getByText('Entwurf').waitFor({ timeout: 30_000 });
    await expect(periods.getByRole('button', { name: /^Nächste Fortschreibung vorbereiten aus/ }).count()).resolves.toBe(1);
  }, 180_000);
});
