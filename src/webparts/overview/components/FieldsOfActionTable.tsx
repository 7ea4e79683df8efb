import * as React from 'react';
import { DataTable } from '../../../ui/DataTable';
import type { OverviewSectionProps } from './SummaryTiles';
import type { FieldOfActionSummary } from '../../../app/overview/overviewModel';

export function FieldsOfActionTable({ model, strings, locale }: OverviewSectionProps): React.ReactElement {
  return (
    <DataTable<FieldOfActionSummary>
      caption={strings.FieldsOfAction}
      testId="fields-of-action-table"
      rows={model.fieldsOfAction}
      rowKey={(row) => row.id}
      columns={[
        { key: 'title', header: strings.FieldOfActionColumn, render: (row) => `${row.sortOrder}. ${row.title}` },
        { key: 'goals', header: strings.GoalsColumn, numeric: true, render: (row) => row.goalCount.toLocaleString(locale) },
        { key: 'measures', header: strings.MeasuresColumn, numeric: true, render: (row) => row.measureCount.toLocaleString(locale) }
      ]}
    />
  );
}
