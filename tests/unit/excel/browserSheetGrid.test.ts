import { BrowserSheetGrid, entryText, parseEntry } from '../../../src/excel/browserSheetGrid';
import { hostileTexts } from '../indicatorSheet/hostileTexts';

/** localStorage's contract, in memory. */
function memoryStorage(): Storage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value)
  };
}

async function protectedSheet(grid: BrowserSheetGrid): Promise<void> {
  await grid.openSheet('Kennzahlen 2026');
  await grid.writeValues('Kennzahlen 2026', [
    ['Kennzahl', 'Gesamt', 'Weiblich', 'Kommentar'],
    ['A', null, null, null],
    ['B', null, null, null],
    ['C', null, null, null]
  ]);
  await grid.formatColumns('Kennzahlen 2026', 4, [{ column: 3, width: 20, numberFormat: '@' }]);
  await grid.protectSheet('Kennzahlen 2026', [
    { row: 1, column: 1 },
    { row: 2, column: 1 },
    { row: 3, column: 1 },
    { row: 1, column: 2 },
    { row: 1, column: 3 },
    { row: 2, column: 3 }
  ]);
}

describe('in-page sheet grid', () => {
  it('reads typed numbers as Excel does in the user’s language and keeps other text as text', () => {
    expect(parseEntry('1.234,5', 'de')).toBe(1234.5);
    expect(parseEntry('12,5', 'de')).toBe(12.5);
    expect(parseEntry('-5', 'de')).toBe(-5);
    expect(parseEntry('1,234.5', 'en')).toBe(1234.5);
    expect(parseEntry('1.5', 'de')).toBe('1.5');
    expect(parseEntry('12 Personen', 'de')).toBe('12 Personen');
    expect(parseEntry('', 'de')).toBeNull();
    expect(entryText(12.5, 'de')).toBe('12,5');
    expect(entryText(12.5, 'en')).toBe('12.5');
  });

  it('pastes a block across cells, skipping locked cells and rows beyond the sheet', async () => {
    const grid = new BrowserSheetGrid('de');
    await protectedSheet(grid);
    const entered = grid.pasteText('Kennzahlen 2026', { row: 1, column: 1 }, '10\t4\r\n20\t5\r\n30\t6\r\n40\t7\r\n');
    expect(entered).toBe(4);
    const content = await grid.readContent('Kennzahlen 2026');
    expect(content.values.map((row) => row.slice(1, 3))).toEqual([
      ['Gesamt', 'Weiblich'],
      [10, 4],
      [20, null],
      [30, null]
    ]);
    expect(grid.enter('Kennzahlen 2026', { row: 1, column: 0 }, 'X')).toBe(false);
  });

  it('keeps "=…" as a formula in number cells and as text in text-formatted cells', async () => {
    const grid = new BrowserSheetGrid('de');
    await protectedSheet(grid);
    grid.enter('Kennzahlen 2026', { row: 1, column: 1 }, '=1+2');
    grid.enter('Kennzahlen 2026', { row: 1, column: 3 }, '=HYPERLINK("x")');
    const content = await grid.readContent('Kennzahlen 2026');
    expect(content.formulas[1]).toEqual([null, '=1+2', null, null]);
    expect(content.values[1][3]).toBe('=HYPERLINK("x")');
    grid.enter('Kennzahlen 2026', { row: 1, column: 1 }, '3');
    expect((await grid.readContent('Kennzahlen 2026')).formulas[1][1]).toBeNull();
  });

  it('marks and clears cells and tells the view which cell to focus', async () => {
    const grid = new BrowserSheetGrid('de');
    await protectedSheet(grid);
    const focused: unknown[] = [];
    grid.onSelect((cell) => focused.push(cell));
    await grid.markCells('Kennzahlen 2026', [
      { row: 2, column: 1, message: 'Der Wert darf nicht negativ sein.' },
      { row: 2, column: 1, message: 'Noch ein Grund.' }
    ]);
    expect(grid.activeSheet?.marks).toEqual({ '2:1': ['Der Wert darf nicht negativ sein.', 'Noch ein Grund.'] });
    await grid.selectCell('Kennzahlen 2026', { row: 2, column: 1 });
    expect(focused).toEqual([{ row: 2, column: 1 }]);
    await grid.clearMarks('Kennzahlen 2026');
    expect(grid.activeSheet?.marks).toEqual({});
  });

  it('keeps the workbook and its state in the storage, like a saved file', async () => {
    const storage = memoryStorage();
    const grid = new BrowserSheetGrid('de', storage, 'book');
    await protectedSheet(grid);
    grid.enter('Kennzahlen 2026', { row: 2, column: 1 }, '17');
    await grid.writeState('{"version":1}');
    const reopened = new BrowserSheetGrid('de', storage, 'book');
    await expect(reopened.readState()).resolves.toBe('{"version":1}');
    await expect(reopened.hasSheet('Kennzahlen 2026')).resolves.toBe(true);
    expect((await reopened.readContent('Kennzahlen 2026')).values[2][1]).toBe(17);
    expect(reopened.enter('Kennzahlen 2026', { row: 2, column: 2 }, '1')).toBe(false);
  });
});

describe('in-page sheet grid: text written by the pane', () => {
  it('reads every text back exactly as written, none of it as a formula or number', async () => {
    const grid = new BrowserSheetGrid('de');
    await grid.openSheet('Kennzahlen 2026');
    await grid.writeValues('Kennzahlen 2026', [['Kennzahl'], ...hostileTexts.map((text) => [text])]);
    await grid.writeCells('Kennzahlen 2026', [{ row: 1, column: 1, value: '=1+2' }]);
    const content = await grid.readContent('Kennzahlen 2026');
    expect(content.values.slice(1).map((row) => row[0])).toEqual([...hostileTexts]);
    expect(content.values[1][1]).toBe('=1+2');
    expect(content.formulas.flat().every((formula) => formula === null)).toBe(true);
  });
});
