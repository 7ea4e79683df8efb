import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { MeetingKindChoices, MeetingStateChoices } from '../../domain';
import type { MeetingChanges, MeetingRecord, NewMeetingRecord } from '../../domain';
import { normaliseWallClock, wallClockOf, wallClockToUtc } from '../../domain/wallClockTime';
import { FormFieldValue, noDecimals, toFormValues } from '../sp/formValues';
import { etagOf, isTrue, numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const meetingSelect = [
  'Id',
  'Title',
  'MeetingKind',
  'DepartmentId',
  'MeetingYear',
  'MeetingStart',
  'MeetingEnd',
  'Attendees',
  'IsOnlineMeeting',
  'MeetingState',
  'EventId',
  'TransactionId',
  'Agenda'
];

/** Outlook separates recipients by ';'; the list keeps them the same way, lower case, without blanks. */
export function parseAttendees(value: unknown): string[] {
  return text(value)
    .split(/[;,\n]/)
    .map((address) => address.trim().toLowerCase())
    .filter((address) => address.length > 0);
}

export function formatAttendees(attendees: readonly string[]): string {
  return attendees.map((address) => address.trim().toLowerCase()).filter((address) => address.length > 0).join('; ');
}

export function toMeetingRecord(row: Row): MeetingRecord {
  const departmentId = optionalNumber(row.DepartmentId);
  const eventId = optionalText(row.EventId);
  const agenda = optionalText(row.Agenda);
  const etag = etagOf(row);
  return {
    id: numberOr(row.Id, 0),
    // A kind or state the code does not know (choices edited on the site) reads as the safest one.
    kind: MeetingKindChoices.toCode(row.MeetingKind) ?? 'agreement',
    subject: text(row.Title),
    ...(departmentId !== undefined ? { departmentId } : {}),
    year: numberOr(row.MeetingYear, 0),
    start: wallClockOf(text(row.MeetingStart)) ?? '',
    end: wallClockOf(text(row.MeetingEnd)) ?? '',
    attendees: parseAttendees(row.Attendees),
    isOnlineMeeting: isTrue(row.IsOnlineMeeting),
    state: MeetingStateChoices.toCode(row.MeetingState) ?? 'proposed',
    transactionId: text(row.TransactionId),
    ...(eventId ? { eventId } : {}),
    ...(agenda ? { agenda } : {}),
    ...(etag ? { etag } : {})
  };
}

/** The item of a new record; wall-clock times go to SharePoint as the UTC instants they are in Germany. */
export function meetingCreationFields(meeting: NewMeetingRecord): Record<string, unknown> {
  return {
    Title: meeting.subject,
    MeetingKind: MeetingKindChoices.toLabel(meeting.kind),
    DepartmentId: meeting.departmentId ?? null,
    MeetingYear: meeting.year,
    MeetingStart: wallClockToUtc(meeting.start),
    MeetingEnd: wallClockToUtc(meeting.end),
    Attendees: formatAttendees(meeting.attendees),
    IsOnlineMeeting: meeting.isOnlineMeeting,
    MeetingState: MeetingStateChoices.toLabel(meeting.state ?? 'proposed'),
    EventId: meeting.eventId ?? null,
    TransactionId: meeting.transactionId,
    Agenda: meeting.agenda ?? null
  };
}

/**
 * Form values of a new record in its department's folder, without its times: the validating
 * create parses dates only in the site's locale ("15.03.2026 10:00" on a German site, refusing
 * ISO), so the times follow as a JSON MERGE (`meetingTimeFields`), which takes ISO instants on
 * any site.
 */
export function meetingFolderCreation(meeting: NewMeetingRecord): IListItemFormUpdateValue[] {
  const fields: Record<string, FormFieldValue> = {
    Title: { type: 'text', value: meeting.subject },
    MeetingKind: { type: 'text', value: MeetingKindChoices.toLabel(meeting.kind) },
    Department: { type: 'lookup', id: meeting.departmentId },
    MeetingYear: { type: 'number', value: meeting.year },
    Attendees: { type: 'text', value: formatAttendees(meeting.attendees) },
    IsOnlineMeeting: { type: 'boolean', value: meeting.isOnlineMeeting },
    MeetingState: { type: 'text', value: MeetingStateChoices.toLabel(meeting.state ?? 'proposed') },
    TransactionId: { type: 'text', value: meeting.transactionId }
  };
  if (meeting.eventId) {
    fields.EventId = { type: 'text', value: meeting.eventId };
  }
  if (meeting.agenda) {
    fields.Agenda = { type: 'text', value: meeting.agenda };
  }
  // Texts, ids, a flag and a year: no decimals, so the site's separator does not matter.
  return toFormValues(fields, noDecimals);
}

/** The MERGE body that completes a record created in a folder with its times. */
export function meetingTimeFields(meeting: NewMeetingRecord): Record<string, unknown> {
  return { MeetingStart: wallClockToUtc(meeting.start), MeetingEnd: wallClockToUtc(meeting.end) };
}

/** A new record as SharePoint stores it (before it has an id): default state, lower-case attendees, minutes-precise times. */
export function recordedAs(meeting: NewMeetingRecord): MeetingRecord {
  return { ...meeting, state: meeting.state ?? 'proposed', start: normaliseWallClock(meeting.start), end: normaliseWallClock(meeting.end), attendees: parseAttendees(formatAttendees(meeting.attendees)) };
}

/** The MERGE body of a change: only the given fields, cleared ones as null. */
export function meetingChangeFields(changes: MeetingChanges): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (changes.subject !== undefined) fields.Title = changes.subject;
  if (changes.start !== undefined) fields.MeetingStart = wallClockToUtc(changes.start);
  if (changes.end !== undefined) fields.MeetingEnd = wallClockToUtc(changes.end);
  if (changes.attendees !== undefined) fields.Attendees = formatAttendees(changes.attendees);
  if (changes.isOnlineMeeting !== undefined) fields.IsOnlineMeeting = changes.isOnlineMeeting;
  if (changes.state !== undefined) fields.MeetingState = MeetingStateChoices.toLabel(changes.state);
  if ('eventId' in changes) fields.EventId = changes.eventId ?? null;
  if ('agenda' in changes) fields.Agenda = changes.agenda ?? null;
  return fields;
}

/** The record after a change, as SharePoint now holds it. */
export function applyMeetingChanges(meeting: MeetingRecord, changes: MeetingChanges, etag: string | undefined): MeetingRecord {
  const merged: { -readonly [K in keyof MeetingRecord]: MeetingRecord[K] } = { ...meeting };
  for (const [key, value] of Object.entries(changes) as Array<[keyof MeetingChanges, unknown]>) {
    if (value === undefined) {
      // Only the optional columns can be cleared; the others keep their value.
      if (key === 'eventId' || key === 'agenda') {
        delete merged[key];
      }
    } else {
      (merged as Record<string, unknown>)[key] = key === 'start' || key === 'end' ? normaliseWallClock(String(value)) : key === 'attendees' ? parseAttendees(formatAttendees(value as string[])) : value;
    }
  }
  if (etag) {
    merged.etag = etag;
  } else {
    delete merged.etag;
  }
  return merged;
}
