import { newTransactionId } from '../../domain';
import type { MeetingRecord, NewMeetingRecord } from '../../domain';
import type { DepartmentRepository } from '../../data/departmentRepository';
import type { UserRepository } from '../../data/userRepository';
import type { MeetingBooking } from '../../scheduling/meetingBooking';
import type { ProductServices } from '../services';
import { bookingView } from './bookingState';
import type { BookingAction, BookingSetup, BookingState, People } from './bookingState';
import { freeBusyReaderOf } from './freeBusyReader';
import type { FreeBusyReader } from './freeBusyReader';

/** The services the booking panel uses. */
export type BookingServices = Pick<ProductServices, 'users' | 'departments' | 'booking' | 'calendar'>;

/** What the booking commands call: the narrow parts of the services, free/busy as a function. */
export interface BookingPorts {
  readonly users: Pick<UserRepository, 'currentUser'>;
  readonly departments: Pick<DepartmentRepository, 'contacts'>;
  readonly booking: Pick<MeetingBooking, 'book' | 'reschedule' | 'cancel' | 'responses' | 'proposals'>;
  readonly readFreeBusy: FreeBusyReader;
}

export function bookingPorts(services: BookingServices): BookingPorts {
  return { users: services.users, departments: services.departments, booking: services.booking, readFreeBusy: freeBusyReaderOf(services.calendar) };
}

type Dispatch = (action: BookingAction) => void;

/** The coordinator and the department's contacts with a mailbox (lower case, as free/busy answers). */
export async function loadPeople(ports: Pick<BookingPorts, 'users' | 'departments'>, departmentId: number | undefined): Promise<People> {
  const [user, contacts] = await Promise.all([ports.users.currentUser(), departmentId === undefined ? Promise.resolve([]) : ports.departments.contacts()]);
  const people = contacts
    .filter((contact) => contact.departmentId === departmentId)
    .map((contact) => ({ address: (contact.email || contact.user?.email || contact.user?.login || '').toLowerCase(), label: contact.name }))
    .filter((contact) => contact.address.includes('@'));
  return { coordinator: (user.email || user.login).toLowerCase(), contacts: people };
}

/** The attendees' answers from Outlook; a meeting recorded without an event has none to read. */
export async function loadResponses(ports: Pick<BookingPorts, 'booking'>, meeting: MeetingRecord, dispatch: Dispatch): Promise<void> {
  if (!meeting.eventId) {
    return;
  }
  dispatch({ type: 'responses', work: { state: 'working' } });
  try {
    const map = await ports.booking.responses([meeting]);
    dispatch({ type: 'responses', work: { state: 'done', value: map.get(meeting.eventId) ?? [] } });
  } catch (error) {
    dispatch({ type: 'responses', work: { state: 'failed', error } });
  }
}

/** Free/busy of the coordinator and every attendee over the chosen days, for the grid. */
export async function loadFreeBusy(ports: Pick<BookingPorts, 'readFreeBusy'>, state: BookingState, dispatch: Dispatch): Promise<void> {
  if (state.people.state !== 'done') {
    return;
  }
  dispatch({ type: 'freeBusy', work: { state: 'working' } });
  try {
    const mailboxes = [state.people.value.coordinator, ...bookingView(state).attendees];
    const value = await ports.readFreeBusy(mailboxes, state.firstDay, state.lastDay, (done, total) => dispatch({ type: 'freeBusy', work: { state: 'working', done, total } }));
    dispatch({ type: 'freeBusy', work: { state: 'done', value } });
  } catch (error) {
    dispatch({ type: 'freeBusy', work: { state: 'failed', error } });
  }
}

/** Outlook's own suggestions (findMeetingTimes) for the attendees, the days and the duration. */
export async function loadProposals(ports: Pick<BookingPorts, 'booking'>, state: BookingState, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'proposals', work: { state: 'working' } });
  try {
    const value = await ports.booking.proposals(bookingView(state).attendees, state.firstDay, state.lastDay, state.duration);
    dispatch({ type: 'proposals', work: { state: 'done', value } });
  } catch (error) {
    dispatch({ type: 'proposals', work: { state: 'failed', error } });
  }
}

/**
 * Books the meeting in Outlook and records it. A record that failed before is sent again with
 * its transaction id, so a booking whose answer was lost is not created twice.
 */
export async function book(
  ports: Pick<BookingPorts, 'booking'>,
  setup: BookingSetup,
  state: BookingState,
  dispatch: Dispatch,
  onChanged: (meeting: MeetingRecord) => void,
  random: () => string = () => crypto.randomUUID()
): Promise<void> {
  dispatch({ type: 'errorsShown' });
  const { canBook, slot, attendees } = bookingView(state);
  if (!canBook || !slot) {
    return;
  }
  const { kind, year, departmentId } = setup;
  const subject = state.subject.trim();
  dispatch({ type: 'bookingStarted' });
  try {
    const record: MeetingRecord | NewMeetingRecord = state.pending
      ? { ...state.pending, subject, start: slot.start, end: slot.end, attendees: [...attendees], isOnlineMeeting: state.isOnline, agenda: state.agenda }
      : {
          kind,
          subject,
          ...(departmentId !== undefined ? { departmentId } : {}),
          year,
          start: slot.start,
          end: slot.end,
          attendees: [...attendees],
          isOnlineMeeting: state.isOnline,
          transactionId: newTransactionId(kind, year, departmentId, random),
          agenda: state.agenda
        };
    const [outcome] = await ports.booking.book([record]);
    if (outcome.ok) {
      dispatch({ type: 'booked', meeting: outcome.meeting });
      onChanged(outcome.meeting);
      await loadResponses(ports, outcome.meeting, dispatch);
    } else {
      dispatch({ type: 'bookingFailed', error: outcome.error, pending: outcome.meeting });
    }
  } catch (error) {
    dispatch({ type: 'bookingFailed', error });
  }
}

/** Moves the booked meeting to the chosen slot (Outlook sends the update). */
export async function reschedule(ports: Pick<BookingPorts, 'booking'>, state: BookingState, dispatch: Dispatch, onChanged: (meeting: MeetingRecord) => void): Promise<void> {
  dispatch({ type: 'errorsShown' });
  const { slot } = bookingView(state);
  if (!state.meeting || !slot) {
    return;
  }
  dispatch({ type: 'bookingStarted' });
  try {
    const moved = await ports.booking.reschedule(state.meeting, slot);
    dispatch({ type: 'moved', meeting: moved });
    onChanged(moved);
  } catch (error) {
    dispatch({ type: 'bookingFailed', error });
  }
}

/** Cancels the meeting in Outlook with the comment the attendees receive. */
export async function cancel(ports: Pick<BookingPorts, 'booking'>, state: BookingState, dispatch: Dispatch, onChanged: (meeting: MeetingRecord) => void): Promise<void> {
  if (!state.meeting) {
    return;
  }
  dispatch({ type: 'bookingStarted' });
  try {
    const cancelled = await ports.booking.cancel(state.meeting, state.comment.trim());
    dispatch({ type: 'cancelled', meeting: cancelled });
    onChanged(cancelled);
  } catch (error) {
    dispatch({ type: 'bookingFailed', error });
  }
}
