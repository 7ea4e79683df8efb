import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { columnIndex, readIndicatorSheet, SheetColumnKey, sheetColumns, sheetMatrix, startSubmission } from '../../../src/indicatorSheet';
import { indicatorWorkbookFileName, IndicatorWorkbookContent, isWorkbookError, readIndicatorWorkbook, writeIndicatorWorkbook } from '../../../src/indicatorSheet/xlsxSheet';
import { demoModel, storedBudget } from './fixtures';
import { hostileTexts } from './hostileTexts';

/** Opens a downloaded file in exceljs, lets `edit` change it as a user would in Excel, and saves it again. */
async function editAsUser(bytes: Uint8Array, edit: (sheet: Worksheet, workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  edit(workbook.worksheets[0], workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Row 1-based like the matrix's data rows (matrix row r is Excel row r + 1). */
function setCell(sheet: Worksheet, matrixRow: number, key: SheetColumnKey, value: unknown): void {
  sheet.getRow(matrixRow + 1).getCell(columnIndex(key) + 1).value = value as never;
}

async function read(bytes: Uint8Array, fileName = 'Kennzahlen_50_2026.xlsx'): Promise<IndicatorWorkbookContent> {
  const content = await readIndicatorWorkbook(bytes, fileName);
  if (isWorkbookError(content)) {
    throw new Error(`unexpected error ${content.error}`);
  }
  return content;
}

describe('indicator sheet as .xlsx', () => {
  it('downloads exactly the sheet matrix, which reads back unchanged and submits nothing', async () => {
    const model = demoModel();
    const content = await read(await writeIndicatorWorkbook(model, 'de'));
    expect(content.sheetName).toBe('Kennzahlen 2026');
    expect(content.values.map((row) => row.slice(0, sheetColumns.length))).toEqual(sheetMatrix(model, 'de'));
    expect(content.formulas.flat().every((formula) => formula === null)).toBe(true);
    // Only the prefilled stored value comes back, and it is unchanged.
    const reading = readIndicatorSheet(content.values, content.formulas, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values).toEqual([expect.objectContaining({ indicatorId: 12, total: 21000, id: storedBudget.id, etag: storedBudget.etag })]);
    expect(startSubmission(model, reading.values).settled).toEqual({ '12-2026': { kind: 'unchanged' } });
  });

  it('writes titles, units and comments from SharePoint as text cells that read back exactly', async () => {
    const base = demoModel();
    const model = {
      ...base,
      rows: hostileTexts.map((text, index) => ({
        ...base.rows[1],
        indicator: { ...base.rows[1].indicator, id: 100 + index, title: text, unit: text },
        measureNumber: undefined,
        measureTitle: text,
        stored: { ...storedBudget, id: 600 + index, indicatorId: 100 + index, comment: text }
      }))
    };
    const bytes = await writeIndicatorWorkbook(model, 'de');
    const content = await read(bytes);
    const textColumns = (['measure', 'indicator', 'unit', 'comment'] as const).map(columnIndex);
    hostileTexts.forEach((text, index) => {
      expect(textColumns.map((column) => content.values[index + 1][column])).toEqual([text, text, text, text]);
    });
    expect(content.formulas.flat().every((formula) => formula === null)).toBe(true);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    // Formatted as text, so re-entering a cell in Excel keeps it a text as well.
    expect(textColumns.map((column) => workbook.worksheets[0].getRow(2).getCell(column + 1).numFmt)).toEqual(['@', '@', '@', '@']);
  });

  it('takes a comment the user types with a formula sign ("-5 % …", "=…") exactly as typed, and writes it back as text', async () => {
    const base = demoModel();
    const model = {
      ...base,
      rows: hostileTexts.map((_, index) => ({
        ...base.rows[1],
        indicator: { ...base.rows[1].indicator, id: 100 + index },
        stored: { ...storedBudget, id: 600 + index, indicatorId: 100 + index, comment: 'wie im Vorjahr' }
      }))
    };
    const typed = await editAsUser(await writeIndicatorWorkbook(model, 'de'), (sheet) => hostileTexts.forEach((text, index) => setCell(sheet, index + 1, 'comment', text)));
    const content = await read(typed);
    const reading = readIndicatorSheet(content.values, content.formulas, model, 'de');
    expect(reading.problems).toEqual([]);
    // A leading tab is blank space around the comment, trimmed like any other.
    expect(reading.values.map((value) => value.comment)).toEqual(hostileTexts.map((text) => text.trim()));

    const stored = { ...model, rows: model.rows.map((row, index) => ({ ...row, stored: { ...row.stored, comment: reading.values[index].comment } })) };
    const again = await read(await writeIndicatorWorkbook(stored, 'de'));
    expect(again.values.slice(1).map((row) => row[columnIndex('comment')])).toEqual(hostileTexts.map((text) => text.trim()));
    expect(again.formulas.flat().every((formula) => formula === null)).toBe(true);
  });

  it('hides the id columns, locks all but the input cells, validates numbers and protects the sheet without a password', async () => {
    const model = demoModel();
    const workbook = new Workbook();
    const bytes = await writeIndicatorWorkbook(model, 'en');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indicators 2026')!;
    expect(sheet).toBeDefined();
    for (const column of sheetColumns) {
      expect({ key: column.key, hidden: sheet.getColumn(columnIndex(column.key) + 1).hidden }).toEqual({ key: column.key, hidden: column.kind === 'hidden' });
    }
    const cell = (row: number, key: SheetColumnKey) => sheet.getRow(row + 1).getCell(columnIndex(key) + 1);
    // Row 1 is split by gender, row 2 is not.
    expect(cell(1, 'total').protection?.locked).toBe(false);
    expect(cell(1, 'female').protection?.locked).toBe(false);
    expect(cell(1, 'comment').protection?.locked).toBe(false);
    // Locked is Excel's default for a cell, so a file leaves it out.
    const isLocked = (row: number, key: SheetColumnKey): boolean => cell(row, key).protection?.locked !== false;
    expect(isLocked(2, 'female')).toBe(true);
    expect(isLocked(1, 'indicator')).toBe(true);
    expect(isLocked(1, 'previousTotal')).toBe(true);
    expect(isLocked(1, 'indicatorId')).toBe(true);
    expect(isLocked(1, 'outcome')).toBe(true);
    expect(cell(1, 'total').dataValidation).toEqual(expect.objectContaining({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true }));
    expect(cell(1, 'female').dataValidation).toEqual(expect.objectContaining({ type: 'whole', operator: 'greaterThanOrEqual' }));
    expect(cell(1, 'comment').dataValidation).toBeFalsy();
    expect(cell(1, 'comment').numFmt).toBe('@');
    expect(sheet.getColumn(columnIndex('indicator') + 1).width).toBe(40);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect(protection).toEqual(expect.objectContaining({ sheet: true }));
    expect(protection).not.toHaveProperty('hashValue');
    expect(indicatorWorkbookFileName(model, 'de')).toBe('Kennzahlen_2026.xlsx');
    expect(indicatorWorkbookFileName({ year: 2025, departmentName: '50 Soziales' }, 'en')).toBe('Indicators_50_2025.xlsx');
  });

  it('reads what a user typed in Excel as the values the sheet reader accepts', async () => {
    const model = demoModel();
    const filled = await editAsUser(await writeIndicatorWorkbook(model, 'de'), (sheet) => {
      setCell(sheet, 1, 'total', 110);
      setCell(sheet, 1, 'female', 55);
      setCell(sheet, 1, 'male', 50);
      setCell(sheet, 1, 'diverse', 1);
      setCell(sheet, 1, 'notStated', 4);
      setCell(sheet, 3, 'total', 13.5);
      setCell(sheet, 4, 'total', 11);
      setCell(sheet, 4, 'comment', { richText: [{ text: 'Mehr ' }, { text: 'Sprechstunden' }] });
    });
    const content = await read(filled);
    const reading = readIndicatorSheet(content.values, content.formulas, model, 'de');
    expect(reading.problems).toEqual([]);
    const byIndicator = new Map(reading.values.map((value) => [value.indicatorId, value]));
    expect(byIndicator.get(11)).toEqual(expect.objectContaining({ total: 110, female: 55, male: 50, diverse: 1, notStated: 4, year: 2026 }));
    expect(byIndicator.get(13)?.total).toBe(13.5);
    expect(byIndicator.get(14)).toEqual(expect.objectContaining({ total: 11, comment: 'Mehr Sprechstunden' }));
    expect(byIndicator.get(12)?.total).toBe(21000);
  });

  it('detects formulas, text and error values in the uploaded cells with the reader\'s messages', async () => {
    const model = demoModel();
    const filled = await editAsUser(await writeIndicatorWorkbook(model, 'de'), (sheet) => {
      setCell(sheet, 1, 'total', { formula: 'SUM(I2:L2)', result: 6 });
      setCell(sheet, 1, 'female', 3);
      setCell(sheet, 1, 'male', 3);
      setCell(sheet, 1, 'diverse', 0);
      setCell(sheet, 1, 'notStated', 0);
      setCell(sheet, 3, 'total', 'zwölf');
      setCell(sheet, 4, 'total', { error: '#DIV/0!' });
    });
    const content = await read(filled);
    expect(content.formulas[1][columnIndex('total')]).toBe('=SUM(I2:L2)');
    expect(content.values[1][columnIndex('total')]).toBe(6);
    const reading = readIndicatorSheet(content.values, content.formulas, model, 'de');
    const problemAt = (row: number, column: SheetColumnKey) => reading.problems.filter((problem) => problem.row === row && problem.column === column).map((problem) => problem.message);
    expect(problemAt(1, 'total')).toEqual([expect.stringContaining('Formeln werden nicht übernommen')]);
    expect(problemAt(3, 'total')).toEqual([expect.stringContaining('„zwölf“')]);
    expect(problemAt(4, 'total')).toEqual([expect.stringContaining('„#DIV/0!“')]);
    expect(reading.values.map((value) => value.indicatorId)).toEqual([12]);
  });

  it('refuses a date typed into a number cell with the date, not its serial, and reads a number stored as text', async () => {
    const model = demoModel();
    const filled = await editAsUser(await writeIndicatorWorkbook(model, 'de'), (sheet) => {
      // Typing "15.3.2024" makes Excel store the serial 45366 and give the cell a date format.
      const typed = sheet.getRow(5).getCell(columnIndex('total') + 1);
      typed.value = 45366;
      typed.numFmt = 'dd.mm.yyyy';
      setCell(sheet, 2, 'total', new Date(Date.UTC(2024, 2, 15)));
      // A cell formatted as text keeps "42" as text.
      setCell(sheet, 3, 'total', '42');
      setCell(sheet, 3, 'comment', 'Neue Beratungsstelle');
    });
    const content = await read(filled);
    expect(content.values[4][columnIndex('total')]).toEqual({ date: '2024-03-15' });
    expect(content.values[2][columnIndex('total')]).toEqual({ date: '2024-03-15' });

    for (const language of ['de', 'en'] as const) {
      const reading = readIndicatorSheet(content.values, content.formulas, model, language);
      const messages = reading.problems.map((problem) => [problem.row, problem.column, problem.message]);
      const total = sheetColumns.findIndex((column) => column.key === 'total');
      const letter = String.fromCharCode(65 + total);
      expect(messages).toEqual([
        [2, 'total', expect.stringContaining(language === 'de' ? `Zelle ${letter}3 enthält ein Datum (15.03.2024)` : `Cell ${letter}3 holds a date (2024-03-15)`)],
        [4, 'total', expect.stringContaining(language === 'de' ? `Zelle ${letter}5 enthält ein Datum (15.03.2024)` : `Cell ${letter}5 holds a date (2024-03-15)`)]
      ]);
      expect(reading.problems.map((problem) => problem.message).join(' ')).not.toMatch(/45\.?366/);
      expect(reading.values.map((value) => [value.indicatorId, value.total])).toEqual([[13, 42]]);
    }
  });

  it("refuses another department's or another year's file row by row", async () => {
    const model = demoModel();
    const otherYear = await editAsUser(await writeIndicatorWorkbook({ ...model, year: 2025, rows: model.rows.map(({ indicator, measureTitle }) => ({ indicator, measureTitle })) }, 'de'), (sheet) => {
      setCell(sheet, 1, 'total', 10);
      setCell(sheet, 1, 'female', 10);
      setCell(sheet, 1, 'male', 0);
      setCell(sheet, 1, 'diverse', 0);
      setCell(sheet, 1, 'notStated', 0);
    });
    const yearReading = readIndicatorSheet(...contentArgs(await read(otherYear)), model, 'de');
    expect(yearReading.values).toEqual([]);
    expect(yearReading.problems).toEqual([{ row: 1, column: 'indicator', message: expect.stringContaining('aus dem Blatt eines anderen Jahres (11-2025)') }]);

    const foreign = { ...model, departmentId: 9, departmentName: 'Fachbereich 32 Ordnung', rows: model.rows.map((row) => ({ ...row, indicator: { ...row.indicator, id: row.indicator.id + 100, departmentId: 9 }, stored: undefined })) };
    const foreignFile = await editAsUser(await writeIndicatorWorkbook(foreign, 'de'), (sheet) => setCell(sheet, 4, 'total', 10));
    const foreignReading = readIndicatorSheet(...contentArgs(await read(foreignFile)), model, 'de');
    expect(foreignReading.values).toEqual([]);
    expect(foreignReading.problems).toEqual([{ row: 4, column: 'indicator', message: expect.stringContaining('Die Kennzahl 114 gehört nicht zu den Kennzahlen von Fachbereich 50 Soziales') }]);
  });

  it('names what is wrong with a file that is no indicator workbook', async () => {
    expect(await readIndicatorWorkbook(new Uint8Array(), 'leer.xlsx')).toEqual({ error: 'fileEmpty' });
    expect(await readIndicatorWorkbook(new TextEncoder().encode('Wertschlüssel;Kennzahl-ID\n11-2026;11\n'), 'werte.csv')).toEqual({ error: 'notXlsx' });
    const damaged = (await writeIndicatorWorkbook(demoModel(), 'de')).slice(0, 200);
    expect(await readIndicatorWorkbook(damaged, 'kaputt.xlsx')).toEqual({ error: 'unreadable' });
    const other = new Workbook();
    other.addWorksheet('Tabelle1').addRow(['Maßnahme', 'Wert']);
    const otherBytes = new Uint8Array((await other.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readIndicatorWorkbook(otherBytes, 'andere.xlsx')).toEqual({ error: 'noSheet' });
  });

  it('finds the sheet after the user renamed it and put another sheet in front', async () => {
    const model = demoModel();
    const edited = await editAsUser(await writeIndicatorWorkbook(model, 'de'), (sheet, workbook) => {
      sheet.name = 'Meine Werte';
      setCell(sheet, 4, 'total', 10);
      const notes = workbook.addWorksheet('Notizen');
      notes.addRow(['Wert', 'Notiz']);
      (notes as unknown as { orderNo: number }).orderNo = -1;
    });
    const check = new Workbook();
    await check.xlsx.load(edited.buffer.slice(edited.byteOffset, edited.byteOffset + edited.byteLength) as ArrayBuffer);
    expect(check.worksheets.map((sheet) => sheet.name)[0]).toBe('Notizen');
    const content = await read(edited);
    expect(content.sheetName).toBe('Meine Werte');
    expect(readIndicatorSheet(content.values, content.formulas, model, 'de').values.map((value) => value.indicatorId).sort()).toEqual([12, 14]);
  });
});

function contentArgs(content: IndicatorWorkbookContent): [IndicatorWorkbookContent['values'], IndicatorWorkbookContent['formulas']] {
  return [content.values, content.formulas];
}
