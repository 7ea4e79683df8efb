import { Workbook } from 'exceljs';
import { formulaSafeText } from '../../catalogueImport/catalogueExport';
import type { BudgetProductTable } from './budgetProductExport';

/**
 * Writes the table as one worksheet: a frozen, filterable header, the product in every row (so
 * filtering and sorting keep it), a bold product name where a
 * product's rows begin, and the values as numbers (General format, so decimals show only where given).
 */
export async function writeBudgetProductWorkbook(table: BudgetProductTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'Integrationsplanung 365';
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1, activeCell: 'C2' }] });
  sheet.columns = [28, 45, 40, 26, 14, 12, ...table.years.map(() => 12), 50].map((width) => ({ width }));

  const header = sheet.getRow(1);
  table.header.forEach((text, index) => {
    header.getCell(index + 1).value = text;
  });
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle', wrapText: true };

  let rowNumber = 2;
  for (const group of table.groups) {
    group.rows.forEach((cells, index) => {
      const row = sheet.getRow(rowNumber++);
      cells.forEach((cell, column) => {
        row.getCell(column + 1).value = typeof cell === 'string' ? formulaSafeText(cell) : cell;
      });
      row.alignment = { vertical: 'top', wrapText: true };
      if (index === 0) {
        row.getCell(1).font = { bold: true };
      }
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rowNumber - 1), column: table.header.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
