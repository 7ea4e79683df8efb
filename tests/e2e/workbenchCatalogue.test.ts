import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousAccessibilityViolations } from './support/browser';
import { startWorkbench, RunningWorkbench } from './support/workbench';

const coordinator = 'koordination@stadt.example';

describe('local workbench: measure catalogue in a real Chromium', () => {
  let workbench: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    workbench = await startWorkbench();
    browser = await launchBrowser();
  }, 120_000);

  beforeEach(async () => {
    pageErrors = [];
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue`);
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  async function count(): Promise<[number, number]> {
    const text = (await page.getByTestId('catalogue-count').innerText()).replace(/\./g, '');
    const [shown, total] = (text.match(/\d+/g) ?? []).map(Number);
    return [shown, total];
  }

  it('lists every measure of the current period grouped by field of action and goal', async () => {
    const [shown, total] = await count();
    expect(shown).toBe(total);
    expect(total).toBeGreaterThan(30);
    await expect(page.getByTestId('catalogue-grid').getByText('1. Sprache und Bildung').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'catalogue-coordinator-de');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('narrows the list by free text and by status, and resets the filters', async () => {
    const [, total] = await count();
    await page.getByRole('searchbox').fill('sprach');
    const [bySearch] = await count();
    expect(bySearch).toBeGreaterThan(0);
    expect(bySearch).toBeLessThan(total);

    await page.getByRole('combobox', { name: 'Stand der Umsetzung' }).click();
    await page.getByRole('option', { name: 'umgesetzt' }).click();
    const [byBoth] = await count();
    expect(byBoth).toBeLessThanOrEqual(bySearch);

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect(count()).resolves.toEqual([total, total]);
  });
});
