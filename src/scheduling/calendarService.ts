import type { Event, MeetingTimeSuggestionsResult } from '@microsoft/microsoft-graph-types';
import { getAllPages, GraphApi } from './graphPaging';
import { toServiceError } from '../http/serviceError';

/** Graph's limits: getSchedule takes a window of at most 62 days; JSON $batch at most 20 requests. */
export const scheduleWindowDays = 62;
export const graphBatchLimit = 20;

export const defaultTimeZone = 'W. Europe Standard Time';

export interface TimeWindow {
  /** Wall-clock `YYYY-MM-DDTHH:mm:ss` in `timeZone`. */
  readonly start: string;
  readonly end: string;
  readonly timeZone?: string;
}

export interface NewMeeting {
  readonly subject: string;
  readonly start: string;
  readonly end: string;
  readonly timeZone?: string;
  readonly attendees: readonly string[];
  readonly body?: string;
  readonly location?: string;
  readonly isOnlineMeeting?: boolean;
  /** Graph's idempotency key for creates: a repeated POST with it returns the existing event. */
  readonly transactionId?: string;
}

/** One request inside a JSON `$batch`; `url` is relative to the version root, e.g. `/me/events`. */
export interface BatchStep {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Graph answers every step of a batch on its own, with its own status, headers (e.g. Retry-After) and body. */
export interface BatchStepResult {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * One getSchedule request as a batch step: free/busy of up to 15 mailboxes over a window of at
 * most 62 days, times answered in `window.timeZone` (each step carries its own Prefer header;
 * the batch request's headers do not reach the steps).
 */
export function scheduleStep(id: string, addresses: readonly string[], window: TimeWindow, intervalMinutes = 30): BatchStep {
  const timeZone = window.timeZone ?? defaultTimeZone;
  return {
    id,
    method: 'POST',
    url: '/me/calendar/getSchedule',
    headers: { Prefer: `outlook.timezone="${timeZone}"` },
    body: {
      schedules: addresses,
      startTime: { dateTime: window.start, timeZone },
      endTime: { dateTime: window.end, timeZone },
      availabilityViewInterval: intervalMinutes
    }
  };
}

/** The coordinator's Outlook calendar and the free/busy of everyone invited, through Microsoft Graph. */
export class CalendarService {
  public constructor(private readonly client: GraphApi) {}

  public async findMeetingTimes(attendees: readonly string[], window: TimeWindow, durationMinutes: number, maxCandidates = 10): Promise<MeetingTimeSuggestionsResult> {
    const timeZone = window.timeZone ?? defaultTimeZone;
    try {
      return (await this.client.api('/me/findMeetingTimes').header('Prefer', `outlook.timezone="${timeZone}"`).post({
        attendees: attendees.map((address) => ({ type: 'required', emailAddress: { address } })),
        timeConstraint: {
          activityDomain: 'work',
          timeSlots: [{ start: { dateTime: window.start, timeZone }, end: { dateTime: window.end, timeZone } }]
        },
        meetingDuration: `PT${Math.floor(durationMinutes / 60)}H${durationMinutes % 60}M`,
        maxCandidates,
        // Graph's default is 50 %: suggestions where half the required attendees are busy.
        minimumAttendeePercentage: 100,
        isOrganizerOptional: false,
        returnSuggestionReasons: true
      })) as MeetingTimeSuggestionsResult;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Events of the signed-in user whose subject starts with `prefix`, all pages. */
  public async listEventsBySubject(prefix: string, timeZone = defaultTimeZone): Promise<Event[]> {
    const filter = encodeURIComponent(`startswith(subject,'${prefix.replace(/'/g, "''")}')`);
    try {
      return await getAllPages<Event>(this.client, `/me/events?$filter=${filter}&$select=id,subject,start,end,attendees,isOnlineMeeting,onlineMeeting&$top=50`, {
        headers: { Prefer: `outlook.timezone="${timeZone}"` }
      });
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * The signed-in user's own copies of events whose subject starts with `prefix`, with their own
   * answer (`responseStatus`): an invitee sees the office's meeting only as this copy.
   */
  public async ownEventsBySubject(prefix: string, top = 10): Promise<Event[]> {
    const filter = encodeURIComponent(`startswith(subject,'${prefix.replace(/'/g, "''")}')`);
    try {
      const page = (await this.client.api(`/me/events?$filter=${filter}&$select=id,subject,start,end,isCancelled,isOrganizer,responseStatus,webLink&$top=${Math.trunc(top)}`).get()) as { value?: Event[] };
      return page.value ?? [];
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Sends up to 20 requests as one JSON `$batch` and returns each step's answer in request order.
   * The client's RetryHandler retries the batch request itself; the steps' own 429s arrive inside
   * a 200 answer and are left to the caller (sendGraphSteps). Throws a ServiceError when the
   * batch as a whole fails.
   */
  public async batch(steps: readonly BatchStep[]): Promise<BatchStepResult[]> {
    if (steps.length > graphBatchLimit) {
      throw new Error(`A JSON batch takes at most ${graphBatchLimit} requests.`);
    }
    let answer: { responses?: Array<{ id: string; status: number; headers?: Record<string, string>; body?: unknown }> };
    try {
      answer = (await this.client.api('/$batch').post({
        requests: steps.map((step) => ({
          id: step.id,
          method: step.method,
          url: step.url,
          ...(step.body === undefined ? {} : { body: step.body }),
          // Graph refuses a batch whose write step has a body but no Content-Type.
          headers: { ...(step.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(step.headers ?? {}) }
        }))
      })) as typeof answer;
    } catch (error) {
      throw await toServiceError(error);
    }
    const byId = new Map((answer.responses ?? []).map((response) => [response.id, response]));
    return steps.map((step) => {
      const response = byId.get(step.id);
      if (!response) {
        return { id: step.id, status: 0, headers: {}, body: { error: { code: 'missingResponse', message: 'Graph did not answer this request of the batch.' } } };
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers ?? {})) {
        headers[name.toLowerCase()] = String(value);
      }
      return { id: step.id, status: response.status, headers, body: response.body };
    });
  }

  /** Moves an event; Graph sends the attendees an updated invitation. */
  public async moveEvent(eventId: string, start: string, end: string, timeZone = defaultTimeZone): Promise<Event> {
    try {
      return (await this.client
        .api(`/me/events/${encodeURIComponent(eventId)}`)
        .header('Prefer', `outlook.timezone="${timeZone}"`)
        .patch({ start: { dateTime: start, timeZone }, end: { dateTime: end, timeZone } })) as Event;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** `POST /me/events/{id}/cancel`: only the organizer may; the attendees get the comment with the cancellation. */
  public async cancelEvent(eventId: string, comment: string): Promise<void> {
    try {
      await this.client.api(`/me/events/${encodeURIComponent(eventId)}/cancel`).post({ comment });
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}

/** The Graph event a meeting is created as: attendees required, text body, Teams meeting when online. */
export function toGraphEvent(meeting: NewMeeting): Event {
  const timeZone = meeting.timeZone ?? defaultTimeZone;
  return {
    subject: meeting.subject,
    start: { dateTime: meeting.start, timeZone },
    end: { dateTime: meeting.end, timeZone },
    attendees: meeting.attendees.map((address) => ({ type: 'required', emailAddress: { address } })),
    body: meeting.body ? { contentType: 'text', content: meeting.body } : undefined,
    location: meeting.location ? { displayName: meeting.location } : undefined,
    isOnlineMeeting: meeting.isOnlineMeeting ?? false,
    onlineMeetingProvider: meeting.isOnlineMeeting ? 'teamsForBusiness' : undefined,
    ...(meeting.transactionId ? { transactionId: meeting.transactionId } : {})
  };
}
