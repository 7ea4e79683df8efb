import { BrowserSheetGrid } from '../../../src/excel/browserSheetGrid';
import { inputCells } from '../../../src/excel/paneSheet';
import { browserWorkbookOf, cellOfAddress } from '../../../src/excel/workbookFile';
import { sheetIdentityOf } from '../../../src/excel/workbookRecognition';
import { columnIndex, sheetColumns, sheetMatrix } from '../../../src/indicatorSheet/sheetLayout';
import { writeIndicatorWorkbook } from '../../../src/indicatorSheet/xlsxSheet';
import { addAutoShowTaskpane } from '../../../src/indicatorSheet/webExtensionParts';
import { openWorkbookFile, WorkbookFileServices, workbookFileStorageKey } from '../../../src/excel/workbookFileOpening';
import { demoModel } from '../indicatorSheet/fixtures';

describe('a workbook file in the in-page grid', () => {
  it('shows the indicator sheet exactly as the file holds it: values, protection, hidden and text columns', async () => {
    const model = demoModel();
    const workbook = await browserWorkbookOf(await writeIndicatorWorkbook(model, 'de'));
    expect(workbook?.sheets.map((sheet) => sheet.name)).toEqual(['Kennzahlen 2026', 'Hinweise']);
    expect(workbook?.active).toBe('Kennzahlen 2026');
    const sheet = workbook!.sheets[0];
    expect(sheet.values).toEqual(sheetMatrix(model, 'de'));
    expect(sheet.isProtected).toBe(true);
    // The unlocked cells are the input cells the add-in would leave editable.
    expect([...sheet.editable].sort()).toEqual(inputCells(model).map((cell) => `${cell.row}:${cell.column}`).sort());
    const hidden = sheet.columns.filter((column) => column.isHidden).map((column) => column.column);
    expect(hidden).toEqual(sheetColumns.flatMap((column, index) => (column.kind === 'hidden' ? [index] : [])));
    expect(sheet.columns[columnIndex('comment')].numberFormat).toBe('@');
    expect(sheet.columns[columnIndex('indicator')].width).toBe(40);
    // The cursor opens on the first value to enter, where the file was saved with it.
    expect(sheet.activeCell).toEqual({ row: 1, column: columnIndex('total') });
    expect(sheetIdentityOf(sheet.name, sheet.values)).toEqual({ sheetName: 'Kennzahlen 2026', year: 2026, indicatorIds: [11, 12, 13, 14] });
  });

  it('takes typing only in the unlocked cells, and what the storage kept of the file wins over the file', async () => {
    const model = demoModel();
    const workbook = (await browserWorkbookOf(await writeIndicatorWorkbook(model, 'de')))!;
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
    const grid = new BrowserSheetGrid('de', storage, 'file-key', workbook);
    expect(grid.enter('Kennzahlen 2026', { row: 1, column: columnIndex('total') }, '120')).toBe(true);
    expect(grid.enter('Kennzahlen 2026', { row: 1, column: columnIndex('indicator') }, 'anders')).toBe(false);
    const reopened = new BrowserSheetGrid('de', storage, 'file-key', workbook);
    expect((await reopened.readContent('Kennzahlen 2026')).values[1][columnIndex('total')]).toBe(120);
    expect((await new BrowserSheetGrid('de', storage, 'other-version', workbook).readContent('Kennzahlen 2026')).values[1][columnIndex('total')]).toBeNull();
  });

  it('reads A1 addresses', () => {
    expect(cellOfAddress('A1')).toEqual({ row: 0, column: 0 });
    expect(cellOfAddress('$AA$10')).toEqual({ row: 9, column: 26 });
    expect(cellOfAddress('h2')).toEqual({ row: 1, column: 7 });
    expect(cellOfAddress('R1C1')).toBeUndefined();
    expect(cellOfAddress(undefined)).toBeUndefined();
  });

  it('refuses bytes that are no workbook', async () => {
    expect(await browserWorkbookOf(new TextEncoder().encode('<html>404</html>'))).toBeUndefined();
    expect(await browserWorkbookOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeUndefined();
    expect(await browserWorkbookOf(new Uint8Array())).toBeUndefined();
  });
});

describe('opening a workbook file from SharePoint', () => {
  const url = '/sites/integration/Kennzahlenmappen/50/Kennzahlen 2026 – Fachbereich 50.xlsx';
  function services(content: Uint8Array, etag = '"{A},1"'): WorkbookFileServices {
    return {
      users: { currentUser: async () => ({ login: 'Anna@stadt.example' }) },
      files: { read: async (serverRelativeUrl: string) => ({ serverRelativeUrl, name: 'Kennzahlen 2026 – Fachbereich 50.xlsx', etag, content }) }
    } as unknown as WorkbookFileServices;
  }

  it('opens the pane with the document only where the file carries the auto-show part, as Excel does', async () => {
    const plain = await writeIndicatorWorkbook(demoModel(), 'de');
    const withPart = await addAutoShowTaskpane(plain);
    const shown = await openWorkbookFile(services(withPart), url, 'de');
    const closed = await openWorkbookFile(services(plain), url, 'de');
    expect(shown).toMatchObject({ fileName: 'Kennzahlen 2026 – Fachbereich 50.xlsx', isPaneShownWithDocument: true });
    expect(closed).toMatchObject({ isPaneShownWithDocument: false });
    // Both show the sheet as written.
    for (const opened of [shown, closed]) {
      expect('grid' in opened && (await opened.grid.readContent('Kennzahlen 2026')).values).toEqual(sheetMatrix(demoModel(), 'de'));
    }
  });

  it('says so when the file is no workbook, and keeps typed values per user and version of the file', async () => {
    expect(await openWorkbookFile(services(new TextEncoder().encode('kein Excel')), url, 'de')).toEqual({ error: 'notWorkbook', fileName: 'Kennzahlen 2026 – Fachbereich 50.xlsx' });
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
    const content = await addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de'));
    const first = await openWorkbookFile(services(content), url, 'de', storage);
    expect('grid' in first && first.grid.enter('Kennzahlen 2026', { row: 1, column: columnIndex('total') }, '99')).toBe(true);
    expect([...data.keys()]).toEqual([workbookFileStorageKey('anna@stadt.example', url)]);
    const again = await openWorkbookFile(services(content), url, 'de', storage);
    expect('grid' in again && (await again.grid.readContent('Kennzahlen 2026')).values[1][columnIndex('total')]).toBe(99);
    const refreshed = await openWorkbookFile(services(content, '"{A},2"'), url, 'de', storage);
    expect('grid' in refreshed && (await refreshed.grid.readContent('Kennzahlen 2026')).values[1][columnIndex('total')]).toBeNull();
  });
});
