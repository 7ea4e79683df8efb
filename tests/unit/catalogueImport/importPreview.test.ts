import { Workbook } from 'exceljs';
import { catalogueColumns, previewCatalogueFile } from '../../../src/catalogueImport';
import { context, exportedRows } from './catalogueFixture';

async function workbookWith(sheets: Array<{ name: string; rows: string[][] }>): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row) => worksheet.addRow(row));
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const catalogueRows = [catalogueColumns.map((spec) => spec.header), ...exportedRows().map((row) => catalogueColumns.map((spec) => row[spec.key] ?? ''))].map((row) =>
  row.map((text) => (text.startsWith('=') ? `'${text}` : text))
);

describe('previewCatalogueFile', () => {
  it('reads the catalogue from the sheet that has its headers, past a cover sheet', async () => {
    const data = await workbookWith([
      { name: 'Hinweise', rows: [['Stand: Mai 2024'], ['Bitte nur Spalten A bis J ändern.']] },
      { name: 'Katalog', rows: catalogueRows }
    ]);

    const preview = await previewCatalogueFile(data, 'katalog.xlsx', context);

    expect(preview.sheet?.name).toBe('Katalog');
    expect(preview.problems).toEqual([]);
    expect(preview.canImport).toBe(true);
    expect(preview.rows).toHaveLength(4);
  });

  it('refuses a file whose headers name one column twice', async () => {
    const rows = catalogueRows.map((row, index) => [...row, index === 0 ? 'Status' : 'geplant']);

    const preview = await previewCatalogueFile(await workbookWith([{ name: 'Katalog', rows }]), 'katalog.xlsx', context);

    expect(preview.canImport).toBe(false);
    expect(preview.problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([[0, 'Status', 'import.columnDuplicate']]);
  });

  it('passes on the problem of a file that is no workbook', async () => {
    const preview = await previewCatalogueFile(new TextEncoder().encode('Maßnahme;Stand'), 'katalog.csv', context);

    expect(preview.canImport).toBe(false);
    expect(preview.problems.map((problem) => problem.message)).toEqual(['import.notXlsx']);
  });
});
