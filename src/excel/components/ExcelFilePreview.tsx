import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, Stack, Text, mergeStyleSets } from '@fluentui/react';
import { columnIndex } from '../../indicatorSheet/sheetLayout';
import type { ProductServices } from '../../app/services';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { format } from '../../ui/format';
import { useLoader } from '../../ui/useLoader';
import type { WorkbookStorage } from '../browserSheetGrid';
import { paneStrings } from '../paneStrings';
import { openWorkbookFile, OpenedWorkbookFile } from '../workbookFileOpening';
import { AutosaveStatus, WorkbookAutosave } from '../workbookAutosave';
import { IndicatorPane } from './IndicatorPane';
import { SheetGridView } from './SheetGridView';

export interface ExcelFilePreviewProps {
  readonly services: ProductServices;
  readonly language: 'de' | 'en';
  /** Server-relative URL of the workbook, as the `?web=1` link of the reminder mail names it. */
  readonly file: string;
  /** Where the page keeps what the user typed, and the pane its per-user choices (localStorage). */
  readonly storage?: WorkbookStorage;
}

const classes = mergeStyleSets({
  ribbon: { borderBottom: '1px solid #e1dfdd', padding: '4px 0 8px', marginBottom: 8 },
  group: { borderLeft: '1px solid #e1dfdd', paddingLeft: 12 },
  groupLabel: { color: '#605e5c' }
});

/**
 * Excel for the web with one file, as the link in the reminder opens it: the workbook's sheet as
 * written, a ribbon with the add-in's command, and the task pane, opened with the document where
 * the file asks for it (its web-extension part), else by the ribbon's button.
 */
export function ExcelFilePreview({ services, language, file, storage }: ExcelFilePreviewProps): React.ReactElement {
  const strings = paneStrings(language);
  const [opened, retry] = useLoader(() => openWorkbookFile(services, file, language, storage), `${file}|${language}`);
  const [isPaneOpen, setPaneOpen] = React.useState<boolean | undefined>();
  const [saving, setSaving] = React.useState<AutosaveStatus | undefined>();
  const ready = opened.state === 'ready' ? opened.data : undefined;
  const files = services.files;
  React.useEffect(() => (ready ? startAutosave(ready, files, setSaving) : undefined), [ready, files]);
  // Excel opens a file with the cursor where it was saved: the workbook's first cell to fill in.
  React.useEffect(() => {
    const sheet = ready && !('error' in ready) ? ready.grid.activeSheet : undefined;
    if (ready && !('error' in ready) && sheet?.activeCell) {
      void ready.grid.selectCell(sheet.name, sheet.activeCell);
    }
  }, [ready]);

  if (opened.state === 'loading') {
    return <Spinner label={strings.FileOpening} styles={{ root: { marginTop: 24 } }} />;
  }
  if (opened.state === 'error') {
    return <ErrorMessage error={opened.error} strings={strings} text={strings.FileFailed} onRetry={retry} />;
  }
  const workbook = opened.data;
  if ('error' in workbook) {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        {format(strings.FileNotWorkbook, workbook.fileName)}
      </MessageBar>
    );
  }
  const isShown = isPaneOpen ?? workbook.isPaneShownWithDocument;
  return (
    <div data-testid="excel-file" data-file={file}>
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 16 }} className={classes.ribbon} role="toolbar" aria-label={strings.RibbonHome}>
        <Stack>
          <Text variant="mediumPlus" as="h2" styles={{ root: { margin: 0 } }}>
            {workbook.fileName}
          </Text>
          <Text variant="small" className={classes.groupLabel}>
            {strings.RibbonHome}
          </Text>
        </Stack>
        <Text variant="small" role="status" data-testid="save-status" className={classes.groupLabel} styles={{ root: { alignSelf: 'center' } }}>
          {saving?.kind === 'saving' ? strings.SaveSaving : saving?.kind === 'saved' ? strings.SaveSaved : ''}
        </Text>
        <Stack className={classes.group} tokens={{ childrenGap: 2 }}>
          <DefaultButton
            text={strings.RibbonShowPane}
            iconProps={{ iconName: 'BulkUpload' }}
            toggle
            checked={isShown}
            onClick={() => setPaneOpen(!isShown)}
            data-testid="ribbon-show-pane"
          />
          <Text variant="small" className={classes.groupLabel}>
            {strings.RibbonGroup}
          </Text>
        </Stack>
      </Stack>
      {saving?.kind === 'changedElsewhere' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.SaveChangedElsewhere}
        </MessageBar>
      )}
      {saving?.kind === 'failed' && <ErrorMessage error={saving.error} strings={strings} text={strings.SaveFailed} />}
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 auto', minWidth: 0 }}>
          <SheetGridView
            grid={workbook.grid}
            language={language}
            rowHeaderColumn={columnIndex('indicator')}
            emptyText={strings.GridEmpty}
            cellLabel={(header, row) => format(strings.CellLabel, header, row)}
          />
        </div>
        {isShown && (
          <aside aria-label={strings.Pane} style={{ flex: '0 0 360px', borderLeft: '1px solid #e1dfdd' }}>
            <IndicatorPane services={services} grid={workbook.grid} language={language} preferences={storage} />
          </aside>
        )}
      </div>
    </div>
  );
}

/** Excel for the web saves the workbook as the user works; a file without a version (no ETag) is not saved blindly. */
function startAutosave(opened: OpenedWorkbookFile, files: ProductServices['files'], onStatus: (status: AutosaveStatus) => void): (() => void) | undefined {
  if ('error' in opened || !opened.etag) {
    return undefined;
  }
  const autosave = new WorkbookAutosave({
    files,
    serverRelativeUrl: opened.serverRelativeUrl,
    content: opened.content,
    etag: opened.etag,
    grid: opened.grid,
    onStatus,
    onSaved: (etag) => opened.copy?.setVersion(etag)
  });
  return autosave.start();
}
