import type { Attendee, Event, MeetingTimeSuggestionsResult } from '@microsoft/microsoft-graph-types';
import type { AttendeeResponse, AttendeeStatus, MeetingRecord, MeetingStore, NewMeetingRecord } from '../domain/meetings';
import type { Interval } from '../domain/roundPlanner';
import { addDays } from '../domain/calendarDate';
import { ServiceError, serviceMessageOf, toServiceError } from '../http/serviceError';
import { BatchStep, BatchStepResult, CalendarService, defaultTimeZone, graphBatchLimit, toGraphEvent } from './calendarService';
import { chunked } from './freeBusy';

export type BookingOutcome = { readonly ok: true; readonly meeting: MeetingRecord } | { readonly ok: false; readonly meeting: MeetingRecord; readonly error: ServiceError };

export interface MeetingBookingOptions {
  /** The Windows time zone name of the records' wall-clock times; default W. Europe Standard Time. */
  readonly timeZone?: string;
  /** Waits between retries; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
  /** Tries per batch request, the first one included; default 4. */
  readonly maxAttempts?: number;
}

/** Graph's throttling and transient answers, retried after Retry-After. */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 503, 504]);

/** The longest wait honoured; Graph's Retry-After values are seconds to a few minutes. */
const maxRetryDelayMs = 300_000;

/**
 * How long to wait before the next try: the Retry-After header (seconds or an HTTP date) when Graph
 * sent one, else an exponential back-off of 1, 2, 4 … seconds after the `attempt`-th try.
 */
export function retryDelayMs(retryAfter: string | undefined, attempt: number, now = Date.now()): number {
  const value = retryAfter?.trim();
  if (value) {
    if (/^\d+(\.\d+)?$/.test(value)) {
      return Math.min(maxRetryDelayMs, Math.round(Number(value) * 1000));
    }
    const at = Date.parse(value);
    if (!Number.isNaN(at)) {
      return Math.min(maxRetryDelayMs, Math.max(0, at - now));
    }
  }
  return Math.min(maxRetryDelayMs, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** A failed batch step as a ServiceError with Graph's code and message. */
export function stepError(result: BatchStepResult): ServiceError {
  const { message, code } = serviceMessageOf(result.body);
  return new ServiceError(result.status, message ?? `Graph answered ${result.status}.`, code);
}

type StepOutcome = { readonly ok: true; readonly result: BatchStepResult } | { readonly ok: false; readonly error: ServiceError };

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly maxAttempts: number;

  public constructor(
    private readonly calendar: CalendarService,
    private readonly store: MeetingStore,
    options: MeetingBookingOptions = {}
  ) {
    this.timeZone = options.timeZone ?? defaultTimeZone;
    this.sleep = options.sleep ?? defaultSleep;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 4);
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

  /**
   * Sends the steps in JSON batches of 20. Throttled steps (and whole batches refused as throttled)
   * go again in the next round, after the longest Retry-After among them, at most `maxAttempts`
   * tries in all; every other answer is final. `onSettled` gets the number of final answers.
   */
  private async sendAll(steps: readonly BatchStep[], onSettled?: (settled: number) => void): Promise<Map<string, StepOutcome>> {
    const settled = new Map<string, StepOutcome>();
    let pending = steps;
    for (let attempt = 1; pending.length > 0; attempt++) {
      const isLastAttempt = attempt >= this.maxAttempts;
      const again: BatchStep[] = [];
      let wait = 0;
      for (const chunk of chunked(pending, graphBatchLimit)) {
        let results: BatchStepResult[];
        try {
          results = await this.calendar.batch(chunk);
        } catch (error) {
          const failure = await toServiceError(error);
          if (retryableStatuses.has(failure.status) && !isLastAttempt) {
            again.push(...chunk);
            wait = Math.max(wait, retryDelayMs(undefined, attempt));
          } else {
            chunk.forEach((step) => settled.set(step.id, { ok: false, error: failure }));
          }
          onSettled?.(settled.size);
          continue;
        }
        results.forEach((result, i) => {
          if (retryableStatuses.has(result.status) && !isLastAttempt) {
            again.push(chunk[i]);
            wait = Math.max(wait, retryDelayMs(result.headers['retry-after'], attempt));
          } else if (result.status >= 200 && result.status < 300) {
            settled.set(result.id, { ok: true, result });
          } else {
            settled.set(result.id, { ok: false, error: stepError(result) });
          }
        });
        onSettled?.(settled.size);
      }
      if (again.length > 0) {
        await this.sleep(wait);
      }
      pending = again;
    }
    return settled;
  }
}
