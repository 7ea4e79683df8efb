import * as React from 'react';
import { DataTable } from '../../../ui/DataTable';
import type { OverviewSectionProps } from './SummaryTiles';
import type { DepartmentRow } from '../../../app/overview/overviewModel';

export function DepartmentsTable({ model, strings, locale }: OverviewSectionProps): React.ReactElement {
  return (
    <DataTable<DepartmentRow>
      caption={strings.Departments}
      testId="departments-table"
      rows={model.departments}
      rowKey={(row) => row.id}
      highlight={(row) => row.isOwn}
      columns={[
        {
          key: 'name',
          header: strings.DepartmentColumn,
          render: (row) => (
            <>
              {`${row.number} ${row.name}`}
              {row.isOwn && <span> ({strings.OwnDepartment})</span>}
            </>
          )
        },
        { key: 'lead', header: strings.LeadMeasuresColumn, numeric: true, render: (row) => row.leadCount.toLocaleString(locale) },
        { key: 'done', header: strings.ImplementedColumn, numeric: true, render: (row) => row.doneCount.toLocaleString(locale) },
        { key: 'contacts', header: strings.ContactsColumn, render: (row) => row.contactNames.join(', ') }
      ]}
    />
  );
}
