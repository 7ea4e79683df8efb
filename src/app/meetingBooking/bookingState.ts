import { addDays } from '../../domain';
import type { AttendeeStatus, Interval, MeetingKind, MeetingRecord } from '../../domain';
import { durationOf, parseAddresses, slotOf, workingDaysBetween } from './bookingForm';
import type { FreeBusyView } from './freeBusyReader';

/** What the panel is opened with; an `existing` meeting is followed, moved or cancelled instead of booked. */
export interface BookingSetup {
  readonly kind: MeetingKind;
  readonly year: number;
  /** Contacts of the department preselected. */
  readonly departmentId?: number;
  readonly subject: string;
  readonly agenda: string;
  readonly existing?: MeetingRecord;
}

/** A step that runs against Outlook or SharePoint: not started, running (with progress where known), done or failed. */
export type Work<T> =
  | { readonly state: 'idle' }
  | { readonly state: 'working'; readonly done?: number; readonly total?: number }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'failed'; readonly error: unknown };

export const idle = { state: 'idle' } as const;
export const working = { state: 'working' } as const;

export interface BookingContact {
  readonly address: string;
  readonly label: string;
}

export interface People {
  /** The signed-in coordinator's mailbox: the organizer, always part of free/busy. */
  readonly coordinator: string;
  readonly contacts: readonly BookingContact[];
}

export interface BookingFields {
  /** Addresses typed or pasted besides the department's contacts (an existing meeting's list, read-only). */
  readonly othersText: string;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly duration: number;
  readonly day: string;
  readonly time: string;
  readonly subject: string;
  readonly agenda: string;
  readonly isOnline: boolean;
  readonly comment: string;
}

export interface BookingState extends BookingFields {
  readonly isExisting: boolean;
  readonly people: Work<People>;
  /** Bumped by a retry: the hook loads the people again. */
  readonly peopleRequest: number;
  readonly meeting?: MeetingRecord;
  /** Contacts ticked; undefined until the first change, meaning all of the department's contacts. */
  readonly chosen?: ReadonlySet<string>;
  readonly freeBusy: Work<FreeBusyView>;
  readonly proposals: Work<Interval[]>;
  readonly booking: Work<MeetingRecord>;
  /** A record that failed to book keeps its transaction id: booking it again cannot create a second event. */
  readonly pending?: MeetingRecord;
  readonly responses: Work<AttendeeStatus[]>;
  readonly isCancelling: boolean;
  /** Problems of fields left empty show after the first attempt to book or move, not while typing. */
  readonly showErrors: boolean;
}

export type BookingAction =
  | { readonly type: 'edited'; readonly changes: Partial<BookingFields> }
  | { readonly type: 'contactToggled'; readonly address: string; readonly isChecked: boolean }
  | { readonly type: 'proposalPicked'; readonly proposal: Interval }
  | { readonly type: 'peopleRequested' }
  | { readonly type: 'people'; readonly work: Work<People> }
  | { readonly type: 'freeBusy'; readonly work: Work<FreeBusyView> }
  | { readonly type: 'proposals'; readonly work: Work<Interval[]> }
  | { readonly type: 'responses'; readonly work: Work<AttendeeStatus[]> }
  | { readonly type: 'errorsShown' }
  | { readonly type: 'bookingStarted' }
  | { readonly type: 'booked'; readonly meeting: MeetingRecord }
  | { readonly type: 'bookingFailed'; readonly error: unknown; readonly pending?: MeetingRecord }
  | { readonly type: 'moved'; readonly meeting: MeetingRecord }
  | { readonly type: 'cancelled'; readonly meeting: MeetingRecord }
  | { readonly type: 'cancelAsked' }
  | { readonly type: 'cancelDismissed' };

/** Free/busy of more than a few weeks is more than anyone reads in a panel. */
export const maxRangeDays = 31;

/** The form as it opens: an existing meeting's values, or tomorrow to two weeks ahead for a new one. */
export function initialBookingState(setup: BookingSetup, today: string): BookingState {
  const { existing } = setup;
  return {
    isExisting: !!existing,
    people: working,
    peopleRequest: 0,
    meeting: existing,
    othersText: existing ? existing.attendees.join('; ') : '',
    firstDay: existing ? existing.start.slice(0, 10) : addDays(today, 1),
    lastDay: addDays(existing ? existing.start.slice(0, 10) : today, 14),
    duration: existing ? durationOf(existing) : 60,
    day: existing?.start.slice(0, 10) ?? '',
    time: existing?.start.slice(11, 16) ?? '',
    subject: existing?.subject ?? setup.subject,
    agenda: existing?.agenda ?? setup.agenda,
    isOnline: existing?.isOnlineMeeting ?? false,
    comment: '',
    freeBusy: idle,
    proposals: idle,
    booking: idle,
    responses: idle,
    isCancelling: false,
    showErrors: false
  };
}

function contactsOf(state: BookingState): readonly BookingContact[] {
  return state.people.state === 'done' ? state.people.value.contacts : [];
}

/** Contacts of the department are invited unless unticked; an existing meeting keeps its list in the text field. */
function selectedContactsOf(state: BookingState): string[] {
  const { chosen } = state;
  return state.isExisting ? [] : contactsOf(state).filter((contact) => (chosen ? chosen.has(contact.address) : true)).map((contact) => contact.address);
}

export function bookingReducer(state: BookingState, action: BookingAction): BookingState {
  switch (action.type) {
    case 'edited':
      return { ...state, ...action.changes };
    case 'contactToggled': {
      const next = new Set(selectedContactsOf(state));
      if (action.isChecked) {
        next.add(action.address);
      } else {
        next.delete(action.address);
      }
      return { ...state, chosen: next };
    }
    case 'proposalPicked':
      return { ...state, day: action.proposal.start.slice(0, 10), time: action.proposal.start.slice(11, 16), duration: durationOf(action.proposal) };
    case 'peopleRequested':
      return { ...state, people: working, peopleRequest: state.peopleRequest + 1 };
    case 'people':
      return { ...state, people: action.work };
    case 'freeBusy':
      return { ...state, freeBusy: action.work };
    case 'proposals':
      return { ...state, proposals: action.work };
    case 'responses':
      return { ...state, responses: action.work };
    case 'errorsShown':
      return { ...state, showErrors: true };
    case 'bookingStarted':
      return { ...state, booking: working };
    case 'booked':
      return { ...state, pending: undefined, meeting: action.meeting, booking: { state: 'done', value: action.meeting } };
    case 'bookingFailed':
      return { ...state, booking: { state: 'failed', error: action.error }, ...(action.pending ? { pending: action.pending } : {}) };
    case 'moved':
      return { ...state, meeting: action.meeting, booking: { state: 'done', value: action.meeting } };
    case 'cancelled':
      return { ...state, meeting: action.meeting, isCancelling: false, booking: { state: 'done', value: action.meeting } };
    case 'cancelAsked':
      return { ...state, isCancelling: true };
    case 'cancelDismissed':
      return { ...state, isCancelling: false };
  }
}

/** What the form derives from its state: who is invited, the chosen slot, what may be sent. */
export interface BookingView {
  readonly contacts: readonly BookingContact[];
  readonly selectedContacts: readonly string[];
  /** Typed addresses that are not addresses, for the field's error. */
  readonly invalidAddresses: readonly string[];
  readonly attendees: readonly string[];
  /** Attendees with the contact's name where known, in invitation order. */
  readonly attendeeLabels: readonly BookingContact[];
  readonly slot?: Interval;
  readonly isDayValid: boolean;
  readonly rangeDays: readonly string[];
  readonly isRangeValid: boolean;
  readonly isCancelled: boolean;
  readonly isWorking: boolean;
  readonly canBook: boolean;
  /** Moving needs a valid slot other than the meeting's own. */
  readonly canReschedule: boolean;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export function bookingView(state: BookingState): BookingView {
  const contacts = contactsOf(state);
  const selectedContacts = selectedContactsOf(state);
  const others = parseAddresses(state.othersText);
  const attendees = [...new Set([...selectedContacts, ...others.addresses])];
  const slot = slotOf(state.day, state.time, state.duration);
  const rangeDays = workingDaysBetween(state.firstDay, state.lastDay);
  const isRangeValid =
    dayPattern.test(state.firstDay) && dayPattern.test(state.lastDay) && state.firstDay <= state.lastDay && rangeDays.length > 0 && rangeDays.length <= maxRangeDays;
  const isWorking = state.booking.state === 'working';
  const { meeting } = state;
  return {
    contacts,
    selectedContacts,
    invalidAddresses: others.invalid,
    attendees,
    attendeeLabels: attendees.map((address) => ({ address, label: contacts.find((contact) => contact.address === address)?.label ?? address })),
    slot,
    isDayValid: !!slotOf(state.day, '12:00', 1),
    rangeDays,
    isRangeValid,
    isCancelled: meeting?.state === 'cancelled',
    isWorking,
    canBook: attendees.length > 0 && others.invalid.length === 0 && !!slot && state.subject.trim().length > 0,
    canReschedule: !!meeting && !isWorking && !!slot && !(slot.start === meeting.start && slot.end === meeting.end)
  };
}
