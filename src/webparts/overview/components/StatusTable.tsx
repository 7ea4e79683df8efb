import * as React from 'react';
import { DataTable } from '../../../ui/DataTable';
import { formatPercent } from '../../../ui/format';
import type { OverviewSectionProps } from './SummaryTiles';
import type { StatusCount } from '../../../app/overview/overviewModel';
import { statusLabels } from '../../../ui/statusLabels';

export function StatusTable({ model, strings, locale }: OverviewSectionProps): React.ReactElement {
  const labels = statusLabels(strings);
  return (
    <DataTable<StatusCount>
      caption={strings.MeasuresByStatus}
      testId="status-table"
      rows={model.statusCounts}
      rowKey={(row) => row.status}
      columns={[
        { key: 'status', header: strings.Status, render: (row) => labels[row.status] },
        { key: 'count', header: strings.Count, numeric: true, render: (row) => row.count.toLocaleString(locale) },
        { key: 'share', header: strings.Share, numeric: true, render: (row) => formatPercent(row.count, model.measureCount, locale) }
      ]}
    />
  );
}
