import type { AttendeeStatus, Interval, MeetingRecord, RoundSettings, UnplacedReason } from '../../domain';
import type { Work } from '../meetingBooking/bookingState';
import { isActiveMeeting, replanDeclined } from './roundPlanModel';
import type { RoundPorts } from './roundCommands';

/** Re-planning one declined meeting: searching, a slot found (or none), moving it there, or failed. */
export type Replan =
  | { readonly state: 'working' }
  | { readonly state: 'proposed'; readonly slot: Interval }
  | { readonly state: 'none'; readonly reason: UnplacedReason }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'moving'; readonly slot: Interval };

export interface BookedMeetingsState {
  /** Answers per Outlook event id. */
  readonly responses: Work<ReadonlyMap<string, AttendeeStatus[]>>;
  /** Per meeting's transaction id. */
  readonly replans: ReadonlyMap<string, Replan>;
}

export type BookedMeetingsAction =
  | { readonly type: 'responses'; readonly work: Work<ReadonlyMap<string, AttendeeStatus[]>> }
  | { readonly type: 'replan'; readonly transactionId: string; readonly replan?: Replan };

export const initialBookedMeetingsState: BookedMeetingsState = { responses: { state: 'working' }, replans: new Map() };

export function bookedMeetingsReducer(state: BookedMeetingsState, action: BookedMeetingsAction): BookedMeetingsState {
  switch (action.type) {
    case 'responses':
      return { ...state, responses: action.work };
    case 'replan': {
      const replans = new Map(state.replans);
      if (action.replan) {
        replans.set(action.transactionId, action.replan);
      } else {
        replans.delete(action.transactionId);
      }
      return { ...state, replans };
    }
  }
}

/** The round's booked meetings, also those recorded without an Outlook event id (their answers cannot be read). */
export function bookedMeetingsOf(meetings: readonly MeetingRecord[]): MeetingRecord[] {
  return meetings.filter((meeting) => isActiveMeeting(meeting) && (meeting.state === 'booked' || !!meeting.eventId));
}

/** The answers of one meeting, once loaded; none for a meeting without an event. */
export function statusesOf(state: BookedMeetingsState, meeting: MeetingRecord): AttendeeStatus[] | undefined {
  return state.responses.state === 'done' && meeting.eventId ? state.responses.value.get(meeting.eventId) : undefined;
}

type Dispatch = (action: BookedMeetingsAction) => void;

export async function refreshResponses(ports: Pick<RoundPorts, 'booking'>, booked: readonly MeetingRecord[], dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'responses', work: { state: 'working' } });
  try {
    const withEvent = booked.filter((meeting) => meeting.eventId);
    dispatch({ type: 'responses', work: { state: 'done', value: withEvent.length > 0 ? await ports.booking.responses(withEvent) : new Map() } });
  } catch (error) {
    dispatch({ type: 'responses', work: { state: 'failed', error } });
  }
}

export interface ReplanContext {
  readonly settings: RoundSettings;
  readonly coordinator: string;
  /** Every meeting of the round: the others stay where they are. */
  readonly meetings: readonly MeetingRecord[];
  readonly nameOf: (departmentId: number | undefined) => string;
}

/** The next free slot for a declined meeting, from fresh free/busy of the coordinator and its attendees. */
export async function proposeNext(ports: Pick<RoundPorts, 'readFreeBusy'>, context: ReplanContext, meeting: MeetingRecord, dispatch: Dispatch): Promise<void> {
  const { settings, coordinator } = context;
  const { transactionId } = meeting;
  dispatch({ type: 'replan', transactionId, replan: { state: 'working' } });
  try {
    // Fresh free/busy: the calendars changed since the round was planned, not least by the round itself.
    const freeBusy = await ports.readFreeBusy([coordinator, ...meeting.attendees], settings.firstDay, settings.lastDay);
    const department = { departmentId: meeting.departmentId ?? 0, name: context.nameOf(meeting.departmentId), attendees: meeting.attendees };
    const result = replanDeclined({ settings, coordinator, departments: [department], busy: freeBusy.busy }, department, meeting, context.meetings);
    dispatch({ type: 'replan', transactionId, replan: 'slot' in result ? { state: 'proposed', slot: result.slot } : { state: 'none', reason: result.reason } });
  } catch (error) {
    dispatch({ type: 'replan', transactionId, replan: { state: 'failed', error } });
  }
}

/** Moves the declined meeting to the proposed slot; Outlook sends the attendees the update. */
export async function rebook(ports: Pick<RoundPorts, 'booking'>, meeting: MeetingRecord, slot: Interval, dispatch: Dispatch, onChanged: () => void): Promise<void> {
  const { transactionId } = meeting;
  dispatch({ type: 'replan', transactionId, replan: { state: 'moving', slot } });
  try {
    await ports.booking.reschedule(meeting, slot);
    dispatch({ type: 'replan', transactionId });
    onChanged();
  } catch (error) {
    dispatch({ type: 'replan', transactionId, replan: { state: 'failed', error } });
  }
}
