import type { StoredEvent } from './types';
import { toDateTimeTimeZone, type ResolvedTimeZone } from './timeZones';

/** The event resource's properties, in the order Graph lists them; `$select` accepts these. */
export const eventProperties = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'transactionId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'occurrenceId',
  'isDraft',
  'hideAttendees',
  'responseStatus',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'onlineMeeting'
] as const;

const eventPropertySet = new Set<string>(eventProperties);

export function isEventProperty(name: string): boolean {
  return eventPropertySet.has(name);
}

/** Case-insensitive lookup, since Graph accepts `$select=Subject`. */
export function canonicalEventProperty(name: string): string | undefined {
  const lower = name.toLowerCase();
  return eventProperties.find((property) => property.toLowerCase() === lower);
}

function bodyPreview(event: StoredEvent): string {
  const text = event.body.contentType === 'html' ? event.body.content.replace(/<[^>]*>/g, ' ') : event.body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

function emptyLocation(): Record<string, unknown> {
  return { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} };
}

/** The event as Graph v1.0 returns it, with times in `zone` (UTC unless the client preferred another). */
export function renderEvent(event: StoredEvent, zone: ResolvedTimeZone): Record<string, unknown> {
  const webLink = `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`;
  const locations = event.locations.map((location) => ({ ...location, address: {}, coordinates: {} }));
  return {
    '@odata.etag': `W/"${event.changeKey}"`,
    id: event.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: [...event.categories],
    transactionId: event.transactionId,
    originalStartTimeZone: event.startTimeZone,
    originalEndTimeZone: event.endTimeZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart,
    isReminderOn: event.isReminderOn,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: bodyPreview(event),
    importance: event.importance,
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: event.isCancelled,
    isOrganizer: event.isOrganizer,
    responseRequested: event.responseRequested,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: event.allowNewTimeProposals,
    occurrenceId: null,
    isDraft: false,
    hideAttendees: event.hideAttendees,
    responseStatus: { ...event.responseStatus },
    body: { ...event.body },
    start: toDateTimeTimeZone(event.startMs, zone),
    end: toDateTimeTimeZone(event.endMs, zone),
    location: locations[0] ?? emptyLocation(),
    locations,
    recurrence: null,
    attendees: event.attendees.map((attendee) => ({
      type: attendee.type,
      status: { ...attendee.status },
      emailAddress: { ...attendee.emailAddress }
    })),
    organizer: { emailAddress: { ...event.organizer } },
    onlineMeeting: event.onlineMeeting ? { ...event.onlineMeeting } : null
  };
}

/** `$select`: Graph always keeps `@odata.etag` and `id`. */
export function selectProperties(resource: Record<string, unknown>, selected: readonly string[] | undefined): Record<string, unknown> {
  if (!selected) {
    return resource;
  }
  const result: Record<string, unknown> = { '@odata.etag': resource['@odata.etag'], id: resource.id };
  for (const property of selected) {
    if (property in resource) {
      result[property] = resource[property];
    }
  }
  return result;
}
