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
import { format, formatPercent } from '../../../ui/format';
import { ServiceError } from '../../../http/serviceError';
import type { DashboardData, DashboardServices } from '../../../app/indicatorDashboard/dashboardData';
import { completenessOf, DepartmentCompleteness, entryLink } from '../../../app/indicatorDashboard/dashboardModel';
import { ReminderNotice, sendReminder, useReminders } from '../../../app/indicatorDashboard/reminders';
import type { ReportingYear, ValueReviewState } from '../../../domain';
import { pendingOf, reviewOverviewOf } from '../../../app/indicatorDashboard/reviewOverview';
import { YearLock } from './YearLock';
import { ReviewCounts } from './ReviewCounts';

export interface CompletenessViewProps {
  readonly data: DashboardData;
  readonly services: Pick<DashboardServices, 'mail' | 'reportingYears' | 'catalogue' | 'indicators' | 'departments'>;
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

/** Which department still owes which values for the reporting year, and a reminder mail per department. */
export function CompletenessView({ data, services, strings, locale, entryLinkTemplate, onReportingYearChanged, onDrillDown }: CompletenessViewProps): React.ReactElement {
  const [{ year, confirming, isSending: sending, notice }, dispatch] = useReminders(data.reportingYear);
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

  // Where the year's values stand in the office's review, per department.
  const review = React.useMemo(() => reviewOverviewOf(year, data), [year, data]);
  const tallies = React.useMemo(() => new Map(review.map((row) => [row.department.id, row.tally])), [review]);
  const pending = React.useMemo(() => pendingOf(review), [review]);

  const yearOptions = [data.reportingYear + 1, ...data.years.slice().reverse()].map((candidate) => ({ key: candidate, text: String(candidate) }));
  const progressText = (delivered: number, expected: number): string => format(strings.CompletenessText, delivered, expected, formatPercent(delivered, expected, locale));

  const send = (row: DepartmentCompleteness): Promise<void> => sendReminder({ services, row, year, entryLinkTemplate, senderName: data.user.displayName, dispatch });
  const noticeText = (shown: ReminderNotice): string => {
    const label = `${shown.row.department.number} ${shown.row.department.name}`;
    if (shown.kind === 'sent') {
      return format(strings.ReminderSent, label, shown.row.recipients.map((recipient) => recipient.name ?? recipient.address).join(', '));
    }
    const { error } = shown;
    const detail = error instanceof ServiceError ? `${errorText(error)} (${error.status} ${error.serviceMessage})` : errorText(error);
    return format(strings.ReminderFailed, label, detail);
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Dropdown
        label={strings.YearLabel}
        selectedKey={year}
        options={yearOptions}
        onChange={(_, option) => option && dispatch({ type: 'yearPicked', year: Number(option.key) })}
        styles={{ root: { width: 160 } }}
      />
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
        <MessageBar messageBarType={notice.kind === 'sent' ? MessageBarType.success : MessageBarType.error} onDismiss={() => dispatch({ type: 'noticeDismissed' })} isMultiline>
          <div role={notice.kind === 'sent' ? 'status' : 'alert'} data-testid="reminder-notice">
            {noticeText(notice)}
          </div>
        </MessageBar>
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
                <th scope="col">{strings.ActionColumn}</th>
              </tr>
            </thead>
            <tbody>
              {completeness.departments.map((row) => {
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
                    <td>
                      {row.missing.length === 0 ? null : isCoordinator ? (
                        row.recipients.length === 0 ? (
                          <Text variant="small">{strings.NoRecipient}</Text>
                        ) : (
                          <DefaultButton
                            text={strings.Remind}
                            iconProps={{ iconName: 'Mail' }}
                            ariaLabel={format(strings.RemindLabel, label, row.missing.length, year)}
                            disabled={sending}
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
