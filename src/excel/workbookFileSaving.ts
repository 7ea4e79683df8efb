import { Workbook } from 'exceljs';
import { addAutoShowTaskpane, hasAutoShowTaskpane } from '../indicatorSheet/webExtensionParts';
import type { SheetGrid } from './sheetGrid';
import type { WorkbookStorage } from './browserSheetGrid';
import { formulaOf, gridValueOf } from './workbookFile';

/**
 * The file's content with what the grid holds now, as Excel saves a workbook: every cell whose
 * value or formula differs from the file is written, everything else (styles, protection, data
 * validation, the other sheets) stays as the file has it, and the parts that open our task pane
 * stay in it. Undefined when nothing differs, so an unchanged workbook is not saved again.
 */
export async function savedWorkbookContent(file: Uint8Array, grid: Pick<SheetGrid, 'sheetNames' | 'readContent'>): Promise<Uint8Array | undefined> {
  const workbook = new Workbook();
  await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  let changed = 0;
  for (const name of await grid.sheetNames()) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      continue; // a sheet only the page has; the department's workbook is the file's sheets
    }
    const { values, formulas } = await grid.readContent(name);
    values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const cell = sheet.getRow(r + 1).getCell(c + 1);
        const formula = formulas[r]?.[c] ?? undefined;
        const plain = typeof value === 'object' && value !== null ? value.date : value;
        if (formula === formulaOf(cell) && (formula !== undefined || plain === gridValueOf(cell.value))) {
          return;
        }
        cell.value = formula ? { formula: formula.slice(1) } : plain;
        changed += 1;
      })
    );
  }
  if (changed === 0) {
    return undefined;
  }
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  // exceljs writes only the parts it knows: the task pane's are put back as the file had them.
  return (await hasAutoShowTaskpane(file)) ? addAutoShowTaskpane(written, file) : written;
}

/**
 * The page's copy of a file (kept in localStorage between reloads), valid for one version of the
 * file: a copy made of another version (the office refreshed the workbook since) is not used, so
 * the page opens what SharePoint holds. After the page saved the file itself, its copy belongs to
 * the new version.
 */
export class VersionedWorkbookStorage implements WorkbookStorage {
  private last?: { readonly key: string; readonly value: string };

  public constructor(
    private readonly storage: WorkbookStorage,
    private version: string
  ) {}

  public getItem(key: string): string | null {
    const raw = this.storage.getItem(key);
    if (!raw) {
      return null;
    }
    try {
      const stored = JSON.parse(raw) as { version?: unknown; workbook?: unknown };
      return stored.version === this.version && typeof stored.workbook === 'string' ? stored.workbook : null;
    } catch {
      return null;
    }
  }

  public setItem(key: string, value: string): void {
    this.last = { key, value };
    this.storage.setItem(key, JSON.stringify({ version: this.version, workbook: value }));
  }

  public setVersion(version: string): void {
    this.version = version;
    if (this.last) {
      this.setItem(this.last.key, this.last.value);
    }
  }
}
