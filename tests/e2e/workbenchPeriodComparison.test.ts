import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';

const coordinator = 'koordination@stadt.example';

/** The paragraphs of a .docx, runs joined, one per line. */
async function wordText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

describe('local workbench: comparing two plan periods in a real Chromium', () => {
  const session = useWorkbenchSession({ viewport: { width: 1400, height: 900 } });
  let page: Page;

  beforeEach(() => {
    page = session.page;
  });

  async function open(query = '', tab = 'Vergleich'): Promise<void> {
    await page.goto(`${session.workbench.url}/?view=steering&user=${encodeURIComponent(coordinator)}${query}`);
    await page.getByRole('tab', { name: tab }).click();
    await page.getByTestId('comparison-lines').waitFor({ timeout: 60_000 });
  }

  const rows = (): ReturnType<Page['locator']> => page.getByTestId('comparison-lines').locator('tbody tr');
  /** Ticks one option of a multi-select filter: its label takes the click (the checkbox lies under it). */
  const choose = async (filter: string, option: string): Promise<void> => {
    await page.getByRole('combobox', { name: filter }).click();
    const list = page.getByRole('listbox');
    await list.waitFor();
    await list.locator('label').filter({ hasText: new RegExp(`^${option}$`) }).click();
    await page.getByRole('option', { name: option, checked: true }).waitFor();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
  };
  /** Waits until the live count says `text`: the table follows the filter on the next render. */
  const countIs = (text: string): Promise<void> => page.getByTestId('compare-count').filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 10_000 });

  it('compares the running update with the previous one by default: added, dropped and changed items per level', async () => {
    await open();
    await expect(page.getByRole('combobox', { name: 'Frühere Fortschreibung' }).innerText()).resolves.toContain('3. Fortschreibung');
    await expect(page.getByRole('combobox', { name: 'Neuere Fortschreibung' }).innerText()).resolves.toContain('4. Fortschreibung');
    const summary = await page.getByTestId('comparison-summary').innerText();
    expect(summary).toMatch(/Maßnahme\s+3\s+2\s+\d+/);
    expect(summary).toMatch(/Leitziel\s+1\s+1\s+1/);
    const table = await page.getByTestId('comparison-lines').innerText();
    expect(table).toContain('Servicequalität der Ausländerbehörde verbessern');
    expect(table).toContain('Bezeichnung: Servicequalität der Ausländerbehörde verbessern → Ausländerbehörde als Willkommensbehörde: Online-Terminvergabe');
    expect(table).toContain('Zielwert: 430 → 480');
    await screenshot(page, 'period-comparison-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('filters by level, kind of change and text, and says how many lines are shown', async () => {
    await open();
    const total = Number(/von (\d+) Änderungen/.exec(await page.getByTestId('compare-count').innerText())![1]);
    await choose('Ebene', 'Maßnahme');
    await choose('Art der Änderung', 'entfallen');
    await countIs(`2 von ${total} Änderungen angezeigt`);
    const dropped = await rows().allInnerTexts();
    expect(dropped.map((row) => row.split('\t')[0])).toEqual(['Deutschkurse für Geflüchtete ohne Zugang zu Integrationskursen', 'Sozialbetreuung in Gemeinschaftsunterkünften']);

    // From the keyboard: the text box takes words in any case.
    await page.getByRole('searchbox', { name: 'Text suchen' }).focus();
    await page.keyboard.type('sozialBETREUUNG');
    await countIs(`1 von ${total} Änderungen angezeigt`);
    await page.keyboard.press('Escape');
    await countIs(`2 von ${total} Änderungen angezeigt`);
    await screenshot(page, 'period-comparison-filtered-de');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('hands out the changes as the Word attachment "Änderungen gegenüber der 3. Fortschreibung"', async () => {
    await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Word herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('Aenderungen-gegenueber-3-Fortschreibung.docx');
    await expect(visible(page.getByText('„Aenderungen-gegenueber-3-Fortschreibung.docx“ wurde heruntergeladen.'))).resolves.toBe(true);
    const text = await wordText((await download.path())!);
    expect(text.split('\n').slice(0, 2)).toEqual(['Änderungen gegenüber der 3. Fortschreibung', 'Anlage zur 4. Fortschreibung 2025–2027 des Integrationskonzepts']);
    expect(text).toContain('Willkommenskultur und gute Erstaufnahme\nentfallen');
    expect(text).toContain('Bezeichnung: Servicequalität der Ausländerbehörde verbessern → Ausländerbehörde als Willkommensbehörde: Online-Terminvergabe');
    expect(text).toContain('Zielwert: 430 → 480');
    expect(text).toContain('Schulsozialarbeit an Schulen mit hohem Zuwanderungsanteil ausbauen\nneu');
    expect(text).toContain('Einheit: Anzahl → Prozent\nZielwert: 160 → 25\nZeitreihe: neu definiert, mit den bisherigen Werten nicht vergleichbar');
  });

  it('asks for two different periods, and compares any two chosen', async () => {
    await open();
    await page.getByRole('combobox', { name: 'Frühere Fortschreibung' }).click();
    await page.getByRole('option', { name: /^4\. Fortschreibung/ }).click();
    await expect(visible(page.getByText('Bitte zwei verschiedene Fortschreibungen wählen.'))).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Als Word herunterladen' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'Frühere Fortschreibung' }).click();
    await page.getByRole('option', { name: /^2\. Fortschreibung/ }).click();
    // The 2nd update has no catalogue in the demo: everything of the 4th is new.
    await page.getByTestId('comparison-lines').waitFor();
    await expect(page.getByTestId('comparison-summary').innerText()).resolves.toMatch(/Maßnahme\s+42\s+0\s+0/);
  });

  it('speaks English', async () => {
    await open('&lang=en', 'Comparison');
    await expect(page.getByTestId('compare-count').innerText()).resolves.toMatch(/^\d+ of \d+ changes shown$/);
    await expect(page.getByTestId('comparison-lines').innerText()).resolves.toContain('Target: 430 → 480');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
