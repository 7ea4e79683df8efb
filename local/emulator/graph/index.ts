import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, EmulatorUser } from '../core/types';
import type { InjectedFault } from '../core/faults';
import type { Journal } from '../core/journal';
import type { SeedData } from '../../seed/types';
import { executeBatch } from './batch';
import { CalendarStore } from './calendarStore';
import { Directory, renderDefaultCalendar, renderUser } from './directory';
import { accessDenied, badRequest, GraphError, graphErrorBody, invalidUser, methodNotAllowed, unknownSegment, userNotFound } from './errors';
import { EventEndpoints } from './events';
import { MeetingTimesEndpoint } from './findMeetingTimes';
import { Meetings, type AttendeeResponse } from './meetings';
import { MailOutbox, type SentMessage } from './mail';
import { ScheduleEndpoint } from './schedule';
import type { GraphCall, GraphResult, StoredEvent } from './types';

export interface GraphServiceDeps {
  readonly journal: Journal;
  users(): EmulatorUser[];
  now(): Date;
  /** Injected faults for the requests inside a JSON batch (`/v1.0/<path><query>`). */
  takeFault?(pathAndQuery: string): InjectedFault | undefined;
}

export interface SimulatedResponse {
  readonly eventId?: string;
  readonly subject?: string;
  readonly attendee: string;
  readonly response: AttendeeResponse;
}

export interface GraphService {
  /** Answers one Graph call; `req.path` is below `/v1.0`. */
  handle(req: EmulatorRequest): Promise<EmulatorResponse>;
  /** Fills the calendars of a fresh data directory from the seed. */
  seedCalendars(calendars: SeedData['calendars']): void;
  /** POST /_emulator/responses: an attendee answers an invitation as if from their Outlook. */
  simulateResponse(body: SimulatedResponse): EmulatorResponse;
  /** GET /_emulator/mail: what `sendMail` accepted, oldest first. */
  sentMail(): readonly SentMessage[];
}

const attendeeResponses = new Set<string>(['accepted', 'declined', 'tentativelyAccepted']);
const eventActions: Readonly<Record<string, string>> = { accept: 'accept', decline: 'decline', tentativelyaccept: 'tentativelyAccept', cancel: 'cancel' };

/** Splits and percent-decodes the path below /v1.0 (event ids arrive encoded, e.g. `%3D` for their trailing `=`). */
export function pathSegments(path: string): string[] {
  try {
    return path
      .split('?')[0]
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    throw badRequest('The request URL is not correctly percent-encoded.');
  }
}

function serialize(result: GraphResult, requestHeaders: EmulatorRequest['headers'], now: Date): EmulatorResponse {
  const clientRequestId = typeof requestHeaders['client-request-id'] === 'string' ? requestHeaders['client-request-id'] : randomUUID();
  const headers: Record<string, string> = {
    'Cache-Control': 'private',
    'request-id': randomUUID(),
    'client-request-id': clientRequestId,
    Date: now.toUTCString(),
    ...(result.headers ?? {})
  };
  if (result.json === undefined) {
    delete headers['Content-Type'];
    return { status: result.status, headers };
  }
  return { status: result.status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(result.json) };
}

function errorResult(error: GraphError, now: Date, clientRequestId?: string): GraphResult {
  return { status: error.status, headers: { 'Content-Type': 'application/json', ...error.headers }, json: graphErrorBody(error.code, error.message, now, clientRequestId) };
}

/** The Microsoft Graph half of the emulator: users, calendars, free/busy, meeting suggestions, JSON batching. */
export function createGraphService(deps: GraphServiceDeps): GraphService {
  const store = new CalendarStore(deps.journal);
  let cachedUsers: EmulatorUser[] | undefined;
  let cachedDirectory = new Directory([]);
  const directory = (): Directory => {
    const users = deps.users();
    if (users !== cachedUsers) {
      cachedUsers = users;
      cachedDirectory = new Directory(users);
    }
    return cachedDirectory;
  };
  const meetings = new Meetings(store, directory, () => deps.now());
  const events = new EventEndpoints(store, meetings);
  const schedule = new ScheduleEndpoint(store, directory);
  const meetingTimes = new MeetingTimesEndpoint(store, directory, () => deps.now());
  const outbox = new MailOutbox(deps.journal);

  function allowMethods(call: GraphCall, ...methods: string[]): void {
    if (!methods.includes(call.method)) {
      throw methodNotAllowed();
    }
  }

  /** Routes below `/me` or `/users/{id}` for the mailbox `owner`. */
  function mailbox(call: GraphCall, owner: EmulatorUser, rest: readonly string[]): GraphResult {
    const lower = rest.map((segment) => segment.toLowerCase());
    if (rest.length === 0) {
      allowMethods(call, 'GET');
      const select = call.query.get('$select')?.split(',').map((name) => name.trim()).filter((name) => name !== '');
      return { status: 200, json: { '@odata.context': `${call.serviceRoot}/$metadata#users/$entity`, ...renderUser(owner, select) } };
    }
    if (lower[0] === 'calendar' && lower[1] === 'getschedule' && rest.length === 2) {
      allowMethods(call, 'POST');
      return schedule.getSchedule(call, call.user);
    }
    // Delegated calendar permissions reach the signed-in user's own mailbox; other calendars are not shared here.
    if (owner.id !== call.user.id) {
      throw accessDenied();
    }
    if (lower[0] === 'calendar' && rest.length === 1) {
      allowMethods(call, 'GET');
      return { status: 200, json: { '@odata.context': `${call.serviceRoot}/$metadata#users('${encodeURIComponent(owner.mail)}')/calendar/$entity`, ...renderDefaultCalendar(owner) } };
    }
    const eventsPath = lower[0] === 'calendar' ? lower.slice(1) : lower;
    const eventsRest = lower[0] === 'calendar' ? rest.slice(1) : rest;
    if (lower[0] === 'sendmail' && rest.length === 1) {
      allowMethods(call, 'POST');
      return outbox.sendMail(call, owner);
    }
    if (lower[0] === 'findmeetingtimes' && rest.length === 1) {
      allowMethods(call, 'POST');
      return meetingTimes.findMeetingTimes(call, owner);
    }
    if (eventsPath[0] === 'calendarview' && eventsPath.length === 1) {
      allowMethods(call, 'GET');
      return events.calendarView(call, owner);
    }
    if (eventsPath[0] === 'events') {
      if (eventsPath.length === 1) {
        allowMethods(call, 'GET', 'POST');
        return call.method === 'GET' ? events.list(call, owner) : events.create(call, owner);
      }
      const id = eventsRest[1];
      if (eventsPath.length === 2) {
        allowMethods(call, 'GET', 'PATCH', 'DELETE');
        return call.method === 'GET' ? events.get(call, owner, id) : call.method === 'PATCH' ? events.update(call, owner, id) : events.delete(call, owner, id);
      }
      const action = eventActions[eventsPath[2]];
      if (eventsPath.length === 3 && action) {
        allowMethods(call, 'POST');
        return events.action(call, owner, id, action);
      }
      throw unknownSegment(eventsRest[2]);
    }
    throw unknownSegment(rest[0]);
  }

  function route(call: GraphCall): GraphResult {
    const [first, ...rest] = call.segments;
    const head = first?.toLowerCase();
    if (head === '$batch' && rest.length === 0) {
      allowMethods(call, 'POST');
      return executeBatch(call, route, deps.takeFault);
    }
    if (head === 'me') {
      return mailbox(call, call.user, rest);
    }
    if (head === 'users' && rest.length > 0) {
      const [id, ...below] = rest;
      const owner = directory().find(id);
      if (!owner) {
        throw below.length === 0 ? userNotFound(id) : invalidUser(id);
      }
      return mailbox(call, owner, below);
    }
    throw unknownSegment(first ?? '');
  }

  function findOrganizerItem(body: SimulatedResponse): { mailbox: string; event: StoredEvent } | undefined {
    if (body.eventId) {
      const located = store.findAnywhere(body.eventId);
      if (!located) {
        return undefined;
      }
      if (located.event.isOrganizer) {
        return located;
      }
      return store.copiesOf(located.event.iCalUId).find((copy) => copy.event.isOrganizer);
    }
    // By subject: the most recently created meeting with that subject to which the attendee was invited.
    let best: { mailbox: string; event: StoredEvent } | undefined;
    for (const mailboxId of store.allMailboxes()) {
      for (const event of store.events(mailboxId)) {
        const invited = event.attendees.some((attendee) => attendee.emailAddress.address.toLowerCase() === body.attendee.toLowerCase());
        if (event.isOrganizer && invited && event.subject === body.subject && (!best || event.createdDateTime >= best.event.createdDateTime)) {
          best = { mailbox: mailboxId, event };
        }
      }
    }
    return best;
  }

  return {
    async handle(req: EmulatorRequest): Promise<EmulatorResponse> {
      const now = deps.now();
      const clientRequestId = typeof req.headers['client-request-id'] === 'string' ? req.headers['client-request-id'] : undefined;
      let result: GraphResult;
      try {
        const call: GraphCall = {
          method: req.method.toUpperCase(),
          url: req.url,
          segments: pathSegments(req.path),
          query: new URLSearchParams(req.url.search),
          headers: req.headers,
          body: req.body,
          user: req.user,
          serviceRoot: `${req.url.origin}/v1.0`,
          now
        };
        result = route(call);
      } catch (error) {
        if (!(error instanceof GraphError)) {
          throw error;
        }
        result = errorResult(error, now, clientRequestId);
      }
      return serialize(result, req.headers, now);
    },

    seedCalendars(calendars: SeedData['calendars']): void {
      meetings.seed(calendars);
    },

    sentMail(): readonly SentMessage[] {
      return outbox.sent();
    },

    simulateResponse(body: SimulatedResponse): EmulatorResponse {
      const now = deps.now();
      try {
        if (typeof body !== 'object' || body === null || typeof body.attendee !== 'string' || !attendeeResponses.has(body.response)) {
          throw badRequest("Expected {\"eventId\"|\"subject\", \"attendee\", \"response\": \"accepted\"|\"declined\"|\"tentativelyAccepted\"}.");
        }
        if (typeof body.eventId !== 'string' && typeof body.subject !== 'string') {
          throw badRequest('Name the meeting by eventId or subject.');
        }
        const organizerItem = findOrganizerItem(body);
        if (!organizerItem) {
          throw new GraphError(404, 'ErrorItemNotFound', 'No meeting organized in this tenant matches the given eventId or subject and attendee.');
        }
        const updated = meetings.respondFor(organizerItem.event, organizerItem.mailbox, body.attendee, body.response);
        return serialize(
          {
            status: 200,
            json: {
              eventId: updated.id,
              iCalUId: updated.iCalUId,
              attendee: body.attendee,
              response: body.response,
              attendees: updated.attendees.map((attendee) => ({ address: attendee.emailAddress.address, response: attendee.status.response }))
            }
          },
          {},
          now
        );
      } catch (error) {
        if (!(error instanceof GraphError)) {
          throw error;
        }
        return serialize(errorResult(error, now), {}, now);
      }
    }
  };
}
