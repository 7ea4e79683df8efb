import * as React from 'react';
import { DefaultButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { AgreementBasics, AgreementServices, AgreementTab, loadAgreementOverview } from '../../../app/goalAgreements/agreementData';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { todayInCouncil } from '../../../domain';
import { meetingTimeText, OverviewRow, overviewCounts, overviewRows } from '../../../app/goalAgreements/agreementOverview';
import { stateLabels } from '../agreementLabels';

export interface AgreementOverviewProps {
  readonly basics: AgreementBasics;
  readonly services: Pick<AgreementServices, 'locale' | 'goalAgreements' | 'meetings'>;
  readonly strings: IGoalAgreementsWebPartStrings;
  readonly year: number;
  readonly now: Date;
  readonly onOpen: (departmentId: number, year: number, tab: AgreementTab) => void;
}

/** Every department's agreement of a year at a glance: its state, a review still due, its meeting. */
export function AgreementOverview({ basics, services, strings, year, now, onOpen }: AgreementOverviewProps): React.ReactElement {
  const [loaded, reload] = useLoader(() => loadAgreementOverview(services, year), String(year));
  if (loaded.state === 'loading') {
    return <Spinner size={SpinnerSize.large} label={strings.Loading} ariaLive="polite" />;
  }
  if (loaded.state === 'error') {
    return <ErrorMessage error={loaded.error} onRetry={reload} />;
  }
  const locale = services.locale;
  const rows = overviewRows(basics.departments, loaded.data.agreements, loaded.data.previousAgreements, loaded.data.meetings, todayInCouncil(now));
  const counts = overviewCounts(rows);
  const states = stateLabels(strings);
  const label = (row: OverviewRow): string => `${row.department.number} ${row.department.name}`;
  const number = (value: number): string => value.toLocaleString(locale);

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <ul data-testid="overview-counts" style={{ margin: 0, paddingLeft: 20 }}>
        <li>
          <Text>{format(strings.CountWithoutMeeting, number(counts.withoutMeeting), number(counts.departments))}</Text>
        </li>
        <li>
          <Text>{format(strings.CountReviewsDue, number(counts.reviewsDue))}</Text>
        </li>
        <li>
          <Text>{format(strings.CountAgreed, number(counts.agreed), number(counts.departments))}</Text>
        </li>
      </ul>
      <DataTable
        caption={format(strings.OverviewCaption, year)}
        testId="agreement-overview"
        rows={rows}
        rowKey={(row) => row.department.id}
        columns={[
          {
            key: 'department',
            header: strings.ColumnDepartment,
            render: (row) => (
              <>
                {label(row)}
                {!basics.isOffice && <span> ({strings.OwnDepartment})</span>}
              </>
            )
          },
          { key: 'status', header: format(strings.ColumnStatus, year), render: (row) => <span data-testid={`state-${row.department.number}`}>{states[row.state]}</span> },
          {
            key: 'review',
            header: format(strings.ColumnReviewDue, year - 1),
            render: (row) => <span data-testid={`review-${row.department.number}`}>{row.dueReview ? strings.ReviewDue : strings.ReviewNotDue}</span>
          },
          {
            key: 'meeting',
            header: format(strings.ColumnMeeting, year),
            render: (row) => (
              <span data-testid={`meeting-${row.department.number}`}>
                {!row.meeting
                  ? strings.NoMeeting
                  : format(row.meeting.state === 'booked' ? strings.MeetingBooked : strings.MeetingProposed, meetingTimeText(row.meeting.start, locale))}
              </span>
            )
          },
          {
            key: 'action',
            header: strings.ColumnAction,
            render: (row) => (
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <DefaultButton text={strings.OpenAgreement} ariaLabel={format(strings.OpenAgreementAria, label(row), year)} onClick={() => onOpen(row.department.id, year, 'agreement')} />
                {row.dueReview && basics.isOffice && (
                  <DefaultButton
                    text={strings.ReviewAgreement}
                    ariaLabel={format(strings.ReviewAgreementAria, label(row), year - 1)}
                    onClick={() => onOpen(row.department.id, year - 1, 'review')}
                  />
                )}
              </Stack>
            )
          }
        ]}
      />
    </Stack>
  );
}
