import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot, accessibilityViolations, visible } from './support/browser';
import { useWorkbenchSession } from './support/session';
import type { RunningWorkbench } from './support/workbench';
import { exportCatalogue } from '../../src/catalogueImport';
import type { CatalogueSheetRow } from '../../src/catalogueImport';
import { fieldsOfAction } from '../../local/seed/catalogueData';

const coordinator = 'koordination@stadt.example';

/** Three measures the demo catalogue does not hold yet, in its own fields of action and goals. */
function newMeasures(): CatalogueSheetRow[] {
  const [language, work] = fieldsOfAction;
  return [
    { fieldOfAction: language.title, goal: language.goals[0].title, title: 'Sprachpatenschaften an Grundschulen', leadDepartment: '40 Schule und Bildung', sourceConcept: 'Integrationskonzept Flüchtlinge', status: 'geplant', indicators: 'Vermittelte Patenschaften' },
    { fieldOfAction: language.title, goal: language.goals[0].title, title: 'Mehrsprachige Elternabende in Kitas', leadDepartment: '51', involvedDepartments: '43 Volkshochschule', sourceConcept: 'Integrationskonzept Flüchtlinge', status: 'in Umsetzung', indicators: 'Teilnehmende Eltern' },
    { fieldOfAction: work.title, goal: work.goals[0].title, title: 'Anerkennungsberatung im Bürgerbüro', leadDepartment: '32 Ordnung und Bürgerservice', sourceConcept: 'Integrationskonzept Flüchtlinge', status: 'geplant', indicators: 'Beratungsgespräche' }
  ];
}

describe('local workbench: importing the catalogue from Excel', () => {
  let workbench: RunningWorkbench;
  const session = useWorkbenchSession();
  let page: Page;
  let fileDir: string;

  beforeAll(async () => {
    fileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-import-files-'));
  }, 120_000);

  beforeEach(() => {
    ({ workbench, page } = session);
  });

  afterAll(async () => {
    fs.rmSync(fileDir, { recursive: true, force: true });
  });

  async function openCatalogue(login: string): Promise<void> {
    await page.goto(`${workbench.url}/?user=${encodeURIComponent(login)}&view=catalogue`);
    await page.getByTestId('catalogue-grid').waitFor({ timeout: 30_000 });
  }

  async function total(): Promise<number> {
    const text = (await page.getByTestId('catalogue-count').innerText()).replace(/\./g, '');
    return Number((text.match(/\d+/g) ?? [])[1]);
  }

  async function writeFile(name: string, bytes: Uint8Array): Promise<string> {
    const file = path.join(fileDir, name);
    fs.writeFileSync(file, bytes);
    return file;
  }

  /** A file with an unknown department, a duplicate row and a formula typed into a cell. */
  async function faultyFile(): Promise<string> {
    const [first, second, third] = newMeasures();
    const bytes = await exportCatalogue([{ ...first, leadDepartment: '99 Unbekannt' }, second, second, third]);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    // Row 5 (the fourth measure), column "Beschreibung" (J): a formula someone pasted.
    workbook.worksheets[0].getCell('J5').value = { formula: 'HYPERLINK("https://example.org","Details")', result: 'Details', date1904: false };
    return writeFile('Katalog mit Fehlern.xlsx', new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  }

  async function openImport(): Promise<void> {
    await page.getByRole('button', { name: 'Aus Excel importieren' }).click();
    await page.getByTestId('import-step').filter({ hasText: 'Schritt 1 von 5' }).waitFor();
  }

  async function chooseFile(file: string): Promise<void> {
    await page.getByLabel('Excel-Datei (.xlsx) mit dem Maßnahmenkatalog').setInputFiles(file);
  }

  async function previewOf(file: string): Promise<void> {
    await chooseFile(file);
    await page.getByTestId('import-step').filter({ hasText: 'Schritt 2 von 5' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Weiter zur Vorschau' }).click();
    await page.getByTestId('import-preview').waitFor();
  }

  it('explains a file that is no workbook, lists the row errors of a faulty one and blocks its import', async () => {
    await openCatalogue(coordinator);
    const before = await total();
    await openImport();
    expect(await accessibilityViolations(page)).toEqual([]);

    await chooseFile(await writeFile('Katalog.csv', new TextEncoder().encode('Handlungsfeld;Einzelziel;Maßnahme\n')));
    await expect(page.getByTestId('import-file-error').innerText()).resolves.toContain('„Katalog.csv“ ist keine Excel-Arbeitsmappe (.xlsx)');

    await chooseFile(await faultyFile());
    await page.getByTestId('import-step').filter({ hasText: 'Schritt 2 von 5' }).waitFor({ timeout: 30_000 });
    // The export's headers map by themselves; required columns are marked.
    await expect(page.getByRole('combobox', { name: /^Federführender Fachbereich/ }).innerText()).resolves.toContain('Federführender Fachbereich');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Weiter zur Vorschau' }).click();

    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = await problems.innerText();
    expect(text).toContain('Den Fachbereich „99 Unbekannt“ gibt es nicht');
    expect(text).toContain('Diese Maßnahme steht bereits in Zeile 3');
    expect(text).toContain('Formel');
    await expect(page.getByTestId('import-preview-counts').innerText()).resolves.toMatch(/^3 Zeilen mit Fehlern/);
    await expect(page.getByRole('button', { name: 'Jetzt importieren' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'catalogue-import-preview-errors-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Schließen' }).first().click();
    await openCatalogue(coordinator);
    expect(await total()).toBe(before);
  });

  it('imports three new measures with progress, shows them in the catalogue, and changes nothing on a second import', async () => {
    await openCatalogue(coordinator);
    const before = await total();
    const file = await writeFile('Neue Maßnahmen.xlsx', await exportCatalogue(newMeasures()));
    await openImport();
    await previewOf(file);
    await expect(page.getByTestId('import-preview-counts').innerText()).resolves.toBe('3 neu, 0 geändert, 0 unverändert, 0 mit Fehlern');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A slow SharePoint, so the progress shows long enough to be seen.
    await workbench.injectFault({ path: '\\$batch', latencyMs: 1500, count: 1 });
    await page.getByRole('button', { name: 'Jetzt importieren' }).click();
    await page.getByTestId('import-progress').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const counts = page.getByTestId('import-result-counts');
    await counts.waitFor({ timeout: 30_000 });
    await expect(counts.innerText()).resolves.toBe('3 neu, 0 geändert, 0 unverändert, 0 fehlgeschlagen');
    await screenshot(page, 'catalogue-import-result-de');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Schließen' }).last().click();
    // The catalogue loads again and counts the new measures.
    await page.getByTestId('catalogue-count').filter({ hasText: new RegExp(`von ${(before + 3).toLocaleString('de-DE').replace('.', '\\.')} Maßnahmen`) }).waitFor({ timeout: 30_000 });
    expect(await total()).toBe(before + 3);
    await page.getByRole('searchbox').fill('Anerkennungsberatung im Bürgerbüro');
    await expect(page.getByTestId('catalogue-grid').getByRole('button', { name: /Anerkennungsberatung im Bürgerbüro/ }).count()).resolves.toBe(1);

    await page.getByRole('searchbox').fill('');
    await openImport();
    await previewOf(file);
    await expect(page.getByTestId('import-preview-counts').innerText()).resolves.toBe('0 neu, 0 geändert, 3 unverändert, 0 mit Fehlern');
    await page.getByRole('button', { name: 'Jetzt importieren' }).click();
    await expect(page.getByTestId('import-result-counts').innerText()).resolves.toBe('0 neu, 0 geändert, 3 unverändert, 0 fehlgeschlagen');
  });

  it('offers no import to a department contact', async () => {
    const contact = workbench.users.find((user) => user.role === 'department' && user.department)!;
    await openCatalogue(contact.login);
    await expect(visible(page.getByRole('button', { name: 'Nach Excel exportieren' }))).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Aus Excel importieren' }).count()).resolves.toBe(0);
  });
});
