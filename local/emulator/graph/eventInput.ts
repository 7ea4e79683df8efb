import { badRequest, invalidRequest, propertyNotOnType } from './errors';
import { isEventProperty } from './eventResource';
import { readBoolean, readDateTimeTimeZone, readNumber, type InstantInZone } from './requestBody';
import type { AttendeeType, EmailAddress, FreeBusyStatus, StoredEvent, StoredLocation } from './types';

/** What a client may write on an event (POST or PATCH), already validated. Absent = unchanged. */
export interface EventInput {
  subject?: string;
  body?: StoredEvent['body'];
  start?: InstantInZone;
  end?: InstantInZone;
  isAllDay?: boolean;
  showAs?: FreeBusyStatus;
  sensitivity?: StoredEvent['sensitivity'];
  importance?: StoredEvent['importance'];
  categories?: string[];
  locations?: StoredLocation[];
  attendees?: Array<{ type: AttendeeType; emailAddress: EmailAddress }>;
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: StoredEvent['onlineMeetingProvider'];
  isReminderOn?: boolean;
  reminderMinutesBeforeStart?: number;
  responseRequested?: boolean;
  allowNewTimeProposals?: boolean;
  hideAttendees?: boolean;
  transactionId?: string | null;
}

/** Properties Graph computes itself; a client may send them back (e.g. a GET result) and they are ignored. */
const serverOwned = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'iCalUId',
  'hasAttachments',
  'bodyPreview',
  'isCancelled',
  'isOrganizer',
  'seriesMasterId',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'occurrenceId',
  'isDraft',
  'responseStatus',
  'organizer',
  'onlineMeeting',
  'originalStartTimeZone',
  'originalEndTimeZone'
]);

function readEnum<T extends string>(value: unknown, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => typeof value === 'string' && candidate.toLowerCase() === value.toLowerCase());
  if (!match) {
    // The .NET enum parser's message, which Graph passes through.
    throw badRequest(`Requested value '${String(value)}' was not found.`);
  }
  return match;
}

function readString(value: unknown, property: string): string {
  if (value === null) {
    return '';
  }
  if (typeof value !== 'string') {
    throw badRequest(`Cannot convert the literal '${String(value)}' to the expected type 'Edm.String' for '${property}'.`);
  }
  return value;
}

function readLocation(value: unknown): StoredLocation | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (typeof value !== 'object') {
    throw badRequest("The property 'location' must be an object.");
  }
  const location = value as { displayName?: unknown; locationType?: unknown; uniqueId?: unknown; uniqueIdType?: unknown };
  const displayName = readString(location.displayName ?? '', 'location.displayName');
  if (displayName === '') {
    return undefined;
  }
  return {
    displayName,
    locationType: typeof location.locationType === 'string' ? location.locationType : 'default',
    uniqueId: typeof location.uniqueId === 'string' ? location.uniqueId : displayName,
    uniqueIdType: typeof location.uniqueIdType === 'string' ? location.uniqueIdType : 'private'
  };
}

function readAttendees(value: unknown): Array<{ type: AttendeeType; emailAddress: EmailAddress }> {
  if (value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw badRequest("The property 'attendees' must be a collection of attendee objects.");
  }
  const attendees: Array<{ type: AttendeeType; emailAddress: EmailAddress }> = [];
  for (const entry of value) {
    const attendee = (entry ?? {}) as { type?: unknown; emailAddress?: { address?: unknown; name?: unknown } };
    const address = attendee.emailAddress?.address;
    if (typeof address !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(address.trim())) {
      throw invalidRequest('Your request can\'t be completed. A valid email address is required for each attendee.');
    }
    const type = attendee.type === undefined || attendee.type === null ? 'required' : readEnum(attendee.type, ['required', 'optional', 'resource'] as const);
    const name = typeof attendee.emailAddress?.name === 'string' ? attendee.emailAddress.name : address.trim();
    if (!attendees.some((existing) => existing.emailAddress.address.toLowerCase() === address.trim().toLowerCase())) {
      attendees.push({ type, emailAddress: { name, address: address.trim() } });
    }
  }
  return attendees;
}

/** Reads a POST/PATCH event body; unknown properties are refused as Graph's OData reader does. */
export function readEventInput(json: Record<string, unknown>): EventInput {
  const input: EventInput = {};
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith('@odata.') || key.includes('@odata.')) {
      continue;
    }
    if (!isEventProperty(key)) {
      throw propertyNotOnType(key, 'event');
    }
    if (serverOwned.has(key) || value === undefined) {
      continue;
    }
    switch (key) {
      case 'subject':
        input.subject = readString(value, key);
        break;
      case 'body': {
        const body = (value ?? {}) as { contentType?: unknown; content?: unknown };
        input.body = {
          contentType: body.contentType === undefined || body.contentType === null ? 'text' : readEnum(body.contentType, ['text', 'html'] as const),
          content: readString(body.content ?? '', 'body.content')
        };
        break;
      }
      case 'start':
      case 'end':
        input[key] = readDateTimeTimeZone(value, key);
        break;
      case 'isAllDay':
      case 'isOnlineMeeting':
      case 'isReminderOn':
      case 'responseRequested':
      case 'allowNewTimeProposals':
      case 'hideAttendees':
        input[key] = readBoolean(value, key);
        break;
      case 'showAs':
        input.showAs = readEnum(value, ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const);
        break;
      case 'sensitivity':
        input.sensitivity = readEnum(value, ['normal', 'personal', 'private', 'confidential'] as const);
        break;
      case 'importance':
        input.importance = readEnum(value, ['low', 'normal', 'high'] as const);
        break;
      case 'categories':
        if (!Array.isArray(value) || value.some((category) => typeof category !== 'string')) {
          throw badRequest("The property 'categories' must be a collection of strings.");
        }
        input.categories = value as string[];
        break;
      case 'location': {
        if (json.locations === undefined) {
          const location = readLocation(value);
          input.locations = location ? [location] : [];
        }
        break;
      }
      case 'locations':
        if (value !== null && !Array.isArray(value)) {
          throw badRequest("The property 'locations' must be a collection of location objects.");
        }
        input.locations = ((value as unknown[] | null) ?? []).map(readLocation).filter((location): location is StoredLocation => location !== undefined);
        break;
      case 'attendees':
        input.attendees = readAttendees(value);
        break;
      case 'onlineMeetingProvider':
        input.onlineMeetingProvider = readEnum(value, ['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'] as const);
        break;
      case 'reminderMinutesBeforeStart':
        input.reminderMinutesBeforeStart = readNumber(value, key);
        break;
      case 'transactionId':
        input.transactionId = value === null ? null : readString(value, key);
        break;
      case 'recurrence':
        if (value !== null) {
          throw invalidRequest('Recurring events are not supported by the local emulator; create single instances.');
        }
        break;
      default:
        break;
    }
  }
  return input;
}
