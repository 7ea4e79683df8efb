import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import { errorText } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { ServiceError } from '../../../http/serviceError';
import type { DepartmentCompleteness } from '../../../app/indicatorDashboard/dashboardModel';
import type { DepartmentReminderResult } from '../../../app/indicatorDashboard/reminderDispatch';
import { RemindAllEvent, RemindAllState, resultCounts } from '../../../app/indicatorDashboard/remindAll';

export interface RemindAllProps {
  readonly year: number;
  /** Departments that owe values and have a contact with a mail address. */
  readonly remindable: readonly DepartmentCompleteness[];
  /** Departments that owe values but have no contact with a mail address. */
  readonly unreachable: readonly DepartmentCompleteness[];
  /** The deadline as shown ("31.03.2026"), if set. */
  readonly deadlineText?: string;
  readonly state: RemindAllState;
  readonly dispatch: (event: RemindAllEvent) => void;
  readonly onConfirm: () => void;
  /** Another send (a single reminder) is on its way. */
  readonly isBusy: boolean;
  readonly strings: IIndicatorDashboardWebPartStrings;
}

const labelOf = (row: DepartmentCompleteness): string => `${row.department.number} ${row.department.name}`;
const recipientsText = (row: DepartmentCompleteness): string => row.recipients.map((recipient) => recipient.name ?? recipient.address).join(', ');
const detailOf = (error: unknown): string => (error instanceof ServiceError ? `${error.status || '–'} ${error.serviceMessage}` : error instanceof Error ? error.message : String(error));

/** "Alle erinnern": the command, its confirmation with the departments and counts, the progress and a result per department. */
export function RemindAll({ year, remindable, unreachable, deadlineText, state, dispatch, onConfirm, isBusy, strings }: RemindAllProps): React.ReactElement {
  const isRunning = state.phase === 'running';
  const progress = state.progress;
  const progressText = !progress
    ? ''
    : progress.phase === 'workbooks'
      ? format(strings.RemindAllWorkbooks, progress.done, progress.total)
      : progress.phase === 'sending'
        ? format(strings.RemindAllSending, progress.done, progress.total)
        : strings.RemindAllRecording;

  const resultText = (result: DepartmentReminderResult): string => {
    const parts: string[] = [];
    if (result.outcome === 'sent') parts.push(format(strings.ResultSent, recipientsText(result.row)));
    else if (result.outcome === 'failed') parts.push(format(strings.ResultFailed, errorText(result.error), detailOf(result.error)));
    else parts.push(format(strings.ResultUnknown, detailOf(result.error)));
    if (result.workbookProblem !== undefined && result.outcome !== 'failed') parts.push(format(strings.ResultEntryLink, detailOf(result.workbookProblem)));
    if (result.recordError) parts.push(format(strings.ResultNotRecorded, detailOf(result.recordError)));
    return parts.join(' ');
  };

  const counts = resultCounts(state.results);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal>
        <PrimaryButton
          text={strings.RemindAll}
          iconProps={{ iconName: 'MailReminder' }}
          ariaLabel={format(strings.RemindAllLabel, remindable.length, year)}
          disabled={remindable.length === 0 || isRunning || isBusy}
          onClick={() => dispatch({ type: 'asked' })}
        />
      </Stack>
      {isRunning && (
        <div data-testid="remind-all-progress">
          <ProgressIndicator label={strings.RemindAll} description={progressText} percentComplete={progress && progress.total > 0 ? progress.done / progress.total : undefined} ariaValueText={progressText} />
        </div>
      )}
      {state.phase === 'done' && (
        <MessageBar
          messageBarType={state.error !== undefined ? MessageBarType.error : counts.failed + counts.unknown > 0 ? MessageBarType.warning : MessageBarType.success}
          onDismiss={() => dispatch({ type: 'dismissed' })}
          dismissButtonAriaLabel={strings.DismissResults}
          isMultiline
        >
          <div role={state.error !== undefined || counts.failed + counts.unknown > 0 ? 'alert' : 'status'} data-testid="remind-all-result">
            {state.error !== undefined ? (
              format(strings.RemindAllFailed, `${errorText(state.error)} (${detailOf(state.error)})`)
            ) : (
              <>
                <Text block>{format(strings.RemindAllSummary, year, counts.sent, counts.failed, counts.unknown)}</Text>
                <ul aria-label={strings.RemindAllResults}>
                  {state.results.map((result) => (
                    <li key={result.row.department.id} data-testid={`remind-result-${result.row.department.number}`} data-outcome={result.outcome}>
                      <strong>{labelOf(result.row)}</strong>: {resultText(result)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </MessageBar>
      )}
      <Dialog
        hidden={state.phase !== 'confirming'}
        onDismiss={() => dispatch({ type: 'cancelled' })}
        dialogContentProps={{ type: DialogType.normal, title: strings.RemindAllTitle, subText: format(strings.RemindAllText, remindable.length, year) }}
        minWidth={480}
      >
        <Text block>{deadlineText ? format(strings.RemindAllDeadline, deadlineText) : format(strings.RemindAllNoDeadline, year)}</Text>
        <ul data-testid="remind-all-departments">
          {remindable.map((row) => (
            <li key={row.department.id}>{format(row.missing.length === 1 ? strings.RemindAllEntryOne : strings.RemindAllEntry, labelOf(row), row.missing.length, recipientsText(row))}</li>
          ))}
        </ul>
        {unreachable.length > 0 && <Text block>{format(strings.RemindAllNoRecipient, unreachable.map(labelOf).join(', '))}</Text>}
        <DialogFooter>
          <PrimaryButton text={format(strings.RemindAllSend, remindable.length)} onClick={onConfirm} />
          <DefaultButton text={strings.Cancel} onClick={() => dispatch({ type: 'cancelled' })} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
