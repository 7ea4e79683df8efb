import type { Language } from '../../domain';
import type { DepartmentWorkbookWriter } from '../../data/departmentWorkbookRepository';
import { enteredCellsOf } from '../../indicatorSheet/enteredCells';
import { addAutoShowTaskpane } from '../../indicatorSheet/webExtensionParts';
import { isWorkbookError, readIndicatorWorkbook, writeIndicatorWorkbook } from '../../indicatorSheet/xlsxSheet';
import { loadSheetModel, SheetModelServices } from './sheetModelSource';

export interface DepartmentWorkbookContentOptions {
  /** The sheet's language; the city's is German. */
  readonly language?: Language;
  /** The page "Kennzahlen erfassen", named in the sheet for contacts without the add-in. */
  readonly entryPageUrl?: string;
}

/**
 * The department workbook's content: exactly the sheet the entry page builds (the department's
 * indicators, last year's values, values already submitted, the deadline), what a contact typed
 * into the stored file and has not submitted, and the parts that open our task pane in Excel.
 * A stored file that cannot be read as our sheet contributes nothing.
 */
export function departmentWorkbookContent(services: SheetModelServices, options: DepartmentWorkbookContentOptions = {}): DepartmentWorkbookWriter {
  const language = options.language ?? 'de';
  return async (department, year, stored) => {
    const loaded = await loadSheetModel(services, department.id, year);
    const model = options.entryPageUrl ? { ...loaded, entryPageUrl: options.entryPageUrl } : loaded;
    const content = stored ? await readIndicatorWorkbook(stored, 'workbook.xlsx') : undefined;
    const entered = content && !isWorkbookError(content) ? enteredCellsOf(content.values, model) : undefined;
    return addAutoShowTaskpane(await writeIndicatorWorkbook(model, language, entered), stored);
  };
}
