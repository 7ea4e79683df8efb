import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, ProgressIndicator, Stack, mergeStyleSets } from '@fluentui/react';
import { canWrite, initialReviewProgress } from '../../../domain';
import type { Department } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import { interviewYear, LoadedInitialReviews, loadInitialReviews } from '../../../app/initialReviews/initialReviewsData';
import { boardReducer, boardStateOf } from '../../../app/initialReviews/initialReviewsBoard';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { DataTable } from '../../../ui/DataTable';
import { useLoader } from '../../../ui/useLoader';
import { format } from '../../../ui/format';
import { ReviewChecklist } from './ReviewChecklist';
import { MeetingBookingPanel } from '../../../ui/meetingBooking/MeetingBookingPanel';
import { formatSlot } from '../../../app/meetingBooking/bookingForm';
import { interviewInvitation } from '../../../app/initialReviews/interviewInvitation';
import { StatusQuoReportSection } from './StatusQuoReportSection';

export interface InitialReviewsProps {
  readonly services: ProductServices;
  readonly strings: IInitialReviewsWebPartStrings;
  readonly theme: HostTheme;
  readonly planPeriodId?: number;
}

const classes = mergeStyleSets({
  root: { padding: '16px 0' },
  section: { marginTop: 24 },
  heading: { fontSize: 20, fontWeight: 600, margin: '0 0 12px' }
});

export function InitialReviews({ services, strings, theme, planPeriodId }: InitialReviewsProps): React.ReactElement {
  const [selectedPeriod, setSelectedPeriod] = React.useState<number | undefined>(planPeriodId);
  const [loaded, reload] = useLoader(() => loadInitialReviews(services, selectedPeriod), `${selectedPeriod ?? 'current'}`);
  const headingId = 'integrationsplanung-initial-reviews-heading';
  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root}>
      <LoadStatus loaded={loaded} label={strings.Loading} onRetry={reload} />
      {loaded.state === 'ready' && <InitialReviewsBoard key={loaded.data.period?.id ?? 0} data={loaded.data} services={services} strings={strings} onSelectPeriod={setSelectedPeriod} />}
    </WebPartSection>
  );
}

interface BoardProps {
  readonly data: LoadedInitialReviews;
  readonly services: ProductServices;
  readonly strings: IInitialReviewsWebPartStrings;
  readonly onSelectPeriod: (id: number) => void;
}

function InitialReviewsBoard({ data, services, strings, onSelectPeriod }: BoardProps): React.ReactElement {
  const locale = services.locale;
  const { user, period } = data;
  const isOffice = user.role === 'coordinator';
  // A department contact follows the own department; the office sees all of them.
  const departments = React.useMemo(
    () => (isOffice || user.departmentId === undefined ? data.departments : data.departments.filter((department) => department.id === user.departmentId)),
    [data.departments, isOffice, user.departmentId]
  );
  const [{ reviews, interviews, bookingFor, selectedDepartmentId, isChecklistFocusDue }, dispatch] = React.useReducer(boardReducer, undefined, () => boardStateOf(data, isOffice));
  const checklistHeading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (isChecklistFocusDue) {
      checklistHeading.current?.focus();
      dispatch({ type: 'checklistFocused' });
    }
  }, [isChecklistFocusDue]);

  const progress = React.useMemo(
    () => initialReviewProgress(departments.map((department) => department.id), data.measures, [...reviews.values()]),
    [departments, data.measures, reviews]
  );
  const rows = departments
    .map((department, index) => ({ department, ...progress[index] }))
    // Departments that lead no measure of the period have no interview to hold.
    .filter((row) => row.measureCount > 0);
  const total = rows.reduce((sum, row) => sum + row.measureCount, 0);
  const reviewed = rows.reduce((sum, row) => sum + row.reviewedCount, 0);
  const selected = departments.find((department) => department.id === selectedDepartmentId);
  const label = (department: Department): string => `${department.number} ${department.name}`;
  const countText = (done: number, of: number): string => format(strings.ProgressCount, done.toLocaleString(locale), of.toLocaleString(locale));

  if (!period) {
    return <MessageBar>{strings.NoPeriod}</MessageBar>;
  }
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 24 }}>
        <Dropdown
          label={strings.PlanPeriodLabel}
          selectedKey={period.id}
          options={data.periods.map((candidate) => ({ key: candidate.id, text: candidate.title }))}
          onChange={(_, option) => option && onSelectPeriod(Number(option.key))}
          styles={{ root: { minWidth: 260 } }}
        />
        <Stack.Item grow styles={{ root: { maxWidth: 480 } }}>
          <div data-testid="overall-progress">
            <ProgressIndicator
              label={strings.OverallProgress}
              description={countText(reviewed, total)}
              percentComplete={total === 0 ? 0 : reviewed / total}
              ariaValueText={format(strings.ProgressAria, reviewed.toLocaleString(locale), total.toLocaleString(locale))}
            />
          </div>
        </Stack.Item>
      </Stack>
      {!canWrite(user, { kind: 'initialReview' }) && <MessageBar>{strings.ReadOnlyHint}</MessageBar>}
      <DataTable
        caption={strings.DepartmentsCaption}
        testId="department-progress"
        rows={rows}
        rowKey={(row) => row.department.id}
        highlight={(row) => row.department.id === selectedDepartmentId}
        columns={[
          {
            key: 'department',
            header: strings.ColumnDepartment,
            render: (row) => (
              <>
                {label(row.department)}
                {!isOffice && row.department.id === user.departmentId && <span> ({strings.OwnDepartment})</span>}
              </>
            )
          },
          {
            key: 'progress',
            header: strings.ColumnProgress,
            render: (row) => (
              <div data-testid={`progress-${row.department.number}`}>
                <ProgressIndicator
                  label={countText(row.reviewedCount, row.measureCount)}
                  percentComplete={row.reviewedCount / row.measureCount}
                  ariaValueText={format(strings.ProgressAria, row.reviewedCount.toLocaleString(locale), row.measureCount.toLocaleString(locale))}
                  styles={{ itemName: { fontWeight: 'normal' } }}
                />
              </div>
            )
          },
          ...(isOffice
            ? [
                {
                  key: 'meeting',
                  header: strings.ColumnMeeting,
                  render: (row: (typeof rows)[number]) => {
                    const meeting = interviews.get(row.department.id);
                    return (
                      <Stack horizontal verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
                        <span data-testid={`interview-${row.department.number}`}>{meeting ? formatSlot(meeting, locale) : strings.MeetingNone}</span>
                        <DefaultButton
                          text={meeting ? strings.ShowInterview : strings.BookInterview}
                          ariaLabel={format(meeting ? strings.ShowInterviewAria : strings.BookInterviewAria, label(row.department))}
                          onClick={() => dispatch({ type: 'bookingOpened', department: row.department })}
                        />
                      </Stack>
                    );
                  }
                }
              ]
            : []),
          {
            key: 'open',
            header: strings.ColumnChecklist,
            render: (row) => (
              <DefaultButton
                text={strings.OpenChecklist}
                ariaLabel={format(strings.OpenChecklistAria, label(row.department))}
                aria-pressed={row.department.id === selectedDepartmentId}
                onClick={() => dispatch({ type: 'checklistOpened', departmentId: row.department.id })}
              />
            )
          }
        ]}
      />
      {selected && (
        <section className={classes.section} aria-labelledby="integrationsplanung-checklist-heading" data-testid="review-checklist">
          <h3 id="integrationsplanung-checklist-heading" tabIndex={-1} ref={checklistHeading} className={classes.heading}>
            {format(strings.ChecklistHeading, label(selected))}
          </h3>
          <ReviewChecklist
            department={selected}
            measures={data.measures.filter((measure) => measure.leadDepartmentId === selected.id)}
            reviews={reviews}
            canEdit={canWrite(user, { kind: 'initialReview' })}
            services={services}
            strings={strings}
            onSaved={(review) => dispatch({ type: 'reviewSaved', review })}
          />
        </section>
      )}
      {bookingFor && (
        <MeetingBookingPanel
          services={services}
          isOpen
          onDismiss={() => dispatch({ type: 'bookingClosed' })}
          kind="initialInterview"
          year={interviewYear()}
          departmentId={bookingFor.id}
          {...interviewInvitation(bookingFor, period.title, data.measures, strings)}
          existing={interviews.get(bookingFor.id)}
          onChanged={(meeting) => dispatch({ type: 'meetingChanged', departmentId: bookingFor.id, meeting })}
        />
      )}
      <StatusQuoReportSection
        period={period}
        departments={data.departments}
        measures={data.measures}
        canCreate={canWrite(user, { kind: 'report' })}
        services={services}
        strings={strings}
      />
    </Stack>
  );
}
