import * as React from 'react';
import { columnIndex, sheetColumns } from '../../../indicatorSheet/sheetLayout';
import type { CellProblem } from '../../../indicatorSheet/sheetReader';
import type { PendingSubmission } from '../../../indicatorSheet/submission';
import { indicatorTitle, SettledSubmission } from '../../../app/indicatorEntry/submissionFlow';
import { outcomeText, valueText } from '../../../app/indicatorEntry/submissionTexts';
import { DataTable } from '../../../ui/DataTable';

type Entry = PendingSubmission['entries'][number];

interface ProblemsProps {
  readonly problems: readonly CellProblem[];
  readonly language: 'de' | 'en';
  readonly strings: Pick<IIndicatorEntryWebPartStrings, 'ProblemsLabel' | 'ColumnRow' | 'ColumnColumn' | 'ColumnProblem'>;
}

/** The upload's problems: row, column and what is wrong, to correct in the file. */
export function UploadProblems({ problems, language, strings }: ProblemsProps): React.ReactElement {
  const columns = [
    { key: 'row', header: strings.ColumnRow, numeric: true, render: (problem: CellProblem) => problem.row + 1 },
    { key: 'column', header: strings.ColumnColumn, render: (problem: CellProblem) => sheetColumns[columnIndex(problem.column)].header[language] },
    { key: 'message', header: strings.ColumnProblem, render: (problem: CellProblem) => problem.message }
  ];
  return <DataTable caption={strings.ProblemsLabel} columns={columns} rows={problems} rowKey={(problem) => `${problem.row}-${problem.column}-${problem.message}`} rowHeader="row" testId="entry-problems" />;
}

interface OutcomesProps {
  readonly settled: SettledSubmission;
  readonly language: 'de' | 'en';
  readonly strings: Pick<IIndicatorEntryWebPartStrings, 'OutcomesLabel' | 'ColumnIndicator' | 'ColumnValue' | 'ColumnOutcome'>;
}

/** What became of each value of the last send. */
export function SubmissionOutcomes({ settled: { model, pending, outcomes }, language, strings }: OutcomesProps): React.ReactElement | null {
  const rows = pending.entries.filter((entry) => outcomes[entry.key]);
  if (rows.length === 0) {
    return null;
  }
  const columns = [
    { key: 'indicator', header: strings.ColumnIndicator, render: (entry: Entry) => indicatorTitle(model, entry.value.indicatorId) ?? String(entry.value.indicatorId) },
    { key: 'value', header: strings.ColumnValue, numeric: true, render: (entry: Entry) => valueText(entry.value, language) },
    { key: 'outcome', header: strings.ColumnOutcome, render: (entry: Entry) => outcomeText(outcomes[entry.key], language) }
  ];
  return <DataTable caption={strings.OutcomesLabel} columns={columns} rows={rows} rowKey={(entry) => entry.key} rowHeader="indicator" testId="entry-outcomes" />;
}
