import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import type { ValueReviewState } from '../../../domain';
import type { DashboardData } from '../../../app/indicatorDashboard/dashboardData';
import { figuresText } from '../../../app/indicatorDashboard/correctionRequests';
import { changeFromPrevious, DepartmentReview, entriesShown, ReviewEntry, reviewOverviewOf } from '../../../app/indicatorDashboard/reviewOverview';
import { decideEntries, ReviewNotice, ReviewRecorded, ReviewServices, ValueReviewFlowEvent, ValueReviewFlowState } from '../../../app/indicatorDashboard/valueReviewFlow';
import { DataTable, DataTableColumn } from '../../../ui/DataTable';
import { errorText } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';
import { stateLabel } from './ReviewCounts';
import { ReturnValueDialog } from './ReturnValueDialog';

export interface ValueReviewListProps {
  readonly data: DashboardData;
  readonly services: ReviewServices;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
  /** The flow lives with the dashboard, so the completeness view can open it at a department. */
  readonly flow: ValueReviewFlowState;
  readonly dispatch: React.Dispatch<ValueReviewFlowEvent>;
  readonly onRecorded: (recorded: ReviewRecorded) => void;
}

const listedStates: readonly ValueReviewState[] = ['submitted', 'returned', 'accepted'];

/** The office's review of the values of a year, per department: accept one or all shown, return one with a comment. */
export function ValueReviewList({ data, services, strings, locale, flow, dispatch, onRecorded }: ValueReviewListProps): React.ReactElement {
  const overview = React.useMemo(() => reviewOverviewOf(flow.year, data), [flow.year, data]);
  const shown = React.useMemo(() => entriesShown(overview, flow.state, flow.departmentId), [overview, flow.state, flow.departmentId]);
  const returning = overview.flatMap((row) => row.entries).find((entry) => entry.key === flow.returning);
  const decide = (entries: readonly ReviewEntry[], decision: 'accepted' | 'returned', comment?: string): Promise<void> =>
    decideEntries({ services, entries, decision, ...(comment !== undefined ? { comment } : {}), dispatch, onRecorded });

  const yearOptions = [data.reportingYear + 1, ...data.years.slice().reverse()].map((candidate) => ({ key: candidate, text: String(candidate) }));
  const departmentOptions = [{ key: 'all', text: strings.ReviewAllDepartments }, ...overview.map((row) => ({ key: String(row.department.id), text: departmentLabel(row) }))];
  const stateOptions = listedStates.map((state) => ({ key: state, text: stateLabel(state, strings) }));
  const percent = (ratio: number): string => ratio.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });

  const decisionInfo = (entry: ReviewEntry): string => {
    const latest = entry.status.latest;
    if (!latest) return '–';
    const when = formatDate(latest.reviewedAt, locale) || '–';
    if (entry.status.state === 'returned') return format(strings.ReviewReturnedInfo, when, latest.reviewedBy ?? '–', latest.comment ?? '–');
    if (entry.status.state === 'accepted') return format(strings.ReviewAcceptedInfo, when, latest.reviewedBy ?? '–');
    return latest.decision === 'returned' ? format(strings.ReviewEarlierReturn, when, latest.comment ?? '–') : '–';
  };
  const isBusy = flow.isWriting;
  const canDecide = flow.state !== 'accepted';
  const columns: Array<DataTableColumn<ReviewEntry>> = [
    { key: 'indicator', header: strings.ReviewColumnIndicator, render: (entry) => `${entry.indicator.title}${entry.measure?.number ? ` (${entry.measure.number})` : ''}` },
    { key: 'value', header: format(strings.ReviewColumnValue, flow.year), render: (entry) => figuresText(entry.value, locale) },
    {
      key: 'previous',
      header: format(strings.ReviewColumnPrevious, flow.year - 1),
      render: (entry) => {
        const change = changeFromPrevious(entry);
        return (
          <Stack>
            <span>{figuresText(entry.previous, locale)}</span>
            {change !== undefined && <Text variant="small">{format(strings.ReviewChange, percent(change))}</Text>}
          </Stack>
        );
      }
    },
    { key: 'source', header: strings.ReviewColumnSource, render: (entry) => entry.value?.source ?? '–' },
    { key: 'comment', header: strings.ReviewColumnComment, render: (entry) => entry.value?.comment ?? '–' },
    { key: 'decision', header: strings.ReviewColumnDecision, render: decisionInfo },
    ...(canDecide
      ? [
          {
            key: 'actions',
            header: strings.ReviewColumnActions,
            render: (entry: ReviewEntry) => (
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <PrimaryButton
                  text={strings.AcceptValue}
                  ariaLabel={format(strings.AcceptValueLabel, entry.indicator.title, entry.year)}
                  disabled={isBusy}
                  onClick={() => void decide([entry], 'accepted')}
                  data-testid="accept-value"
                />
                {flow.state === 'submitted' && (
                  <DefaultButton
                    text={strings.ReturnValue}
                    ariaLabel={format(strings.ReturnValueLabel, entry.indicator.title, entry.year)}
                    disabled={isBusy}
                    onClick={() => dispatch({ type: 'returnOpened', key: entry.key })}
                    data-testid="return-value"
                  />
                )}
              </Stack>
            )
          }
        ]
      : [])
  ];

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="value-review">
      <Text variant="large" as="h3">
        {strings.ReviewHeading}
      </Text>
      <Text>{strings.ReviewIntro}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <Dropdown label={strings.YearLabel} selectedKey={flow.year} options={yearOptions} disabled={isBusy} onChange={(_, option) => option && dispatch({ type: 'yearPicked', year: Number(option.key) })} styles={{ root: { width: 140 } }} />
        <Dropdown
          label={strings.ReviewDepartmentLabel}
          selectedKey={flow.departmentId === undefined ? 'all' : String(flow.departmentId)}
          options={departmentOptions}
          disabled={isBusy}
          onChange={(_, option) => option && dispatch({ type: 'departmentPicked', departmentId: option.key === 'all' ? undefined : Number(option.key) })}
          styles={{ root: { width: 320 } }}
          data-testid="review-department"
        />
        <Dropdown label={strings.ReviewStateLabel} selectedKey={flow.state} options={stateOptions} disabled={isBusy} onChange={(_, option) => option && dispatch({ type: 'statePicked', state: option.key as ValueReviewState })} styles={{ root: { width: 200 } }} data-testid="review-state" />
      </Stack>
      {isBusy && flow.progress && (
        <ProgressIndicator
          label={strings.SavingDecisions}
          description={format(strings.SavingProgress, flow.progress.done, flow.progress.total)}
          percentComplete={flow.progress.total === 0 ? undefined : flow.progress.done / flow.progress.total}
          ariaValueText={format(strings.SavingProgress, flow.progress.done, flow.progress.total)}
          data-testid="review-progress"
        />
      )}
      {flow.notice && (
        <MessageBar messageBarType={noticeType(flow.notice)} onDismiss={() => dispatch({ type: 'noticeDismissed' })} dismissButtonAriaLabel={strings.DismissNotice} isMultiline>
          <div role={noticeType(flow.notice) === MessageBarType.success ? 'status' : 'alert'} data-testid="review-notice">
            {noticeText(flow.notice, strings).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        </MessageBar>
      )}
      {shown.length === 0 ? (
        <Text role="status">{format(strings.ReviewNothingShown, flow.year, stateLabel(flow.state, strings))}</Text>
      ) : (
        shown.map((row) => (
          <Stack key={row.department.id} tokens={{ childrenGap: 4 }} data-testid={`review-department-${row.department.number}`}>
            {canDecide && row.entries.length > 1 && (
              <Stack horizontal horizontalAlign="end">
                <DefaultButton
                  text={format(strings.AcceptAllShown, row.entries.length)}
                  ariaLabel={format(strings.AcceptAllShownLabel, row.entries.length, departmentLabel(row))}
                  iconProps={{ iconName: 'CheckList' }}
                  disabled={isBusy}
                  onClick={() => void decide(row.entries, 'accepted')}
                  data-testid="accept-all-shown"
                />
              </Stack>
            )}
            <DataTable
              caption={format(strings.ReviewCaption, departmentLabel(row), row.entries.length, stateLabel(flow.state, strings), flow.year)}
              columns={columns}
              rows={row.entries}
              rowKey={(entry) => entry.key}
              rowHeader="indicator"
              testId={`review-table-${row.department.number}`}
            />
          </Stack>
        ))
      )}
      <ReturnValueDialog
        entry={returning}
        comment={flow.comment}
        isCommentMissing={flow.isCommentMissing}
        isBusy={isBusy}
        strings={strings}
        locale={locale}
        onCommentChanged={(comment) => dispatch({ type: 'commentChanged', comment })}
        onCancel={() => dispatch({ type: 'returnCancelled' })}
        onConfirm={() => returning && void decide([returning], 'returned', flow.comment)}
      />
    </Stack>
  );
}

function departmentLabel(row: Pick<DepartmentReview, 'department'>): string {
  return `${row.department.number} ${row.department.name}`;
}

function noticeType(notice: ReviewNotice): MessageBarType {
  if (notice.kind === 'failed') return MessageBarType.error;
  if (notice.failed.length > 0) return MessageBarType.error;
  return notice.changed.length > 0 ? MessageBarType.warning : MessageBarType.success;
}

/** What was decided, what was not and what to do about it, one line each. */
function noticeText(notice: ReviewNotice, strings: IIndicatorDashboardWebPartStrings): string[] {
  if (notice.kind === 'failed') return [format(strings.DecisionsNotSaved, errorText(notice.error))];
  const lines: string[] = [];
  if (notice.recorded.length > 0) {
    lines.push(notice.decision === 'accepted' ? format(strings.DecisionsAccepted, notice.recorded.length, notice.recorded.join(', ')) : format(strings.DecisionReturned, notice.recorded.join(', ')));
  }
  if (notice.changed.length > 0) lines.push(format(strings.DecisionsChanged, notice.changed.join(', ')));
  if (notice.failed.length > 0) {
    lines.push(format(strings.DecisionsFailed, notice.failed.map((failure) => format(strings.DecisionFailedEntry, failure.title, `${errorText(failure.error)} ${failure.error.status} ${failure.error.serviceMessage}`.trim())).join('; ')));
  }
  return lines;
}
