import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { readWorkbook } from '../../src/catalogueImport';
import fs from 'node:fs';

const coordinator = 'koordination@stadt.example';

describe('local workbench: measure catalogue in a real Chromium', () => {
  const session = useWorkbenchSession();
  let workbench: RunningWorkbench;
  let page: Page;

  async function openCatalogue(login: string): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(login)}&view=catalogue`);
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
  }

  beforeEach(async () => {
    ({ workbench, page } = session);
    await openCatalogue(coordinator);
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
    await expect(visible(page.getByTestId('catalogue-grid').getByText('1. Sprache und Bildung').first())).resolves.toBe(true);
    await screenshot(page, 'catalogue-coordinator-de');
    expect(await accessibilityViolations(page)).toEqual([]);
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

  /** Changes a measure behind the page's back, as a colleague would. */
  async function changeElsewhere(title: string, fields: Record<string, unknown>): Promise<void> {
    const api = `${workbench.url}/sites/integration/_api/web/getList('/sites/integration/Lists/Measures')/items`;
    const headers = { Authorization: `Bearer ${coordinator}`, Accept: 'application/json', 'Content-Type': 'application/json' };
    const found = (await (await fetch(`${api}?$select=Id&$filter=${encodeURIComponent(`Title eq '${title.replace(/'/g, "''")}'`)}`, { headers })).json()) as { value: Array<{ Id: number }> };
    const response = await fetch(`${api}(${found.value[0].Id})`, { method: 'POST', headers: { ...headers, 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body: JSON.stringify(fields) });
    expect(response.status).toBe(204);
  }

  it('lets the office edit a measure in its detail panel and shows the saved status in the list', async () => {
    const link = page.getByTestId('catalogue-grid').getByRole('button', { name: /^Details zu / }).first();
    const title = await link.innerText();
    await link.click();
    const panel = page.getByTestId('measure-panel');
    await panel.waitFor();
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByRole('combobox', { name: 'Stand der Umsetzung' }).click();
    await page.getByRole('option', { name: 'zurückgestellt' }).click();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Schließen' }).click();
    const row = page.getByTestId('catalogue-grid').getByRole('row').filter({ hasText: title });
    await expect(row.innerText()).resolves.toContain('zurückgestellt');
  });

  it('shows both versions when someone else saved first, and saves the own version only when asked', async () => {
    const link = page.getByTestId('catalogue-grid').getByRole('button', { name: /^Details zu / }).nth(1);
    const title = await link.innerText();
    await link.click();
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await changeElsewhere(title, { Description: 'Neue Fassung aus dem Fachbereich' });
    await page.getByRole('textbox', { name: 'Beschreibung' }).fill('Meine Ergänzung');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain('Neue Fassung aus dem Fachbereich');
    await expect(conflict.innerText()).resolves.toContain('Meine Ergänzung');
    await screenshot(page, 'catalogue-conflict-de');
    await page.getByRole('button', { name: 'Meine Fassung speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();
  });

  it("shows a department contact another department's measure read-only", async () => {
    const contact = workbench.users.find((user) => user.role === 'department' && user.department)!;
    await openCatalogue(contact.login);
    const foreignRow = page
      .getByTestId('catalogue-grid')
      .getByRole('row')
      .filter({ hasNotText: new RegExp(`\\b${contact.department} `) })
      .filter({ has: page.getByRole('button', { name: /^Details zu / }) })
      .first();
    await foreignRow.getByRole('button', { name: /^Details zu / }).click();
    await page.getByTestId('measure-panel').waitFor();
    await expect(visible(page.getByText('Sie können diese Maßnahme nur ansehen'))).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Bearbeiten' }).count()).resolves.toBe(0);
    await screenshot(page, 'catalogue-department-readonly-de');
  });

  it('exports the shown measures to an .xlsx that has the import layout', async () => {
    await page.getByRole('combobox', { name: 'Stand der Umsetzung' }).click();
    await page.getByRole('option', { name: 'Daueraufgabe' }).click();
    const [shown] = await count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Nach Excel exportieren' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Massnahmenkatalog_\d{4}-\d{4}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    const bytes = fs.readFileSync(file!);
    const workbook = await readWorkbook(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), download.suggestedFilename());
    expect(workbook.problems).toEqual([]);
    const sheet = workbook.sheets[0];
    expect(sheet.headers).toEqual(expect.arrayContaining(['Handlungsfeld', 'Einzelziel']));
    expect(sheet.rows).toHaveLength(shown);
  });

  it('opens the measure a deep link points at', async () => {
    const api = `${workbench.url}/sites/integration/_api/web/getList('/sites/integration/Lists/Measures')/items?$select=Id,Title&$filter=${encodeURIComponent("MeasureNumber eq '2.1.2'")}`;
    const found = (await (await fetch(api, { headers: { Authorization: `Bearer ${coordinator}`, Accept: 'application/json' } })).json()) as { value: Array<{ Id: number; Title: string }> };
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue&item=measure-${found.value[0].Id}`);
    await page.getByTestId('measure-panel').waitFor({ timeout: 30_000 });
    await expect(visible(page.getByRole('heading', { name: 'Maßnahme 2.1.2' }))).resolves.toBe(true);
    await expect(page.getByTestId('measure-panel').innerText()).resolves.toContain(found.value[0].Title);
  });

  it("shows a measure's indicators with their recent values, and copies a link that opens the measure again", async () => {
    const get = async <T,>(query: string): Promise<T[]> =>
      ((await (await fetch(`${workbench.url}/sites/integration/_api/web/${query}`, { headers: { Authorization: `Bearer ${coordinator}`, Accept: 'application/json' } })).json()) as { value: T[] }).value;
    const [indicator] = await get<{ Title: string; MeasureId: number }>(`getList('/sites/integration/Lists/Indicators')/items?$select=Title,MeasureId&$filter=IsGenderSplit eq 1&$top=1`);
    const values = await get<{ ValueYear: number }>(`getList('/sites/integration/Lists/IndicatorValues')/items?$select=ValueYear&$filter=IndicatorId eq ${encodeURIComponent(String((await get<{ Id: number }>(`getList('/sites/integration/Lists/Indicators')/items?$select=Id&$filter=MeasureId eq ${indicator.MeasureId}`))[0].Id))}`);

    const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => session.pageErrors.push(error.message));
    await tab.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue&item=measure-${indicator.MeasureId}`);
    const panel = tab.getByTestId('measure-panel');
    await panel.waitFor({ timeout: 30_000 });
    const table = panel.getByRole('table', { name: new RegExp(indicator.Title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await table.waitFor({ timeout: 30_000 });
    await expect(visible(table.getByRole('columnheader', { name: 'weiblich' }))).resolves.toBe(true);
    expect(values.length).toBeGreaterThan(0);
    await expect(visible(table.getByRole('rowheader', { name: String(Math.max(...values.map((value) => value.ValueYear))) }))).resolves.toBe(true);
    expect(await accessibilityViolations(tab)).toEqual([]);
    await screenshot(tab, 'catalogue-measure-indicators-de');

    await panel.getByRole('button', { name: /^Link kopieren: / }).click();
    await panel.getByRole('status').filter({ hasText: 'Zwischenablage' }).waitFor({ timeout: 10_000 });
    const link = await tab.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('item')).toBe(`measure-${indicator.MeasureId}`);
    await tab.close();

    await page.goto(link);
    await page.getByTestId('measure-panel').waitFor({ timeout: 30_000 });
    await page.getByTestId('measure-panel').getByText(indicator.Title).first().waitFor({ timeout: 30_000 });
    await context.close();
  });

  it.each(['dark', 'contrast'])('renders in the Teams %s theme in English, list and panel accessible', async (theme) => {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(coordinator)}&view=catalogue&lang=en&theme=${theme}`);
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('catalogue-count').innerText()).resolves.toMatch(/measures/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Open details of / }).first().click();
    await page.getByTestId('measure-panel').getByRole('heading', { name: 'Indicators' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('measure-panel').getByText('Loading').waitFor({ state: 'detached', timeout: 30_000 });
    await screenshot(page, `catalogue-panel-en-${theme}`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
