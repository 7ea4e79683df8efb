import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { describeImportProblem, readWorkbook } from '../../../src/catalogueImport';

async function workbookBytes(build: (workbook: Workbook) => void): Promise<ArrayBuffer> {
  const workbook = new Workbook();
  build(workbook);
  const buffer = (await workbook.xlsx.writeBuffer()) as Buffer;
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

describe('readWorkbook', () => {
  it('reads headers and rows as texts with the row numbers Excel shows', async () => {
    const data = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Katalog');
      sheet.getRow(2).values = ['Nr.', 'Maßnahme', 'Stand'];
      sheet.getRow(3).values = ['1.1.1', 'Sprach-Kitas', 'geplant'];
      // An empty row between measures is skipped, the next keeps its own number.
      sheet.getRow(5).values = [1.2, { richText: [{ text: 'Eltern' }, { text: 'café', font: { bold: true } }] }, 'umgesetzt'];
    });

    const result = await readWorkbook(data, 'katalog.xlsx');

    expect(result.problems).toEqual([]);
    expect(result.sheets).toHaveLength(1);
    expect(result.sheets[0]).toEqual({
      name: 'Katalog',
      headerRow: 2,
      headers: ['Nr.', 'Maßnahme', 'Stand'],
      rows: [
        { row: 3, cells: ['1.1.1', 'Sprach-Kitas', 'geplant'] },
        { row: 5, cells: ['1.2', 'Elterncafé', 'umgesetzt'] }
      ]
    });
  });

  it('marks the cells Excel shows as dates, such as a measure number "1.2" German Excel turned into 1 February', async () => {
    const data = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Katalog');
      sheet.getRow(1).values = ['Nr.', 'Maßnahme'];
      sheet.getRow(2).values = [45323, 'Sprach-Kitas'];
      sheet.getRow(2).getCell(1).numFmt = 'dd.mm.yyyy';
      sheet.getRow(3).values = ['1.1.2', 'Elterncafé'];
    });

    const result = await readWorkbook(data, 'katalog.xlsx');

    expect(result.sheets[0].rows).toEqual([
      { row: 2, cells: ['2024-02-01', 'Sprach-Kitas'], dateColumns: [0] },
      { row: 3, cells: ['1.1.2', 'Elterncafé'] }
    ]);
  });

  it('reads formula cells as their formula, whatever their cached result', async () => {
    const data = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Katalog');
      sheet.addRow(['Maßnahme', 'Kennzahlen']);
      sheet.addRow([{ formula: 'HYPERLINK("http://example.com","Klick")', result: 'Klick' }, { formula: '1+1', result: 2 }]);
    });

    const result = await readWorkbook(data);

    expect(result.sheets[0].rows[0].cells).toEqual(['=HYPERLINK("http://example.com","Klick")', '=1+1']);
  });

  it('says a CSV file is no Excel workbook, naming the file', async () => {
    const csv = new TextEncoder().encode('Handlungsfeld;Einzelziel;Maßnahme\nArbeit;Ausbildung;Messe\n');

    const result = await readWorkbook(csv.buffer as ArrayBuffer, 'katalog.csv');

    expect(result.sheets).toEqual([]);
    expect(result.problems).toEqual([{ row: 0, column: '', message: 'import.notXlsx', params: { fileName: 'katalog.csv' } }]);
    expect(describeImportProblem(result.problems[0])).toContain('„katalog.csv“ ist keine Excel-Arbeitsmappe');
    expect(describeImportProblem(result.problems[0], 'en')).toContain('is not an Excel workbook');
  });

  it('says a ZIP file that is not a workbook (a Word document) is no Excel workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const data = await zip.generateAsync({ type: 'arraybuffer' });

    const result = await readWorkbook(data, 'bericht.docx');

    expect(result.problems.map((problem) => problem.message)).toEqual(['import.notXlsx']);
  });

  it('says a damaged .xlsx cannot be read', async () => {
    const data = new Uint8Array(await workbookBytes((workbook) => workbook.addWorksheet('Katalog').addRow(['Maßnahme'])));

    // A download cut off before the end: the archive's directory is missing.
    const result = await readWorkbook(data.slice(0, data.length - 300), 'katalog.xlsx');

    expect(result.problems.map((problem) => problem.message)).toEqual(['import.unreadable']);
  });

  it('says an empty file is empty', async () => {
    const result = await readWorkbook(new ArrayBuffer(0), 'leer.xlsx');

    expect(result.problems.map((problem) => problem.message)).toEqual(['import.fileEmpty']);
  });

  it('says a workbook without rows holds no table', async () => {
    const data = await workbookBytes((workbook) => {
      workbook.addWorksheet('Leer');
      workbook.addWorksheet('Nur Überschrift').addRow(['Maßnahme', 'Stand']);
    });

    const result = await readWorkbook(data, 'katalog.xlsx');

    expect(result.problems.map((problem) => problem.message)).toEqual(['import.noData']);
    expect(describeImportProblem(result.problems[0])).toBe('Die Arbeitsmappe enthält keine Tabelle mit Überschriften und Zeilen.');
  });
});
