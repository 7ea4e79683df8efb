import * as React from 'react';
import { Spinner } from '@fluentui/react';
import { BrowserSheetGrid, userWorkbook, WorkbookStorage } from '../browserSheetGrid';
import { columnIndex } from '../../indicatorSheet/sheetLayout';
import { paneStrings } from '../paneStrings';
import { format } from '../../ui/format';
import { IndicatorPane } from './IndicatorPane';
import type { PaneServices } from '../../app/indicatorEntry/entryServices';
import { SheetGridView } from './SheetGridView';

export interface ExcelPanePreviewProps {
  readonly services: PaneServices;
  readonly language: 'de' | 'en';
  /** Where the page keeps the workbook (localStorage), one per signed-in user. */
  readonly storage?: WorkbookStorage;
  readonly initialYear?: number;
}

/**
 * The task pane next to an in-page sheet, as Excel shows it: the whole add-in journey without
 * Excel (the local workbench, and the task pane page opened outside Office).
 */
export function ExcelPanePreview({ services, language, storage, initialYear }: ExcelPanePreviewProps): React.ReactElement {
  const strings = paneStrings(language);
  const [grid, setGrid] = React.useState<BrowserSheetGrid | undefined>();

  React.useEffect(() => {
    let isCurrent = true;
    userWorkbook(services.users, language, storage).then(
      (workbook) => isCurrent && setGrid(workbook),
      () => undefined
    );
    return () => {
      isCurrent = false;
    };
  }, [services, language, storage]);

  if (!grid) {
    return <Spinner label={strings.Loading} />;
  }
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div style={{ flex: '1 1 auto', minWidth: 0 }}>
        <SheetGridView
          grid={grid}
          language={language}
          rowHeaderColumn={columnIndex('indicator')}
          emptyText={strings.GridEmpty}
          cellLabel={(header, row) => format(strings.CellLabel, header, row)}
        />
      </div>
      <aside aria-label={strings.Pane} style={{ flex: '0 0 360px', borderLeft: '1px solid #e1dfdd' }}>
        <IndicatorPane services={services} grid={grid} language={language} initialYear={initialYear} preferences={storage} />
      </aside>
    </div>
  );
}

/** The reporting year a link asks for (`?year=2025`), if any. */
export function yearOfLink(search: string): number | undefined {
  const year = Number(new URLSearchParams(search).get('year'));
  return Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : undefined;
}
