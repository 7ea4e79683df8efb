import { planRound } from '../../domain';
import type { MeetingRecord } from '../../domain';
import type { DepartmentRepository } from '../../data/departmentRepository';
import type { MeetingRepository } from '../../data/meetingRepository';
import type { UserRepository } from '../../data/userRepository';
import type { MeetingBooking } from '../../scheduling/meetingBooking';
import type { ProductServices } from '../services';
import { freeBusyReaderOf } from '../meetingBooking/freeBusyReader';
import type { FreeBusyReader } from '../meetingBooking/freeBusyReader';
import { departmentsToPlan, meetingRecordsOf } from './roundPlanModel';
import type { RecordTexts } from './roundPlanModel';
import { roundFormProblems, roundSettingsOf } from './roundSettings';
import type { RoundForm } from './roundSettings';
import type { LoadedRound, RoundAction, RoundState } from './roundState';

/** The services the meeting round uses. */
export type RoundServices = Pick<ProductServices, 'users' | 'departments' | 'meetings' | 'booking' | 'calendar'>;

/** What the round's commands call: the narrow parts of the services, free/busy as a function. */
export interface RoundPorts {
  readonly users: Pick<UserRepository, 'currentUser'>;
  readonly departments: Pick<DepartmentRepository, 'departments' | 'contacts'>;
  readonly meetings: Pick<MeetingRepository, 'meetingsOf' | 'update'>;
  readonly booking: Pick<MeetingBooking, 'book' | 'reschedule' | 'responses'>;
  readonly readFreeBusy: FreeBusyReader;
}

export function roundPorts(services: RoundServices): RoundPorts {
  return { users: services.users, departments: services.departments, meetings: services.meetings, booking: services.booking, readFreeBusy: freeBusyReaderOf(services.calendar) };
}

type Dispatch = (action: RoundAction) => void;

/** The year's departments and meetings, last year's meetings (for the follow-up day) and the steering group's. */
export async function loadRound(ports: Pick<RoundPorts, 'users' | 'departments' | 'meetings'>, year: number): Promise<LoadedRound> {
  const [user, departments, contacts, meetings, lastYear, steering] = await Promise.all([
    ports.users.currentUser(),
    ports.departments.departments(),
    ports.departments.contacts(),
    ports.meetings.meetingsOf(year, 'agreement'),
    ports.meetings.meetingsOf(year - 1, 'agreement'),
    ports.meetings.meetingsOf(year, 'steeringGroup')
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

/** Reads the calendars of the coordinator and every department's contacts, then plans the round. */
export async function planTheRound(ports: Pick<RoundPorts, 'readFreeBusy'>, data: LoadedRound, form: RoundForm, dispatch: Dispatch): Promise<void> {
  if (roundFormProblems(form).length > 0) {
    return;
  }
  const { settings, holidays } = roundSettingsOf(form);
  const mailboxes = [data.coordinator, ...data.toPlan.flatMap((department) => department.attendees)];
  dispatch({ type: 'reading', done: 0, total: 1 });
  try {
    const freeBusy = await ports.readFreeBusy([...new Set(mailboxes)], settings.firstDay, settings.lastDay, (done, total) => dispatch({ type: 'reading', done, total }));
    const plan = planRound({ settings, coordinator: data.coordinator, departments: data.toPlan, busy: freeBusy.busy });
    dispatch({ type: 'planned', round: { settings, holidays, departments: data.toPlan, busy: freeBusy.busy, unavailable: freeBusy.unavailable, plan } });
  } catch (error) {
    dispatch({ type: 'readFailed', error });
  }
}

/** True when the stored record differs from what is about to be booked. */
function isChanged(original: MeetingRecord, changes: Pick<MeetingRecord, 'subject' | 'start' | 'end' | 'attendees' | 'isOnlineMeeting'>): boolean {
  return (Object.keys(changes) as Array<keyof typeof changes>).some((key) => String(original[key]) !== String(changes[key]));
}

/**
 * Books every placed meeting in one go, or only the ones that failed last time (with their
 * records and transaction ids), then asks for the year to be loaded again.
 */
export async function bookRound(
  ports: Pick<RoundPorts, 'meetings' | 'booking'>,
  data: LoadedRound,
  state: Pick<RoundState, 'form' | 'round' | 'failed'>,
  texts: RecordTexts,
  dispatch: Dispatch,
  onReload: () => void,
  random?: () => string
): Promise<void> {
  const { round, failed, form } = state;
  if (!round) {
    return;
  }
  const records =
    failed.length > 0
      ? failed.map((outcome) => outcome.meeting)
      : meetingRecordsOf(round.plan, round.departments, { year: form.year, isOnlineMeeting: form.isOnlineMeeting, proposed: data.meetings, texts, ...(random ? { random } : {}) });
  dispatch({ type: 'booking', done: 0, total: records.length });
  try {
    // A proposed record taken over by the plan first gets its new time, so record and event agree.
    // Failed ones from an earlier attempt already carry their stored state.
    const prepared =
      failed.length > 0
        ? records
        : await Promise.all(
            records.map(async (record) => {
              const original = 'id' in record ? data.meetings.find((meeting) => meeting.id === record.id) : undefined;
              const changes = { subject: record.subject, start: record.start, end: record.end, attendees: record.attendees, isOnlineMeeting: record.isOnlineMeeting };
              return original && isChanged(original, changes) ? ports.meetings.update(original, changes) : record;
            })
          );
    const outcomes = await ports.booking.book(prepared, (done, total) => dispatch({ type: 'booking', done, total }));
    dispatch({ type: 'bookedAll', outcomes });
    onReload();
  } catch (error) {
    dispatch({ type: 'bookFailed', error });
  }
}
