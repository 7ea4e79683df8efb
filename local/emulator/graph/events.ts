import type { EmulatorUser } from '../core/types';
import type { CalendarStore } from './calendarStore';
import { GraphError, itemNotFound } from './errors';
import { readEventInput } from './eventInput';
import { canonicalEventProperty, renderEvent, selectProperties } from './eventResource';
import type { AttendeeResponse, Meetings } from './meetings';
import { evaluateFilter, orderResources, pageOf, readCollectionQuery, type CollectionQuery } from './odata';
import { readBoolean, readJsonObject, readOptionalJsonObject } from './requestBody';
import { parseDateTimeString, preferredTimeZone, toEpoch, utcZone, type ResolvedTimeZone } from './timeZones';
import type { GraphCall, GraphResult, StoredEvent } from './types';

const jsonHeaders = { 'Content-Type': 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8' };

/** The zone asked for with `Prefer: outlook.timezone`, and the header that confirms it. */
export function responseZone(call: GraphCall): { zone: ResolvedTimeZone; headers: Record<string, string> } {
  const preferred = preferredTimeZone(call.headers.prefer);
  if (!preferred) {
    return { zone: utcZone, headers: { ...jsonHeaders } };
  }
  return { zone: preferred, headers: { ...jsonHeaders, 'Preference-Applied': `outlook.timezone="${preferred.name}"` } };
}

function contextUrl(call: GraphCall, owner: EmulatorUser, select: readonly string[] | undefined, entity = false): string {
  const selection = select ? `(${select.join(',')})` : '';
  return `${call.serviceRoot}/$metadata#users('${encodeURIComponent(owner.mail)}')/events${selection}${entity ? '/$entity' : ''}`;
}

function queryParam(query: URLSearchParams, name: string): string | null {
  for (const [key, value] of query) {
    if (key.toLowerCase() === name.toLowerCase()) {
      return value;
    }
  }
  return null;
}

/** Event endpoints of one mailbox (`/me/…` or `/users/{id}/…`). */
export class EventEndpoints {
  public constructor(
    private readonly store: CalendarStore,
    private readonly meetings: Meetings
  ) {}

  /** GET …/events: the mailbox's events with `$filter`, `$orderby`, `$select`, `$top`, paging. */
  public list(call: GraphCall, owner: EmulatorUser): GraphResult {
    return this.collection(call, owner, this.store.events(owner.id), false);
  }

  /** GET …/calendarView?startDateTime=…&endDateTime=…: events overlapping the window, by start. */
  public calendarView(call: GraphCall, owner: EmulatorUser): GraphResult {
    const startText = queryParam(call.query, 'startDateTime');
    const endText = queryParam(call.query, 'endDateTime');
    if (startText === null || endText === null) {
      throw new GraphError(400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
    }
    const start = parseDateTimeString(startText);
    const end = parseDateTimeString(endText);
    if (!start || !end) {
      throw new GraphError(400, 'ErrorInvalidParameter', `The parameter 'StartDateTime' or 'EndDateTime' has an invalid value.`);
    }
    // Without an offset, calendarView bounds are UTC.
    const fromMs = toEpoch(start, 'UTC');
    const toMs = toEpoch(end, 'UTC');
    const events = this.store
      .events(owner.id)
      .filter((event) => event.startMs < toMs && event.endMs > fromMs)
      .sort((a, b) => a.startMs - b.startMs);
    return this.collection(call, owner, events, true);
  }

  public get(call: GraphCall, owner: EmulatorUser, id: string): GraphResult {
    const event = this.require(owner, id);
    const query = readCollectionQuery(call.query, canonicalEventProperty, 'event');
    const { zone, headers } = responseZone(call);
    return {
      status: 200,
      headers: { ...headers, ETag: `W/"${event.changeKey}"` },
      json: { '@odata.context': contextUrl(call, owner, query.select, true), ...selectProperties(renderEvent(event, zone), query.select) }
    };
  }

  public create(call: GraphCall, owner: EmulatorUser): GraphResult {
    const input = readEventInput(readJsonObject(call.body));
    const event = this.meetings.create(owner, input);
    const { zone, headers } = responseZone(call);
    return {
      status: 201,
      headers: { ...headers, ETag: `W/"${event.changeKey}"`, Location: `${call.serviceRoot}/Users('${owner.id}')/Events('${encodeURIComponent(event.id)}')` },
      json: { '@odata.context': contextUrl(call, owner, undefined, true), ...renderEvent(event, zone) }
    };
  }

  public update(call: GraphCall, owner: EmulatorUser, id: string): GraphResult {
    this.checkIfMatch(call, this.require(owner, id));
    const input = readEventInput(readJsonObject(call.body));
    const event = this.meetings.update(owner, id, input);
    const { zone, headers } = responseZone(call);
    return {
      status: 200,
      headers: { ...headers, ETag: `W/"${event.changeKey}"` },
      json: { '@odata.context': contextUrl(call, owner, undefined, true), ...renderEvent(event, zone) }
    };
  }

  public delete(call: GraphCall, owner: EmulatorUser, id: string): GraphResult {
    this.checkIfMatch(call, this.require(owner, id));
    this.meetings.delete(owner, id);
    return { status: 204 };
  }

  /** POST …/events/{id}/accept | decline | tentativelyAccept | cancel → 202 Accepted, no body. */
  public action(call: GraphCall, owner: EmulatorUser, id: string, action: string): GraphResult {
    const body = readOptionalJsonObject(call.body);
    if (action === 'cancel') {
      this.meetings.cancel(owner, id);
      return { status: 202 };
    }
    const response: AttendeeResponse = action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'tentativelyAccepted';
    const sendResponse = body.sendResponse === undefined || body.sendResponse === null ? true : readBoolean(body.sendResponse, 'sendResponse');
    this.meetings.respond(owner, id, response, sendResponse);
    return { status: 202 };
  }

  private require(owner: EmulatorUser, id: string): StoredEvent {
    const event = this.store.find(owner.id, id);
    if (!event) {
      throw itemNotFound();
    }
    return event;
  }

  /** Outlook honours If-Match against the item's change key: a stale one is a conflict. */
  private checkIfMatch(call: GraphCall, event: StoredEvent): void {
    const ifMatch = call.headers['if-match'];
    const value = Array.isArray(ifMatch) ? ifMatch[0] : ifMatch;
    if (value === undefined || value.trim() === '*') {
      return;
    }
    const expected = event.changeKey;
    const given = value.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    if (given !== expected) {
      throw new GraphError(
        412,
        'ErrorIrresolvableConflict',
        'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.'
      );
    }
  }

  private collection(call: GraphCall, owner: EmulatorUser, events: StoredEvent[], isCalendarView: boolean): GraphResult {
    const query: CollectionQuery = readCollectionQuery(call.query, canonicalEventProperty, 'event');
    // $filter and $orderby see the event as Graph stores it: times in UTC.
    const utcViews = new Map(events.map((event) => [event.id, renderEvent(event, utcZone)]));
    const view = (event: StoredEvent): unknown => utcViews.get(event.id);
    const filter = query.filter;
    const matching = filter ? events.filter((event) => evaluateFilter(filter, view(event))) : events;
    const ordered = orderResources(matching, query.orderBy, view);
    const page = pageOf(ordered, query, call.url);
    const { zone, headers } = responseZone(call);
    const json: Record<string, unknown> = {
      '@odata.context': isCalendarView ? contextUrl(call, owner, query.select).replace(/\/events/, '/calendarView') : contextUrl(call, owner, query.select)
    };
    if (query.count) {
      json['@odata.count'] = ordered.length;
    }
    json.value = page.items.map((event) => selectProperties(renderEvent(event, zone), query.select));
    if (page.nextLink) {
      json['@odata.nextLink'] = page.nextLink;
    }
    return { status: 200, headers, json };
  }
}
