import * as React from 'react';
import { ExcelPanePreview, yearOfLink } from '../../../excel/components/ExcelPanePreview';
import { ExcelFilePreview } from '../../../excel/components/ExcelFilePreview';
import type { WebPartViewProps } from '../webPartViews';
import { uiLanguage } from '../../../domain';

/**
 * The add-in's task pane beside an in-page sheet. With `?file=` (where a workbook's `?web=1` link
 * leads, as Excel for the web takes it over) the page is Excel for the web with that file from
 * SharePoint; without, the workbook lives in the browser's storage like a file of the user's own.
 */
export default function ExcelView({ services }: WebPartViewProps): React.ReactElement {
  const language = uiLanguage(services.locale);
  const file = new URLSearchParams(location.search).get('file');
  if (file) {
    return <ExcelFilePreview services={services} language={language} file={file} storage={window.localStorage} />;
  }
  return <ExcelPanePreview services={services} language={language} storage={window.localStorage} initialYear={yearOfLink(location.search)} />;
}
