import type { Attendee, Event, MeetingTimeSuggestionsResult } from '@microsoft/microsoft-graph-types';
import type { AttendeeResponse, AttendeeStatus, MeetingRecord, MeetingStore, NewMeetingRecord } from '../domain/meetings';
import type { Interval } from '../domain/roundPlanner';
import { addDays } from '../domain/calendarDate';
import { ServiceError, toServiceError } from '../http/serviceError';
import type { RetryPolicy } from '../http/retryPolicy';
import { BatchStep, CalendarService, defaultTimeZone, toGraphEvent } from './calendarService';
import { sendGraphSteps, StepOutcome } from './graphBatch';

export type BookingOutcome = { readonly ok: true; readonly meeting: MeetingRecord } | { readonly ok: false; readonly meeting: MeetingRecord; readonly error: ServiceError };

export interface MeetingBookingOptions {
  /** The Windows time zone name of the records' wall-clock times; default W. Europe Standard Time. */
  readonly timeZone?: string;
  /** Waits between retries of throttled batch parts; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
  /** Overrides of the shared retry policy (src/http/retryPolicy), e.g. fewer tries in tests. */
  readonly retry?: Partial<RetryPolicy>;
}

/** `YYYY-MM-DDTHH:MM` → Graph's `YYYY-MM-DDTHH:MM:00`. */
function graphDateTime(wallClock: string): string {
  return wallClock.length === 16 ? `${wallClock}:00` : wallClock;
}

function isExisting(meeting: MeetingRecord | NewMeetingRecord): meeting is MeetingRecord {
  return (meeting as MeetingRecord).id !== undefined;
}

/**
 * Books the office's meetings in Outlook and keeps the Meetings list in step with them.
 * Every create carries the record's transactionId, so a retry after a lost answer returns the
 * existing event instead of a second one.
 */
export class MeetingBooking {
  private readonly timeZone: string;

  public constructor(
    private readonly calendar: CalendarService,
    private readonly store: MeetingStore,
    private readonly options: MeetingBookingOptions = {}
  ) {
    this.timeZone = options.timeZone ?? defaultTimeZone;
  }

  /**
   * Records the new meetings (state proposed) first, so that nothing planned is lost when Outlook
   * fails; then creates their events in JSON batches of 20 and stores event id and state booked.
   * One outcome per meeting, in input order. Meetings already booked are returned as they are.
   */
  public async book(meetings: ReadonlyArray<MeetingRecord | NewMeetingRecord>, onProgress?: (done: number, total: number) => void): Promise<BookingOutcome[]> {
    const fresh = meetings.map((meeting, index) => ({ meeting, index })).filter((entry) => !isExisting(entry.meeting));
    const recorded = fresh.length === 0 ? [] : await this.store.record(fresh.map(({ meeting }) => ({ ...meeting, state: 'proposed' as const })));
    const records = meetings.map((meeting) => (isExisting(meeting) ? meeting : undefined));
    fresh.forEach((entry, i) => {
      records[entry.index] = recorded[i];
    });

    const outcomes: Array<BookingOutcome | undefined> = records.map((record) => {
      if (record!.state === 'booked' && record!.eventId) {
        return { ok: true, meeting: record! };
      }
      if (record!.state === 'cancelled') {
        return { ok: false, meeting: record!, error: new ServiceError(409, 'The meeting was cancelled; plan a new one instead of booking it again.', 'meetingCancelled') };
      }
      return undefined;
    });
    const toCreate = records.map((record, index) => ({ record: record!, index })).filter(({ index }) => outcomes[index] === undefined);
    const steps: BatchStep[] = toCreate.map(({ record, index }) => ({
      id: String(index),
      method: 'POST',
      url: '/me/events',
      body: toGraphEvent({
        subject: record.subject,
        start: graphDateTime(record.start),
        end: graphDateTime(record.end),
        timeZone: this.timeZone,
        attendees: record.attendees,
        body: record.agenda,
        isOnlineMeeting: record.isOnlineMeeting,
        transactionId: record.transactionId
      })
    }));
    const results = await this.sendAll(steps, (settled) => onProgress?.(settled, steps.length));

    for (const { record, index } of toCreate) {
      const result = results.get(String(index))!;
      if (!result.ok) {
        outcomes[index] = { ok: false, meeting: record, error: result.error };
        continue;
      }
      const eventId = (result.result.body as Event | undefined)?.id;
      if (!eventId) {
        outcomes[index] = { ok: false, meeting: record, error: new ServiceError(result.result.status, 'Graph created the event but did not return its id.') };
        continue;
      }
      try {
        outcomes[index] = { ok: true, meeting: await this.store.update(record, { eventId, state: 'booked' }) };
      } catch (error) {
        // The event exists; booking the record again returns it (same transactionId) and completes the record.
        outcomes[index] = { ok: false, meeting: record, error: await toServiceError(error) };
      }
    }
    return outcomes.map((outcome) => outcome!);
  }

  /** Moves the Outlook event (attendees get the update), then the record. A meeting not yet in Outlook only changes its record. */
  public async reschedule(meeting: MeetingRecord, slot: Interval): Promise<MeetingRecord> {
    if (meeting.state === 'cancelled') {
      throw new ServiceError(409, 'A cancelled meeting cannot be moved.', 'meetingCancelled');
    }
    if (meeting.eventId) {
      await this.calendar.moveEvent(meeting.eventId, graphDateTime(slot.start), graphDateTime(slot.end), this.timeZone);
    }
    return this.store.update(meeting, { start: slot.start, end: slot.end });
  }

  /** Cancels the Outlook event with a comment to the attendees, then marks the record cancelled. */
  public async cancel(meeting: MeetingRecord, comment: string): Promise<MeetingRecord> {
    if (meeting.eventId && meeting.state !== 'cancelled') {
      try {
        await this.calendar.cancelEvent(meeting.eventId, comment);
      } catch (error) {
        const failure = await toServiceError(error);
        // Already deleted in Outlook: what the user wanted has happened.
        if (failure.status !== 404) {
          throw failure;
        }
      }
    }
    return this.store.update(meeting, { state: 'cancelled' });
  }

  /** The attendees' answers per event id, read in JSON batches of 20. Events deleted in Outlook are left out. */
  public async responses(meetings: readonly MeetingRecord[]): Promise<Map<string, AttendeeStatus[]>> {
    const eventIds = [...new Set(meetings.map((meeting) => meeting.eventId).filter((id): id is string => !!id))];
    const steps: BatchStep[] = eventIds.map((eventId, index) => ({ id: String(index), method: 'GET', url: `/me/events/${encodeURIComponent(eventId)}?$select=attendees` }));
    const results = await this.sendAll(steps);
    const answers = new Map<string, AttendeeStatus[]>();
    eventIds.forEach((eventId, index) => {
      const result = results.get(String(index))!;
      if (!result.ok) {
        if (result.error.status === 404) {
          return;
        }
        throw result.error;
      }
      const attendees = ((result.result.body as Event | undefined)?.attendees ?? []) as Attendee[];
      answers.set(
        eventId,
        attendees.map((attendee) => ({
          address: (attendee.emailAddress?.address ?? '').toLowerCase(),
          ...(attendee.emailAddress?.name ? { name: attendee.emailAddress.name } : {}),
          response: (attendee.status?.response ?? 'none') as AttendeeResponse
        }))
      );
    });
    return answers;
  }

  /** Outlook's suggestions (findMeetingTimes) for the attendees in the window, as wall-clock intervals in time order. */
  public async proposals(attendees: readonly string[], firstDay: string, lastDay: string, durationMinutes: number): Promise<Interval[]> {
    const result: MeetingTimeSuggestionsResult = await this.calendar.findMeetingTimes(
      attendees,
      { start: `${firstDay}T00:00:00`, end: `${addDays(lastDay, 1)}T00:00:00`, timeZone: this.timeZone },
      durationMinutes,
      20
    );
    const slots: Interval[] = [];
    for (const suggestion of result.meetingTimeSuggestions ?? []) {
      const start = suggestion.meetingTimeSlot?.start?.dateTime;
      const end = suggestion.meetingTimeSlot?.end?.dateTime;
      if (start && end) {
        slots.push({ start: start.slice(0, 16), end: end.slice(0, 16) });
      }
    }
    return slots.sort((a, b) => a.start.localeCompare(b.start));
  }

  /** The steps in JSON batches of 20, failed parts retried alone by the shared policy; one outcome per step id. */
  private async sendAll(steps: readonly BatchStep[], onSettled?: (settled: number) => void): Promise<Map<string, StepOutcome>> {
    const { outcomes } = await sendGraphSteps(this.calendar, steps, { retry: this.options.retry, sleep: this.options.sleep, onSettled });
    return outcomes;
  }
}
