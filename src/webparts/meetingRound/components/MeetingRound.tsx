import * as React from 'react';
import { Checkbox, Dropdown, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, SpinnerSize, Stack, Text, TextField, mergeStyleSets } from '@fluentui/react';
import { germanStates, planRound, todayInCouncil } from '../../../domain';
import type { Department, DepartmentToPlan, GermanState, Interval, MeetingRecord, PublicHoliday, RoundPlan, RoundSettings } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import type { BookingOutcome } from '../../../scheduling/meetingBooking';
import { readFreeBusy } from '../../../scheduling/freeBusy';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useLoader } from '../../../ui/useLoader';
import { format } from '../../../ui/format';
import { defaultRoundForm, roundFormProblems, roundSettingsOf } from '../../../app/meetingRound/roundSettings';
import type { RoundForm, RoundFormField, RoundFormProblem } from '../../../app/meetingRound/roundSettings';
import { alternativeSlots, departmentsToPlan, meetingRecordsOf, moveInPlan, unplacedReasonText } from '../../../app/meetingRound/roundPlanModel';
import { RoundWeekView } from './RoundWeekView';
import { BookedMeetings } from './BookedMeetings';
import { SteeringGroupSection } from './SteeringGroupSection';

export interface MeetingRoundProps {
  readonly services: ProductServices;
  readonly strings: IMeetingRoundWebPartStrings;
  readonly theme: HostTheme;
  readonly state?: GermanState;
}

interface LoadedRound {
  readonly year: number;
  readonly coordinator: string;
  readonly isCoordinator: boolean;
  readonly departments: readonly Department[];
  readonly toPlan: readonly DepartmentToPlan[];
  readonly meetings: readonly MeetingRecord[];
  readonly steering: readonly MeetingRecord[];
}

const classes = mergeStyleSets({
  root: { padding: '16px 0' },
  field: { width: 200 }
});

async function loadRound(services: ProductServices, year: number): Promise<LoadedRound> {
  const [user, departments, contacts, meetings, lastYear, steering] = await Promise.all([
    services.users.currentUser(),
    services.departments.departments(),
    services.departments.contacts(),
    services.meetings.meetingsOf(year, 'agreement'),
    services.meetings.meetingsOf(year - 1, 'agreement'),
    services.meetings.meetingsOf(year, 'steeringGroup')
  ]);
  return {
    year,
    coordinator: (user.email || user.login).toLowerCase(),
    isCoordinator: user.role === 'coordinator',
    departments,
    toPlan: departmentsToPlan(departments, contacts, meetings, lastYear),
    meetings,
    steering
  };
}

const today = (): string => todayInCouncil(new Date());

export function MeetingRound({ services, strings, theme, state }: MeetingRoundProps): React.ReactElement {
  const [form, setForm] = React.useState<RoundForm>(() => defaultRoundForm(today(), state));
  const year = Number.isInteger(form.year) ? form.year : new Date().getFullYear();
  const [loaded, reload] = useLoader(() => loadRound(services, year), `${year}`);
  // The board stays while a reload after booking runs: its plan, progress and failures must not vanish.
  const [shown, setShown] = React.useState<LoadedRound | undefined>(undefined);
  React.useEffect(() => {
    if (loaded.state === 'ready') {
      setShown(loaded.data);
    }
  }, [loaded]);
  const data = loaded.state === 'ready' ? loaded.data : shown?.year === year ? shown : undefined;
  const headingId = 'integrationsplanung-meeting-round-heading';
  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root}>
      <SettingsForm form={form} onChange={setForm} strings={strings} />
      <LoadStatus loaded={loaded} label={strings.Loading} onRetry={reload} size={data ? SpinnerSize.small : SpinnerSize.large} />
      {data && <RoundBoard key={year} data={data} form={form} services={services} strings={strings} onReload={reload} />}
    </WebPartSection>
  );
}

function problemText(problem: RoundFormProblem | undefined, strings: IMeetingRoundWebPartStrings): string | undefined {
  if (!problem) {
    return undefined;
  }
  switch (problem.kind) {
    case 'invalidDay':
      return strings.ProblemDay;
    case 'invalidTime':
      return strings.ProblemTime;
    case 'invalidNumber':
      return strings.ProblemNumber;
    case 'lastBeforeFirst':
      return strings.ProblemLastBeforeFirst;
    case 'endBeforeStart':
      return strings.ProblemEndBeforeStart;
    case 'windowTooLong':
      return strings.ProblemWindowTooLong;
    case 'meetingLongerThanDay':
      return strings.ProblemMeetingTooLong;
  }
}

function SettingsForm({ form, onChange, strings }: { form: RoundForm; onChange: (form: RoundForm) => void; strings: IMeetingRoundWebPartStrings }): React.ReactElement {
  const problems = roundFormProblems(form);
  const problemOf = (field: RoundFormField): string | undefined => problemText(problems.find((problem) => problem.field === field), strings);
  const set = <K extends keyof RoundForm>(key: K, value: RoundForm[K]): void => onChange({ ...form, [key]: value });
  const number = (value: string | undefined): number => (value && value.trim() ? Number(value) : Number.NaN);
  const numberText = (value: number): string => (Number.isNaN(value) ? '' : String(value));
  return (
    <section aria-labelledby="meeting-round-settings">
      <Text as="h3" variant="large" id="meeting-round-settings" block styles={{ root: { margin: '16px 0 8px' } }}>
        {strings.SettingsHeading}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" styles={{ root: { marginBottom: 8 } }}>
        <TextField className={classes.field} label={strings.Year} type="number" value={numberText(form.year)} onChange={(_, value) => set('year', number(value))} errorMessage={problemOf('year')} />
        <TextField className={classes.field} label={strings.FirstDay} type="date" value={form.firstDay} onChange={(_, value) => set('firstDay', value ?? '')} errorMessage={problemOf('firstDay')} />
        <TextField className={classes.field} label={strings.LastDay} type="date" value={form.lastDay} onChange={(_, value) => set('lastDay', value ?? '')} errorMessage={problemOf('lastDay')} />
        <TextField className={classes.field} label={strings.DayStart} type="time" value={form.dayStart} onChange={(_, value) => set('dayStart', value ?? '')} errorMessage={problemOf('dayStart')} />
        <TextField className={classes.field} label={strings.DayEnd} type="time" value={form.dayEnd} onChange={(_, value) => set('dayEnd', value ?? '')} errorMessage={problemOf('dayEnd')} />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" styles={{ root: { marginBottom: 8 } }}>
        <TextField className={classes.field} label={strings.MeetingMinutes} type="number" value={numberText(form.meetingMinutes)} onChange={(_, value) => set('meetingMinutes', number(value))} errorMessage={problemOf('meetingMinutes')} />
        <TextField className={classes.field} label={strings.BufferMinutes} type="number" value={numberText(form.bufferMinutes)} onChange={(_, value) => set('bufferMinutes', number(value))} errorMessage={problemOf('bufferMinutes')} />
        <TextField className={classes.field} label={strings.MaxPerDay} type="number" value={numberText(form.maxMeetingsPerDay)} onChange={(_, value) => set('maxMeetingsPerDay', number(value))} errorMessage={problemOf('maxMeetingsPerDay')} />
        <Dropdown
          label={strings.HolidayState}
          selectedKey={form.state}
          options={germanStates.map((code) => ({ key: code, text: strings[`State${code}` as keyof IMeetingRoundWebPartStrings] }))}
          onChange={(_, option) => option && set('state', option.key as GermanState)}
          styles={{ root: { width: 220 } }}
        />
      </Stack>
      <Checkbox label={strings.OnlineMeeting} checked={form.isOnlineMeeting} onChange={(_, checked) => set('isOnlineMeeting', !!checked)} styles={{ root: { marginTop: 12 } }} />
    </section>
  );
}

interface PlannedRound {
  readonly settings: RoundSettings;
  readonly holidays: readonly PublicHoliday[];
  readonly departments: readonly DepartmentToPlan[];
  readonly busy: ReadonlyMap<string, readonly Interval[]>;
  readonly unavailable: ReadonlyArray<{ readonly address: string; readonly message: string }>;
  readonly plan: RoundPlan;
}

type Step =
  | { readonly state: 'idle' }
  | { readonly state: 'reading'; readonly done: number; readonly total: number }
  | { readonly state: 'readFailed'; readonly error: unknown }
  | { readonly state: 'booking'; readonly done: number; readonly total: number }
  | { readonly state: 'booked'; readonly outcomes: readonly BookingOutcome[] }
  | { readonly state: 'bookFailed'; readonly error: unknown };

function RoundBoard({ data, form, services, strings, onReload }: { data: LoadedRound; form: RoundForm; services: ProductServices; strings: IMeetingRoundWebPartStrings; onReload: () => void }): React.ReactElement {
  const locale = services.locale;
  const [round, setRound] = React.useState<PlannedRound | undefined>(undefined);
  const [step, setStep] = React.useState<Step>({ state: 'idle' });
  /** Bookings that failed keep their records (with transaction id): retrying cannot create a second event. */
  const [failed, setFailed] = React.useState<readonly BookingOutcome[]>([]);
  const isValid = roundFormProblems(form).length === 0;
  const current = React.useMemo(() => (isValid ? roundSettingsOf(form) : undefined), [form, isValid]);
  const departmentName = (departmentId: number | undefined): string => {
    const department = data.departments.find((candidate) => candidate.id === departmentId);
    return department ? `${department.number} ${department.name}` : strings.Unknown;
  };

  const plan = async (): Promise<void> => {
    if (!current) {
      return;
    }
    const { settings, holidays } = current;
    const mailboxes = [data.coordinator, ...data.toPlan.flatMap((department) => department.attendees)];
    setStep({ state: 'reading', done: 0, total: 1 });
    // Records that failed to book are proposed records now; the reloaded data plans them again under their ids.
    setFailed([]);
    try {
      const freeBusy = await readFreeBusy(services.calendar, [...new Set(mailboxes)], settings.firstDay, settings.lastDay, {
        onProgress: (done, total) => setStep({ state: 'reading', done, total })
      });
      const result = planRound({ settings, coordinator: data.coordinator, departments: data.toPlan, busy: freeBusy.busy });
      setRound({ settings, holidays, departments: data.toPlan, busy: freeBusy.busy, unavailable: freeBusy.unavailable, plan: result });
      setStep({ state: 'idle' });
    } catch (error) {
      setStep({ state: 'readFailed', error });
    }
  };

  const bookAll = async (): Promise<void> => {
    if (!round) {
      return;
    }
    const records =
      failed.length > 0
        ? failed.map((outcome) => outcome.meeting)
        : meetingRecordsOf(round.plan, round.departments, {
            year: form.year,
            isOnlineMeeting: form.isOnlineMeeting,
            proposed: data.meetings,
            texts: { subject: (department) => format(strings.AgreementSubject, form.year, department.name), agenda: (department) => format(strings.AgreementAgenda, form.year, department.name) }
          });
    setStep({ state: 'booking', done: 0, total: records.length });
    try {
      // A proposed record taken over by the plan first gets its new time, so record and event agree.
      // Failed ones from an earlier attempt already carry their stored state.
      const prepared = failed.length > 0 ? records : await Promise.all(
        records.map(async (record) => {
          const original = 'id' in record ? data.meetings.find((meeting) => meeting.id === record.id) : undefined;
          const changes = { subject: record.subject, start: record.start, end: record.end, attendees: record.attendees, isOnlineMeeting: record.isOnlineMeeting };
          const isChanged = original && (Object.keys(changes) as Array<keyof typeof changes>).some((key) => String(original[key]) !== String(changes[key]));
          return original && isChanged ? services.meetings.update(original, changes) : record;
        })
      );
      const outcomes = await services.booking.book(prepared, (done, total) => setStep({ state: 'booking', done, total }));
      const notBooked = outcomes.filter((outcome) => !outcome.ok);
      setFailed(notBooked);
      setStep({ state: 'booked', outcomes });
      if (notBooked.length === 0) {
        setRound(undefined);
      }
      onReload();
    } catch (error) {
      setStep({ state: 'bookFailed', error });
    }
  };

  const working = step.state === 'reading' || step.state === 'booking';
  const placedCount = round?.plan.placed.length ?? 0;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {!data.isCoordinator && <MessageBar>{strings.OnlyCoordinator}</MessageBar>}
      <Text block data-testid="departments-to-plan">
        {format(strings.ToPlanCount, data.toPlan.length, data.departments.length, form.year)}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.PlanRound} onClick={() => void plan()} disabled={!isValid || working || data.toPlan.length === 0 || !data.isCoordinator} />
        {round && placedCount > 0 && (
          <PrimaryButton
            text={failed.length > 0 ? format(strings.RetryBooking, failed.length) : format(strings.BookAll, placedCount)}
            onClick={() => void bookAll()}
            disabled={working}
          />
        )}
      </Stack>
      {step.state === 'reading' && <ProgressIndicator label={strings.ReadingCalendars} description={format(strings.ProgressOf, step.done, step.total)} percentComplete={step.total ? step.done / step.total : undefined} />}
      {step.state === 'booking' && <ProgressIndicator label={strings.Booking} description={format(strings.ProgressOf, step.done, step.total)} percentComplete={step.total ? step.done / step.total : undefined} />}
      {step.state === 'readFailed' && <ErrorMessage error={step.error} onRetry={() => void plan()} />}
      {step.state === 'bookFailed' && (
        <div>
          <MessageBar messageBarType={MessageBarType.warning}>{strings.BookingNothingLost}</MessageBar>
          <ErrorMessage error={step.error} />
        </div>
      )}
      {step.state === 'booked' && (
        <MessageBar messageBarType={failed.length > 0 ? MessageBarType.warning : MessageBarType.success} data-testid="booking-summary">
          <span role="status">
            {failed.length > 0
              ? format(strings.BookedSome, step.outcomes.length - failed.length, step.outcomes.length)
              : format(strings.BookedAllResult, step.outcomes.length)}
          </span>
        </MessageBar>
      )}
      {failed.length > 0 && (
        <ul data-testid="booking-failures">
          {failed.map((outcome) => (
            <li key={outcome.meeting.transactionId}>
              {`${departmentName(outcome.meeting.departmentId)}: `}
              {!outcome.ok && <ErrorMessage error={outcome.error} />}
            </li>
          ))}
        </ul>
      )}

      {round && (
        <section aria-labelledby="meeting-round-plan" data-testid="round-plan">
          <Text as="h3" variant="large" id="meeting-round-plan" block styles={{ root: { margin: '16px 0 8px' } }}>
            {strings.PlanHeading}
          </Text>
          <Text block>{format(strings.PlanSummary, placedCount, round.plan.unplaced.length)}</Text>
          <Text block variant="small">
            {strings.PlanHint}
          </Text>
          {round.unavailable.length > 0 && (
            <MessageBar messageBarType={MessageBarType.warning}>{format(strings.CalendarsUnreadable, round.unavailable.map((entry) => entry.address).join(', '))}</MessageBar>
          )}
          <RoundWeekView
            strings={strings}
            locale={locale}
            settings={round.settings}
            holidays={round.holidays}
            placed={round.plan.placed}
            nameOf={departmentName}
            isReadOnly={working || failed.length > 0}
            alternativesOf={(departmentId) => {
              const department = round.departments.find((candidate) => candidate.departmentId === departmentId);
              return department ? alternativeSlots({ settings: round.settings, coordinator: data.coordinator, departments: round.departments, busy: round.busy }, department, round.plan, 8) : [];
            }}
            onMove={(departmentId, slot) => setRound({ ...round, plan: moveInPlan(round.plan, departmentId, slot) })}
          />
          {round.plan.unplaced.length > 0 && (
            <section aria-labelledby="meeting-round-unplaced" data-testid="unplaced">
              <Text as="h4" variant="mediumPlus" id="meeting-round-unplaced" block>
                {strings.UnplacedHeading}
              </Text>
              <ul>
                {round.plan.unplaced.map((entry) => (
                  <li key={entry.departmentId}>{`${departmentName(entry.departmentId)}: ${unplacedReasonText(entry.reason, strings)}`}</li>
                ))}
              </ul>
            </section>
          )}
        </section>
      )}

      <BookedMeetings
        services={services}
        strings={strings}
        meetings={data.meetings}
        nameOf={departmentName}
        coordinator={data.coordinator}
        settings={current?.settings}
        onChanged={onReload}
      />
      <SteeringGroupSection services={services} strings={strings} year={form.year} meetings={data.steering} onChanged={onReload} />
    </Stack>
  );
}
