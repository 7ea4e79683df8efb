import * as React from 'react';
import { Text, mergeStyles } from '@fluentui/react';
import type { ComparedPeriods, DifferenceLine } from '../../../app/periodComparison/periodComparisonModel';
import { differenceCounts, periodLabel } from '../../../app/periodComparison/periodComparisonModel';
import type { ComparisonLevel, DifferenceKind } from '../../../domain';
import { comparisonLevels } from '../../../domain';
import { DataTable, DataTableColumn } from '../../../ui/DataTable';
import { format } from '../../../ui/format';

export function levelLabel(level: ComparisonLevel, strings: ISteeringWebPartStrings): string {
  const labels: Record<ComparisonLevel, string> = {
    guidingGoal: strings.CompareLevelGuidingGoal,
    fieldOfAction: strings.CompareLevelFieldOfAction,
    goal: strings.CompareLevelGoal,
    measure: strings.CompareLevelMeasure,
    indicator: strings.CompareLevelIndicator
  };
  return labels[level];
}

export function kindLabel(kind: DifferenceKind, strings: ISteeringWebPartStrings): string {
  return kind === 'added' ? strings.CompareKindAdded : kind === 'dropped' ? strings.CompareKindDropped : strings.CompareKindChanged;
}

const kindClass: Record<DifferenceKind, string> = {
  added: mergeStyles({ fontWeight: 600 }),
  dropped: mergeStyles({ fontWeight: 600, textDecoration: 'line-through' }),
  changed: mergeStyles({})
};
const detailsClass = mergeStyles({ margin: 0, paddingLeft: 16 });

interface SummaryRow {
  readonly level: ComparisonLevel;
  readonly counts: Readonly<Record<DifferenceKind, number>>;
}

/** Counts per level and kind of all differences (not only the filtered ones): the overview the council paper opens with. */
export function PeriodComparisonSummary({ compared, strings }: { compared: ComparedPeriods; strings: ISteeringWebPartStrings }): React.ReactElement {
  const rows: SummaryRow[] = comparisonLevels.map((level) => ({ level, counts: differenceCounts(compared.lines, level) }));
  const columns: DataTableColumn<SummaryRow>[] = [
    { key: 'level', header: strings.CompareColumnLevel, render: (row) => levelLabel(row.level, strings) },
    { key: 'added', header: strings.CompareColumnAdded, numeric: true, render: (row) => row.counts.added },
    { key: 'dropped', header: strings.CompareColumnDropped, numeric: true, render: (row) => row.counts.dropped },
    { key: 'changed', header: strings.CompareColumnChanged, numeric: true, render: (row) => row.counts.changed }
  ];
  return (
    <DataTable
      caption={format(strings.CompareSummaryCaption, periodLabel(compared.next), periodLabel(compared.previous))}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.level}
      testId="comparison-summary"
    />
  );
}

/**
 * The differences side by side: the item as it was and as it is, and for a change each changed
 * field with its old and new value. A semantic table, so a screen reader announces level and number with each cell.
 */
export function PeriodComparisonTable({ compared, lines, strings }: { compared: ComparedPeriods; lines: readonly DifferenceLine[]; strings: ISteeringWebPartStrings }): React.ReactElement {
  if (lines.length === 0) {
    return (
      <Text block role="status" data-testid="comparison-empty">
        {strings.CompareNoDifferences}
      </Text>
    );
  }
  const columns: DataTableColumn<DifferenceLine>[] = [
    { key: 'title', header: format(strings.CompareColumnBefore, periodLabel(compared.previous)), render: (line) => line.beforeTitle ?? strings.CompareNotInPeriod },
    { key: 'after', header: format(strings.CompareColumnAfter, periodLabel(compared.next)), render: (line) => line.afterTitle ?? strings.CompareNotInPeriod },
    { key: 'level', header: strings.CompareColumnLevel, render: (line) => levelLabel(line.level, strings) },
    { key: 'number', header: strings.CompareColumnNumber, render: (line) => line.number },
    { key: 'kind', header: strings.CompareColumnKind, render: (line) => <span className={kindClass[line.kind]}>{kindLabel(line.kind, strings)}</span> },
    {
      key: 'details',
      header: strings.CompareColumnChanges,
      render: (line) =>
        line.details.length === 0 ? null : (
          <ul className={detailsClass}>
            {line.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )
    }
  ];
  return <DataTable caption={strings.CompareTableCaption} columns={columns} rows={lines} rowKey={(line) => line.key} rowHeader="title" testId="comparison-lines" />;
}
