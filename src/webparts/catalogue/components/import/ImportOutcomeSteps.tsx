import * as React from 'react';
import { CheckboxVisibility, DetailsList, DetailsListLayoutMode, IColumn, MessageBar, MessageBarType, ProgressIndicator, SelectionMode, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { Language } from '../../../../domain';
import type { ImportProblem } from '../../../../catalogueImport';
import { formatImportApplyMessage } from '../../../../data/catalogueImportWriter';
import type { ImportApplyResult } from '../../../../data/catalogueImportWriter';
import type { WriteProgress } from '../../../../data/sp/batchWriter';
import type { ImportPreviewResult } from '../../../../app/catalogueImport/catalogueImportFlow';
import { format } from '../../../../ui/format';

const classes = mergeStyleSets({
  counts: { fontWeight: 600 }
});

export interface PreviewStepProps {
  readonly preview: ImportPreviewResult;
  readonly strings: ICatalogueWebPartStrings;
  /** The import's own message texts, from the lazily loaded module. */
  readonly describe: (problem: ImportProblem) => string;
  readonly locale: string;
}

export function PreviewStep({ preview, strings, describe, locale }: PreviewStepProps): React.ReactElement {
  const rowsWithErrors = new Set(preview.problems.filter((problem) => problem.row > 0).map((problem) => problem.row)).size;
  const number = (value: number): string => value.toLocaleString(locale);
  const columns: IColumn[] = [
    { key: 'row', name: strings.ImportColumnRow, minWidth: 50, maxWidth: 60, onRender: (problem: ImportProblem) => (problem.row > 0 ? String(problem.row) : strings.ImportWholeFile) },
    { key: 'column', name: strings.ImportColumnColumn, minWidth: 100, maxWidth: 160, isMultiline: true, onRender: (problem: ImportProblem) => problem.column },
    { key: 'problem', name: strings.ImportColumnProblem, minWidth: 220, isMultiline: true, onRender: (problem: ImportProblem) => describe(problem) }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="import-preview">
      {preview.plan ? (
        <>
          <Text block className={classes.counts} data-testid="import-preview-counts">
            {format(strings.ImportPreviewSummary, number(preview.plan.counts.create), number(preview.plan.counts.update), number(preview.plan.counts.unchanged), number(0))}
          </Text>
          {(preview.plan.fieldsOfAction.length > 0 || preview.plan.goals.length > 0) && (
            <Text block>{format(strings.ImportPreviewStructure, number(preview.plan.fieldsOfAction.length), number(preview.plan.goals.length))}</Text>
          )}
          <MessageBar messageBarType={MessageBarType.info}>{strings.ImportReady}</MessageBar>
        </>
      ) : (
        <>
          <Text block className={classes.counts} data-testid="import-preview-counts">
            {format(strings.ImportPreviewBlockedSummary, number(rowsWithErrors), number(preview.problems.length))}
          </Text>
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
            <div role="alert">{strings.ImportBlocked}</div>
          </MessageBar>
          <div data-testid="import-problems">
            <DetailsList
              items={[...preview.problems]}
              columns={columns}
              selectionMode={SelectionMode.none}
              checkboxVisibility={CheckboxVisibility.hidden}
              layoutMode={DetailsListLayoutMode.justified}
              ariaLabelForGrid={strings.ImportProblemsLabel}
              compact
            />
          </div>
        </>
      )}
    </Stack>
  );
}

export function ApplyStep({ progress, strings, locale }: { readonly progress?: WriteProgress; readonly strings: ICatalogueWebPartStrings; readonly locale: string }): React.ReactElement {
  return (
    <div data-testid="import-progress">
      <ProgressIndicator
        label={strings.ImportApplying}
        description={progress ? format(strings.ImportProgress, progress.done.toLocaleString(locale), progress.total.toLocaleString(locale)) : strings.ImportPreparing}
        percentComplete={progress && progress.total > 0 ? progress.done / progress.total : undefined}
      />
    </div>
  );
}

export interface ResultStepProps {
  readonly result: ImportApplyResult;
  readonly strings: ICatalogueWebPartStrings;
  readonly language: Language;
  readonly locale: string;
}

export function ResultStep({ result, strings, language, locale }: ResultStepProps): React.ReactElement {
  const number = (value: number): string => value.toLocaleString(locale);
  const { created, updated, unchanged, failed } = result.counts;
  const lines = [
    ...result.problems.map((problem) => ({ row: problem.row, text: formatImportApplyMessage(problem.message, problem.params, language) })),
    ...result.failures.map((failure) => ({ row: failure.row, text: formatImportApplyMessage(failure.message, failure.params, language) }))
  ];
  const summary = format(strings.ImportResultSummary, number(created), number(updated), number(unchanged), number(failed));
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="import-result">
      {result.ok ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          <div role="status">
            <div>{strings.ImportResultOk}</div>
            <div className={classes.counts} data-testid="import-result-counts">
              {summary}
            </div>
          </div>
        </MessageBar>
      ) : (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <div role="alert">
            <div>{result.problems.length > 0 ? strings.ImportNothingWritten : strings.ImportResultPartly}</div>
            <div className={classes.counts} data-testid="import-result-counts">
              {summary}
            </div>
            <div>{result.problems.length > 0 ? strings.ImportReloadPreview : strings.ImportWhatToDo}</div>
          </div>
        </MessageBar>
      )}
      {lines.length > 0 && (
        <section aria-label={strings.ImportFailuresLabel}>
          <Text as="h4" variant="medium" block>
            {strings.ImportFailuresLabel}
          </Text>
          <ul data-testid="import-failures">
            {lines.map((line, index) => (
              <li key={index}>{line.row > 0 ? `${format(strings.ImportRowLabel, line.row)}: ${line.text}` : line.text}</li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
