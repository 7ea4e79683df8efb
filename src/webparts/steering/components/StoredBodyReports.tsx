import * as React from 'react';
import { DefaultButton, Text } from '@fluentui/react';
import type { PlanPeriod } from '../../../domain';
import type { StoredReport } from '../../../data/reportRepository';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';

export interface StoredBodyReportsProps {
  readonly reports: readonly StoredReport[];
  readonly periods: readonly PlanPeriod[];
  readonly locale: string;
  readonly strings: ISteeringWebPartStrings;
  readonly downloadError?: unknown;
  readonly onDownload: (report: StoredReport) => void;
}

/** The annual and period reports in "Berichte": type, year, period, date, download. */
export function StoredBodyReports({ reports, periods, locale, strings, downloadError, onDownload }: StoredBodyReportsProps): React.ReactElement {
  const periodTitle = new Map(periods.map((period) => [period.id, period.title]));
  if (reports.length === 0) {
    return (
      <>
        <Text as="h4" variant="mediumPlus" block>
          {strings.ReportsStoredCaption}
        </Text>
        <Text block data-testid="stored-body-reports-empty">
          {strings.ReportsStoredEmpty}
        </Text>
      </>
    );
  }
  return (
    <>
      {downloadError !== undefined && <ErrorMessage error={downloadError} text={strings.ReportsDownloadFailed} />}
      <DataTable<StoredReport>
        caption={strings.ReportsStoredCaption}
        testId="stored-body-reports"
        rows={reports}
        rowKey={(report) => report.id}
        columns={[
          { key: 'type', header: strings.ReportsColumnType, render: (report) => (report.type === 'periodReport' ? strings.ReportsTypePeriod : strings.ReportsTypeAnnual) },
          { key: 'year', header: strings.ReportsColumnYear, render: (report) => (report.year !== undefined ? String(report.year) : ''), numeric: true },
          { key: 'period', header: strings.ReportsColumnPeriod, render: (report) => (report.planPeriodId !== undefined ? (periodTitle.get(report.planPeriodId) ?? '') : '') },
          { key: 'date', header: strings.ReportsColumnDate, render: (report) => formatDate(report.modified, locale) },
          {
            key: 'download',
            header: strings.ReportsColumnDownload,
            render: (report) => (
              <DefaultButton iconProps={{ iconName: 'DownloadDocument' }} text={strings.ReportsDownload} ariaLabel={format(strings.ReportsDownloadAria, report.fileName)} onClick={() => onDownload(report)} />
            )
          }
        ]}
      />
    </>
  );
}
