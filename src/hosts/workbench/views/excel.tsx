import * as React from 'react';
import { ExcelPanePreview, yearOfLink } from '../../../excel/components/ExcelPanePreview';
import type { WebPartViewProps } from '../webPartViews';
import { uiLanguage } from '../../../domain';

/** The add-in's task pane beside an in-page sheet; the workbook lives in the browser's storage like a file. */
export default function ExcelView({ services }: WebPartViewProps): React.ReactElement {
  return <ExcelPanePreview services={services} language={uiLanguage(services.locale)} storage={window.localStorage} initialYear={yearOfLink(location.search)} />;
}
