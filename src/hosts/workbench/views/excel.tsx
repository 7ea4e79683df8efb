import * as React from 'react';
import { ExcelPanePreview, yearOfLink } from '../../../excel/components/ExcelPanePreview';
import type { WebPartViewProps } from '../webPartViews';

/** The add-in's task pane beside an in-page sheet; the workbook lives in the browser's storage like a file. */
export default function ExcelView({ services }: WebPartViewProps): React.ReactElement {
  return <ExcelPanePreview services={services} language={services.locale.startsWith('en') ? 'en' : 'de'} storage={window.localStorage} initialYear={yearOfLink(location.search)} />;
}
