import { Workbook } from 'exceljs';
import { catalogueColumns, exportCatalogue, planCatalogueImport, readWorkbook, suggestColumnMapping, validateImportRows } from '../../../src/catalogueImport';
import type { CatalogueSheetRow } from '../../../src/catalogueImport';
import { context, existing, exportedFile, exportedRows, validRow } from './catalogueFixture';
import { hostileTexts } from '../indicatorSheet/hostileTexts';

/** The path a user takes: upload, column mapping, preview, plan. */
async function importFile(data: Uint8Array) {
  const read = await readWorkbook(data, 'Maßnahmenkatalog.xlsx');
  expect(read.problems).toEqual([]);
  const [sheet] = read.sheets;
  const suggestion = suggestColumnMapping(sheet.headers);
  const preview = validateImportRows(sheet.rows, suggestion.mapping, context, sheet.headers);
  return { sheet, suggestion, preview, plan: preview.canImport ? planCatalogueImport(preview.rows, existing) : undefined };
}

async function openWorkbook(data: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return workbook;
}

describe('catalogue export and re-import', () => {
  it('imports an exported catalogue again without any change', async () => {
    const result = await importFile(await exportedFile());

    expect(result.suggestion.missing).toEqual([]);
    expect(result.suggestion.ignoredHeaders).toEqual([]);
    expect(result.preview.problems).toEqual([]);
    expect(result.plan?.counts).toEqual({ create: 0, update: 0, unchanged: 4 });
    expect(result.plan?.fieldsOfAction).toEqual([]);
    expect(result.plan?.goals).toEqual([]);
  });

  it('turns one edited row into exactly one update of the changed field', async () => {
    const rows = exportedRows().map((row) => (row.number === '1.3.1' ? { ...row, title: 'Integrationskurse koordinieren und vermitteln' } : row));

    const result = await importFile(await exportedFile(rows));

    expect(result.plan?.counts).toEqual({ create: 0, update: 1, unchanged: 3 });
    expect(result.plan?.measures.filter((step) => step.kind === 'update')).toEqual([
      { kind: 'update', row: 4, importKey: 'FS2-1.3.1', id: 103, etag: '"103,3"', changes: { title: 'Integrationskurse koordinieren und vermitteln' }, addIndicators: [] }
    ]);
  });

  it('writes German headers in a styled, frozen header row with an autofilter and sensible widths', async () => {
    const workbook = await openWorkbook(await exportedFile());
    const sheet = workbook.worksheets[0];

    expect(sheet.name).toBe('Maßnahmenkatalog');
    expect(sheet.getRow(1).values).toEqual([undefined, ...catalogueColumns.map((spec) => spec.header)]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(4).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:J5');
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(40);
    expect(sheet.getColumn(1).width).toBeLessThan(15);
  });

  it('writes no formula: text starting with a formula sign is a string with the apostrophe text mark', async () => {
    const rows: CatalogueSheetRow[] = [validRow({ title: '=HYPERLINK("http://evil.example","x")', description: '+49 123 456', indicators: '@Teilnehmende' }), validRow({ number: '1.10', title: '-Kurse' })];
    const workbook = await openWorkbook(await exportCatalogue(rows));
    const sheet = workbook.worksheets[0];

    const cells = [sheet.getCell('D2'), sheet.getCell('J2'), sheet.getCell('I2'), sheet.getCell('D3'), sheet.getCell('A3')];
    expect(cells.map((cell) => cell.formula)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(cells.map((cell) => cell.value)).toEqual(["'=HYPERLINK(\"http://evil.example\",\"x\")", "'+49 123 456", "'@Teilnehmende", "'-Kurse", '1.10']);
  });

  it('exports hostile titles and descriptions as strings that import again exactly as stored', async () => {
    // A title is normalised (blanks collapsed, trimmed) on every way in, so the tab case is the description's.
    const titles = hostileTexts.filter((text) => text.trim() === text);
    const rows = titles.map((title, index) => validRow({ number: `1.1.${index + 10}`, title, description: hostileTexts[index], indicators: index === 0 ? '=1+1' : '' }));
    const data = await exportCatalogue(rows);
    const sheet = (await openWorkbook(data)).worksheets[0];
    const written = rows.flatMap((_, index) => [sheet.getCell(`D${index + 2}`), sheet.getCell(`J${index + 2}`), sheet.getCell(`I${index + 2}`)]);
    expect(written.filter((cell) => cell.formula !== undefined || (cell.value !== null && typeof cell.value !== 'string'))).toEqual([]);

    const result = await importFile(data);

    expect(result.preview.problems).toEqual([]);
    expect(result.preview.rows.map((row) => row.title)).toEqual(titles);
    expect(result.preview.rows.map((row) => row.description)).toEqual(titles.map((_, index) => hostileTexts[index].trim()));
    expect(result.preview.rows[0].indicators).toEqual(['=1+1']);
  });

  it('refuses a catalogue where someone typed a formula, naming row and column', async () => {
    const workbook = await openWorkbook(await exportedFile());
    workbook.worksheets[0].getCell('D3').value = { formula: 'HYPERLINK("http://evil.example","Rucksack")', result: 'Rucksack' };
    const data = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    const result = await importFile(data);

    expect(result.preview.canImport).toBe(false);
    expect(result.preview.problems).toEqual([{ row: 3, column: 'Maßnahme', message: 'import.formulaRejected', params: { sign: '=' } }]);
  });

  it('imports a description typed with a leading "-" or "=" exactly, exports it as text and refuses a formula cell there', async () => {
    const workbook = await openWorkbook(await exportedFile());
    const sheet = workbook.worksheets[0];
    sheet.getCell('J2').value = '- Sprachkurse\n- Elterncafés';
    sheet.getCell('J3').value = '-5 % weniger Teilnehmende';
    sheet.getCell('J4').value = '=Beschluss des Rates';
    const typed = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    const result = await importFile(typed);
    expect(result.preview.problems).toEqual([]);
    expect(result.preview.rows.slice(0, 3).map((row) => row.description)).toEqual(['- Sprachkurse\n- Elterncafés', '-5 % weniger Teilnehmende', '=Beschluss des Rates']);

    const exported = (await openWorkbook(await exportCatalogue(result.preview.rows.map((row) => validRow({ number: row.number, title: row.title, description: row.description }))))).worksheets[0];
    expect(['J2', 'J3', 'J4'].map((address) => exported.getCell(address).value)).toEqual(["'- Sprachkurse\n- Elterncafés", "'-5 % weniger Teilnehmende", "'=Beschluss des Rates"]);
    expect(['J2', 'J3', 'J4'].map((address) => exported.getCell(address).formula)).toEqual([undefined, undefined, undefined]);

    sheet.getCell('J2').value = { formula: 'HYPERLINK("http://evil.example","Mehr")', result: 'Mehr' };
    const withFormula = await importFile(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(withFormula.preview.problems).toEqual([{ row: 2, column: 'Beschreibung', message: 'import.formulaRejected', params: { sign: '=' } }]);
  });

  it('validates and plans a file of 1,000 measures, each with its own import key', async () => {
    const rows = Array.from({ length: 1000 }, (_, index) =>
      validRow({ number: `1.1.${index + 10}`, title: `Sprachcafé im Stadtteil ${index + 1}`, leadDepartment: ['40', '43 Volkshochschule', 'Soziales', '51'][index % 4], status: ['geplant', 'in Umsetzung', 'umgesetzt'][index % 3] })
    );
    const data = await exportCatalogue(rows);

    const result = await importFile(data);

    expect(result.preview.problems).toEqual([]);
    expect(result.preview.rows).toHaveLength(1000);
    expect(result.plan?.counts).toEqual({ create: 1000, update: 0, unchanged: 0 });
    expect(new Set(result.preview.rows.map((row) => row.importKey)).size).toBe(1000);
  });
});
