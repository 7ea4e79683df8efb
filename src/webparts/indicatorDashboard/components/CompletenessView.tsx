import * as React from 'react';
import {
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  Dropdown,
  Link,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  mergeStyles
} from '@fluentui/react';
import { errorText } from '../../../ui/ErrorMessage';
import { format, formatDate, formatPercent } from '../../../ui/format';
import { ServiceError } from '../../../http/serviceError';
import type { DashboardData, DashboardServices } from '../../../app/indicatorDashboard/dashboardData';
import type { ProductServices } from '../../../app/services';
import { completenessOf, DepartmentCompleteness, entryLink, sortByMissing } from '../../../app/indicatorDashboard/dashboardModel';
import { ReminderNotice, sendReminder, useReminders } from '../../../app/indicatorDashboard/reminders';
import { remindableRows } from '../../../app/indicatorDashboard/reminderDispatch';
import { useReminderHistory, useRemindAll } from '../../../app/indicatorDashboard/remindAll';
import { deadlineOf, deadlineStatus, preselectedYear, todayInCouncil, yearsByDeadline } from '../../../domain';
import type { ReportingYear, ValueReviewState } from '../../../domain';
import { RemindAll } from './RemindAll';
import { deadlineText, lastRemindedText } from './reminderTexts';
import { pendingOf, reviewOverviewOf } from '../../../app/indicatorDashboard/reviewOverview';
import { YearLock } from './YearLock';
import { ReviewCounts } from './ReviewCounts';

export interface CompletenessViewProps {
  readonly data: DashboardData;
  /** With `departmentWorkbooks`, a reminder refreshes the department's workbook and links it. */
  readonly services: Pick<DashboardServices, 'mail' | 'reportingYears' | 'catalogue' | 'indicators' | 'departments' | 'reminders'> & Partial<Pick<ProductServices, 'departmentWorkbooks'>>;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
  /** `{year}` and `{department}` are filled in. */
  readonly entryLinkTemplate: string;
  /** Kept by the dashboard, so a lock survives switching tabs. */
  readonly onReportingYearChanged: (year: ReportingYear) => void;
  /** Opens the value review at one department's values in one state (the office only). */
  readonly onDrillDown?: (year: number, departmentId: number, state: ValueReviewState) => void;
}

const tableClass = mergeStyles({
  borderCollapse: 'collapse',
  width: '100%',
  maxWidth: 1100,
  selectors: {
    'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: '1px solid rgba(128,128,128,0.4)' },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    ul: { margin: 0, paddingLeft: 18 }
  }
});

/**
 * Which department still owes which values for a reporting year, by when, and reminders: one
 * department's, or all at once. Years are offered by deadline (the nearest open one first, and
 * shown first); departments that owe values come first, most missing first.
 */
export function CompletenessView({ data, services, strings, locale, entryLinkTemplate, onReportingYearChanged, onDrillDown }: CompletenessViewProps): React.ReactElement {
  const today = todayInCouncil(new Date());
  const candidates = [data.reportingYear + 1, ...data.years.slice().reverse()];
  const [{ year, confirming, isSending: sending, notice }, dispatch] = useReminders(preselectedYear(candidates, data.reportingYears, today, data.reportingYear));
  const [bulk, dispatchBulk, startBulk] = useRemindAll();
  const history = useReminderHistory(services, year);
  const deadline = deadlineOf(data.reportingYears, year);
  // The dialog fades out after closing; it keeps showing the row it asked about meanwhile.
  const shown = React.useRef<DepartmentCompleteness | undefined>();
  if (confirming) {
    shown.current = confirming;
  }
  const asked = confirming ?? shown.current;
  const isCoordinator = data.user.role === 'coordinator';
  const completeness = React.useMemo(() => {
    const all = completenessOf(year, data.indicators, data.measures, data.values, data.departments, data.contacts);
    if (isCoordinator) {
      return all;
    }
    // A department contact sees only the values of their own department.
    const own = all.departments.filter((row) => row.department.id === data.user.departmentId);
    const expected = own.reduce((sum, row) => sum + row.expected, 0);
    const delivered = own.reduce((sum, row) => sum + row.delivered, 0);
    return { ...all, departments: own, expected, delivered, ratio: expected === 0 ? 1 : delivered / expected };
  }, [year, data, isCoordinator]);
  const rows = React.useMemo(() => sortByMissing(completeness.departments), [completeness]);
  const remindable = remindableRows(rows);
  const unreachable = rows.filter((row) => row.missing.length > 0 && row.recipients.length === 0);

  // Where the year's values stand in the office's review, per department.
  const review = React.useMemo(() => reviewOverviewOf(year, data), [year, data]);
  const tallies = React.useMemo(() => new Map(review.map((row) => [row.department.id, row.tally])), [review]);
  const pending = React.useMemo(() => pendingOf(review), [review]);

  const yearOptions = yearsByDeadline(candidates, data.reportingYears, today).map((candidate) => {
    const due = deadlineOf(data.reportingYears, candidate);
    return { key: candidate, text: due ? format(strings.YearOptionDeadline, candidate, formatDate(due, locale)) : String(candidate) };
  });
  const progressText = (delivered: number, expected: number): string => format(strings.CompletenessText, delivered, expected, formatPercent(delivered, expected, locale));

  const reminderServices = { mail: services.mail, reminders: services.reminders, ...(services.departmentWorkbooks ? { departmentWorkbooks: services.departmentWorkbooks } : {}) };
  const request = { services: reminderServices, year, ...(deadline ? { deadline } : {}), entryLinkTemplate, senderName: data.user.displayName };
  const send = (row: DepartmentCompleteness): Promise<void> => sendReminder({ ...request, row, dispatch, onRecorded: history.add });
  const noticeText = (shown: ReminderNotice): string => {
    const label = `${shown.row.department.number} ${shown.row.department.name}`;
    const error = shown.kind === 'failed' ? shown.error : shown.result.error;
    const detail = error instanceof ServiceError ? `${errorText(error)} (${error.status} ${error.serviceMessage})` : errorText(error);
    if (shown.kind === 'result' && shown.result.outcome === 'sent') {
      const link = shown.result.workbookProblem === undefined ? '' : ` ${format(strings.ResultEntryLink, errorText(shown.result.workbookProblem))}`;
      return `${format(strings.ReminderSent, label, shown.row.recipients.map((recipient) => recipient.name ?? recipient.address).join(', '))}${link}`;
    }
    if (shown.kind === 'result' && shown.result.outcome === 'unknown') {
      return format(strings.ReminderUnknown, label, detail);
    }
    return format(strings.ReminderFailed, label, detail);
  };
  const isNoticeGood = notice?.kind === 'result' && notice.result.outcome === 'sent';

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Dropdown
        label={strings.YearLabel}
        selectedKey={year}
        options={yearOptions}
        onChange={(_, option) => {
          if (!option) return;
          dispatch({ type: 'yearPicked', year: Number(option.key) });
          // The result of "Alle erinnern" belongs to the year it was sent for.
          dispatchBulk({ type: 'dismissed' });
        }}
        disabled={bulk.phase === 'running'}
        styles={{ root: { width: 220 } }}
      />
      <Text data-testid="year-deadline">{deadlineText(deadlineStatus(deadline, today), year, locale, strings)}</Text>
      <YearLock
        year={year}
        reportingYear={data.reportingYear}
        years={data.reportingYears}
        isCoordinator={isCoordinator}
        siteUserId={data.user.siteUserId}
        services={services}
        strings={strings}
        locale={locale}
        onChanged={onReportingYearChanged}
        pending={isCoordinator ? pending : undefined}
      />
      {!isCoordinator && <Text>{strings.OwnDepartmentNote}</Text>}
      {notice && (
        <MessageBar messageBarType={isNoticeGood ? MessageBarType.success : MessageBarType.error} onDismiss={() => dispatch({ type: 'noticeDismissed' })} isMultiline>
          <div role={isNoticeGood ? 'status' : 'alert'} data-testid="reminder-notice">
            {noticeText(notice)}
          </div>
        </MessageBar>
      )}
      {history.error !== undefined && <MessageBar messageBarType={MessageBarType.warning}>{format(strings.ReminderHistoryFailed, errorText(history.error))}</MessageBar>}
      {isCoordinator && rows.length > 0 && (
        <RemindAll
          year={year}
          remindable={remindable}
          unreachable={unreachable}
          {...(deadline ? { deadlineText: formatDate(deadline, locale) } : {})}
          state={bulk}
          dispatch={dispatchBulk}
          onConfirm={() => startBulk({ ...request, rows: remindable }, history.add)}
          isBusy={sending}
          strings={strings}
        />
      )}
      {completeness.departments.length === 0 ? (
        <Text role="status">{format(strings.NothingOwed, year)}</Text>
      ) : (
        <>
          <div data-testid="overall-completeness">
            <ProgressIndicator
              label={format(strings.OverallLabel, year)}
              description={progressText(completeness.delivered, completeness.expected)}
              percentComplete={completeness.ratio}
              ariaValueText={progressText(completeness.delivered, completeness.expected)}
              styles={{ root: { maxWidth: 600 } }}
            />
          </div>
          <table className={tableClass} data-testid="completeness-table">
            <caption>{format(strings.DepartmentsCaption, year)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.DepartmentColumn}</th>
                <th scope="col">{strings.ProgressColumn}</th>
                <th scope="col">{strings.ReviewColumn}</th>
                <th scope="col">{strings.MissingColumn}</th>
                <th scope="col">{strings.LastRemindedColumn}</th>
                <th scope="col">{strings.ActionColumn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const label = `${row.department.number} ${row.department.name}`;
                return (
                  <tr key={row.department.id} data-testid={`completeness-${row.department.number}`}>
                    <th scope="row">{label}</th>
                    <td style={{ minWidth: 200 }}>
                      <ProgressIndicator
                        description={progressText(row.delivered, row.expected)}
                        percentComplete={row.ratio}
                        ariaLabel={label}
                        ariaValueText={progressText(row.delivered, row.expected)}
                      />
                    </td>
                    <td>
                      <ReviewCounts
                        tally={tallies.get(row.department.id) ?? { missing: row.missing.length, submitted: 0, returned: 0, accepted: 0 }}
                        departmentLabel={label}
                        year={year}
                        strings={strings}
                        {...(isCoordinator && onDrillDown ? { onDrillDown: (state: ValueReviewState) => onDrillDown(year, row.department.id, state) } : {})}
                      />
                    </td>
                    <td>
                      {row.missing.length === 0 ? (
                        strings.Complete
                      ) : (
                        <ul>
                          {row.missing.map(({ indicator, measure }) => (
                            <li key={indicator.id}>
                              {indicator.title}
                              {measure?.number ? ` (${measure.number})` : ''}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-testid={`last-reminded-${row.department.number}`}>{lastRemindedText(history.latest.get(row.department.id), locale, strings)}</td>
                    <td>
                      {row.missing.length === 0 ? null : isCoordinator ? (
                        row.recipients.length === 0 ? (
                          <Text variant="small">{strings.NoRecipient}</Text>
                        ) : (
                          <DefaultButton
                            text={strings.Remind}
                            iconProps={{ iconName: 'Mail' }}
                            ariaLabel={format(strings.RemindLabel, label, row.missing.length, year)}
                            disabled={sending || bulk.phase === 'running'}
                            onClick={() => dispatch({ type: 'asked', row })}
                          />
                        )
                      ) : (
                        <Link href={entryLink(entryLinkTemplate, year, row.department)}>{format(strings.EnterValues, year)}</Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <Dialog
        hidden={!confirming}
        onDismiss={() => dispatch({ type: 'cancelled' })}
        dialogContentProps={{
          type: DialogType.normal,
          title: strings.ConfirmTitle,
          subText: asked
            ? format(strings.ConfirmText, asked.recipients.map((recipient) => (recipient.name ? `${recipient.name} <${recipient.address}>` : recipient.address)).join(', '), asked.missing.length, year)
            : ''
        }}
        modalProps={{ isBlocking: sending }}
      >
        {sending && <Spinner size={SpinnerSize.small} label={strings.Sending} ariaLive="polite" />}
        <DialogFooter>
          <PrimaryButton text={strings.ConfirmSend} disabled={sending} onClick={() => confirming && void send(confirming)} />
          <DefaultButton text={strings.Cancel} disabled={sending} onClick={() => dispatch({ type: 'cancelled' })} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
