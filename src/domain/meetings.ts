import { choiceTable } from './choices';

/**
 * Meetings the office books in Outlook: the yearly goal-agreement meeting of a department
 * (which also reviews the previous year's agreement), the department's initial interview and
 * the steering group's meetings. Each has a record in the Meetings list that keeps the Outlook
 * event id and the transaction id that makes a repeated booking return the same event.
 */
export type MeetingKind = 'agreement' | 'initialInterview' | 'steeringGroup';
export const MeetingKindChoices = choiceTable<MeetingKind>({
  agreement: 'Zielvereinbarungsgespräch',
  initialInterview: 'Erstgespräch',
  steeringGroup: 'Steuerungsgruppe'
});

/** proposed: planned and recorded, not (yet) in Outlook; booked: the Outlook event exists; cancelled: cancelled in Outlook. */
export type MeetingState = 'proposed' | 'booked' | 'cancelled';
export const MeetingStateChoices = choiceTable<MeetingState>({ proposed: 'vorgeschlagen', booked: 'gebucht', cancelled: 'abgesagt' });

export interface MeetingRecord {
  readonly id?: number;
  readonly kind: MeetingKind;
  /** The Outlook subject, also the list item's title. */
  readonly subject: string;
  /** The department met; absent for the steering group. */
  readonly departmentId?: number;
  /** The agreement year (agreement meetings), the year of the interview or steering-group meeting. */
  readonly year: number;
  /** Wall-clock `YYYY-MM-DDTHH:MM` in the city's time zone (Europe/Berlin). */
  readonly start: string;
  readonly end: string;
  /** Invited mailboxes, lower case; the organizer (the signed-in coordinator) is not among them. */
  readonly attendees: readonly string[];
  readonly isOnlineMeeting: boolean;
  readonly state: MeetingState;
  /** Sent to Graph as the event's `transactionId`: a repeated create returns the existing event. Unique in the list. */
  readonly transactionId: string;
  readonly eventId?: string;
  /** The agenda / invitation text. */
  readonly agenda?: string;
  readonly etag?: string;
}

export type NewMeetingRecord = Omit<MeetingRecord, 'id' | 'etag' | 'eventId' | 'state'> & { readonly state?: MeetingState; readonly eventId?: string };

export type MeetingChanges = Partial<Pick<MeetingRecord, 'subject' | 'start' | 'end' | 'attendees' | 'isOnlineMeeting' | 'state' | 'eventId' | 'agenda'>>;

/** The Meetings list. Updates send the record's ETag; a stale one fails with a 412 ServiceError, nothing is overwritten. */
export interface MeetingStore {
  /** Meetings of a year, optionally of one kind, ordered by start. */
  meetingsOf(year: number, kind?: MeetingKind): Promise<MeetingRecord[]>;
  /** Creates records (state `proposed` unless given), in as few requests as possible; results in input order. */
  record(meetings: readonly NewMeetingRecord[]): Promise<MeetingRecord[]>;
  update(meeting: MeetingRecord, changes: MeetingChanges): Promise<MeetingRecord>;
}

/** An attendee's answer to an invitation, as Graph reports it in `attendees[].status.response`. */
export type AttendeeResponse = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface AttendeeStatus {
  readonly address: string;
  readonly name?: string;
  readonly response: AttendeeResponse;
}

/** The meeting that counts for a department: a booked one before a proposed one, the earliest of each; never a cancelled one. */
export function meetingOfDepartment(meetings: readonly MeetingRecord[], departmentId: number): MeetingRecord | undefined {
  const candidates = meetings
    .filter((meeting) => meeting.departmentId === departmentId && meeting.state !== 'cancelled')
    .sort((a, b) => (a.state === b.state ? a.start.localeCompare(b.start) : a.state === 'booked' ? -1 : 1));
  return candidates[0];
}

/** A fresh transaction id for a meeting record: readable in Outlook's data, unique by its random tail. */
export function newTransactionId(kind: MeetingKind, year: number, departmentId: number | undefined, random: () => string): string {
  return `ip365-${kind}-${year}-${departmentId ?? 'all'}-${random()}`;
}
