import type { EmulatorUser } from '../core/types';
import type { SeedData } from '../../seed/types';
import type { CalendarOp, CalendarStore } from './calendarStore';
import type { Directory } from './directory';
import { GraphError, invalidRequest, itemNotFound } from './errors';
import type { EventInput } from './eventInput';
import { newChangeKey, newEventId, newICalUId, newJoinUrlToken, seededChangeKey, seededEventId, seededICalUId } from './identifiers';
import { formatUtcTimestamp, parseDateTimeString, resolveTimeZone, toEpoch, wallClockAt, type ResolvedTimeZone } from './timeZones';
import type { FreeBusyStatus, ResponseStatus, ResponseType, StoredAttendee, StoredEvent } from './types';

/** Graph's "never" for response times that have not happened. */
const neverResponded = '0001-01-01T00:00:00Z';

export type AttendeeResponse = 'accepted' | 'declined' | 'tentativelyAccepted';

type Puts = Array<CalendarOp['puts'][number]>;

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function isUsersAddress(user: EmulatorUser, address: string): boolean {
  return sameAddress(user.mail, address) || sameAddress(user.login, address);
}

/** What an invitee's own copy shows in their free/busy, given their answer. */
function inviteeShowAs(response: ResponseType, organizerShowAs: FreeBusyStatus): FreeBusyStatus {
  switch (response) {
    case 'accepted':
      return organizerShowAs;
    case 'declined':
      return 'free';
    default:
      // Exchange puts unanswered invitations into the calendar as tentative.
      return 'tentative';
  }
}

function isMidnight(epochMs: number, zone: ResolvedTimeZone): boolean {
  const wall = wallClockAt(epochMs, zone.iana);
  return wall.hour === 0 && wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;
}

function validateTimes(event: StoredEvent): void {
  if (event.endMs < event.startMs) {
    throw invalidRequest("Your request can't be completed. The end time of the event must be later than its start time.");
  }
  if (event.isAllDay) {
    const startZone = resolveTimeZone(event.startTimeZone);
    const endZone = resolveTimeZone(event.endTimeZone);
    if (!startZone || !endZone || !isMidnight(event.startMs, startZone) || !isMidnight(event.endMs, endZone) || event.endMs <= event.startMs) {
      throw invalidRequest("Your request can't be completed. An all-day event must start and end at midnight and last at least one day.");
    }
  }
}

/**
 * The calendar behaviour behind the Graph endpoints: one item per mailbox for every
 * meeting, invitations landing in the attendees' calendars, answers travelling back to the
 * organizer, cancellations reaching everyone. Each client action is one journal entry.
 */
export class Meetings {
  public constructor(
    private readonly store: CalendarStore,
    private readonly directory: () => Directory,
    private readonly now: () => Date
  ) {}

  public create(owner: EmulatorUser, input: EventInput): StoredEvent {
    if (input.transactionId) {
      // Graph's transactionId exists so that a retried POST does not create the event twice.
      const existing = this.store.events(owner.id).find((event) => event.transactionId === input.transactionId);
      if (existing) {
        return existing;
      }
    }
    if (!input.start || !input.end) {
      throw invalidRequest("Your request can't be completed. The event needs a 'start' and an 'end'.");
    }
    const timestamp = formatUtcTimestamp(this.now().getTime());
    const isOnlineMeeting = input.isOnlineMeeting ?? false;
    const event: StoredEvent = {
      id: newEventId(),
      iCalUId: newICalUId(),
      changeKey: newChangeKey(),
      transactionId: input.transactionId ?? null,
      createdDateTime: timestamp,
      lastModifiedDateTime: timestamp,
      subject: input.subject ?? '',
      body: input.body ?? { contentType: 'html', content: '' },
      startMs: input.start.epochMs,
      endMs: input.end.epochMs,
      startTimeZone: input.start.zone.name,
      endTimeZone: input.end.zone.name,
      isAllDay: input.isAllDay ?? false,
      showAs: input.showAs ?? 'busy',
      sensitivity: input.sensitivity ?? 'normal',
      importance: input.importance ?? 'normal',
      categories: input.categories ?? [],
      locations: input.locations ?? [],
      attendees: (input.attendees ?? []).map((attendee) => ({ ...attendee, status: { response: 'none', time: neverResponded } })),
      organizer: { name: owner.displayName, address: owner.mail },
      isOrganizer: true,
      responseStatus: { response: 'organizer', time: neverResponded },
      responseRequested: input.responseRequested ?? true,
      isCancelled: false,
      isOnlineMeeting,
      // A Teams-enabled mailbox makes Teams its default online meeting provider.
      onlineMeetingProvider: isOnlineMeeting ? input.onlineMeetingProvider ?? 'teamsForBusiness' : input.onlineMeetingProvider ?? 'unknown',
      onlineMeeting: isOnlineMeeting ? this.newOnlineMeeting(owner) : null,
      isReminderOn: input.isReminderOn ?? true,
      reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
      allowNewTimeProposals: input.allowNewTimeProposals ?? true,
      hideAttendees: input.hideAttendees ?? false
    };
    validateTimes(event);
    const puts: Puts = [{ mailbox: owner.id, event }];
    for (const invitee of this.invitees(owner, event.attendees)) {
      puts.push({ mailbox: invitee.id, event: this.inviteeCopy(event, undefined, true) });
    }
    this.store.commit(puts);
    return event;
  }

  public update(owner: EmulatorUser, id: string, input: EventInput): StoredEvent {
    const existing = this.require(owner, id);
    const timestamp = formatUtcTimestamp(this.now().getTime());
    const isOnlineMeeting = input.isOnlineMeeting ?? existing.isOnlineMeeting;
    const updated: StoredEvent = {
      ...existing,
      changeKey: newChangeKey(),
      lastModifiedDateTime: timestamp,
      subject: input.subject ?? existing.subject,
      body: input.body ?? existing.body,
      startMs: input.start?.epochMs ?? existing.startMs,
      endMs: input.end?.epochMs ?? existing.endMs,
      startTimeZone: input.start?.zone.name ?? existing.startTimeZone,
      endTimeZone: input.end?.zone.name ?? existing.endTimeZone,
      isAllDay: input.isAllDay ?? existing.isAllDay,
      showAs: input.showAs ?? existing.showAs,
      sensitivity: input.sensitivity ?? existing.sensitivity,
      importance: input.importance ?? existing.importance,
      categories: input.categories ?? existing.categories,
      locations: input.locations ?? existing.locations,
      isOnlineMeeting,
      onlineMeetingProvider: input.onlineMeetingProvider ?? (isOnlineMeeting && !existing.isOnlineMeeting ? 'teamsForBusiness' : existing.onlineMeetingProvider),
      onlineMeeting: isOnlineMeeting ? existing.onlineMeeting ?? this.newOnlineMeeting(owner) : null,
      isReminderOn: input.isReminderOn ?? existing.isReminderOn,
      reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? existing.reminderMinutesBeforeStart,
      responseRequested: input.responseRequested ?? existing.responseRequested,
      allowNewTimeProposals: input.allowNewTimeProposals ?? existing.allowNewTimeProposals,
      hideAttendees: input.hideAttendees ?? existing.hideAttendees
    };
    if (!existing.isOrganizer) {
      // An invitee may change their own copy; nothing travels back to the organizer.
      validateTimes(updated);
      this.store.commit([{ mailbox: owner.id, event: updated }]);
      return updated;
    }
    // Moving a meeting asks everyone again, as Outlook's update does.
    const isRescheduled = updated.startMs !== existing.startMs || updated.endMs !== existing.endMs;
    const previous = new Map(existing.attendees.map((attendee) => [attendee.emailAddress.address.toLowerCase(), attendee]));
    const attendees: StoredAttendee[] = (input.attendees ?? existing.attendees).map((attendee) => {
      const before = previous.get(attendee.emailAddress.address.toLowerCase());
      const status: ResponseStatus = before && !isRescheduled ? before.status : { response: 'none', time: neverResponded };
      return { type: attendee.type, emailAddress: attendee.emailAddress, status };
    });
    const organizerItem: StoredEvent = { ...updated, attendees };
    validateTimes(organizerItem);
    const puts: Puts = [{ mailbox: owner.id, event: organizerItem }];
    const stillInvited = new Set<string>();
    for (const invitee of this.invitees(owner, attendees)) {
      stillInvited.add(invitee.id);
      const copy = this.store.findByICalUId(invitee.id, existing.iCalUId);
      puts.push({ mailbox: invitee.id, event: this.inviteeCopy(organizerItem, copy, isRescheduled || copy === undefined) });
    }
    for (const removed of this.invitees(owner, existing.attendees)) {
      if (!stillInvited.has(removed.id)) {
        const copy = this.store.findByICalUId(removed.id, existing.iCalUId);
        if (copy) {
          puts.push({ mailbox: removed.id, event: this.cancelledCopy(copy) });
        }
      }
    }
    this.store.commit(puts);
    return organizerItem;
  }

  /** DELETE: the item leaves the owner's calendar; an organizer's deletion cancels the meeting for everyone. */
  public delete(owner: EmulatorUser, id: string): void {
    const existing = this.require(owner, id);
    this.store.commit(existing.isOrganizer ? this.cancellationsFor(owner, existing) : [], [{ mailbox: owner.id, id }]);
  }

  /** POST …/cancel: only the organizer can cancel a meeting. */
  public cancel(owner: EmulatorUser, id: string): void {
    const existing = this.require(owner, id);
    if (!existing.isOrganizer) {
      throw invalidRequest("Your request can't be completed. You need to be an organizer to cancel a meeting.");
    }
    this.store.commit(this.cancellationsFor(owner, existing), [{ mailbox: owner.id, id }]);
  }

  /** POST …/accept | decline | tentativelyAccept on the invitee's own copy. */
  public respond(owner: EmulatorUser, id: string, response: AttendeeResponse, sendResponse: boolean): void {
    const copy = this.require(owner, id);
    if (copy.isOrganizer) {
      throw invalidRequest("Your request can't be completed. You can't respond to a meeting that you organized.");
    }
    if (copy.isCancelled) {
      throw invalidRequest("Your request can't be completed. The meeting has been canceled.");
    }
    this.store.commit(this.responsePuts(owner, copy, response, sendResponse));
  }

  /**
   * An attendee's answer as if it came from their Outlook (the control API's simulated responses).
   * Attendees outside the tenant have no calendar here; only the organizer's tracking changes.
   */
  public respondFor(organizerEvent: StoredEvent, organizerMailbox: string, attendeeAddress: string, response: AttendeeResponse): StoredEvent {
    if (!organizerEvent.attendees.some((attendee) => sameAddress(attendee.emailAddress.address, attendeeAddress))) {
      throw new GraphError(404, 'ErrorItemNotFound', `'${attendeeAddress}' is not an attendee of this event.`);
    }
    const user = this.directory().find(attendeeAddress);
    const copy = user ? this.store.findByICalUId(user.id, organizerEvent.iCalUId) : undefined;
    if (user && copy) {
      if (copy.isCancelled) {
        throw invalidRequest("Your request can't be completed. The meeting has been canceled.");
      }
      this.store.commit(this.responsePuts(user, copy, response, true));
    } else {
      const updated = this.withAttendeeStatus(organizerEvent, attendeeAddress, response);
      this.store.commit([{ mailbox: organizerMailbox, event: updated }]);
    }
    return this.store.find(organizerMailbox, organizerEvent.id) as StoredEvent;
  }

  /** Puts the seed's appointments into their owners' calendars, with ids that do not change between seedings. */
  public seed(calendars: SeedData['calendars']): void {
    const timestamp = formatUtcTimestamp(this.now().getTime());
    const puts: Puts = [];
    for (const [login, seedEvents] of Object.entries(calendars)) {
      const owner = this.directory().find(login);
      if (!owner) {
        throw new Error(`Seed calendar for unknown user '${login}'.`);
      }
      seedEvents.forEach((seedEvent, index) => {
        const zone = resolveTimeZone(seedEvent.timeZone);
        const start = parseDateTimeString(seedEvent.start);
        const end = parseDateTimeString(seedEvent.end);
        if (!zone || !start || !end) {
          throw new Error(`Seed event '${seedEvent.subject}' of '${login}' has an invalid time or zone.`);
        }
        const key = `${owner.login.toLowerCase()}#${index}`;
        const event: StoredEvent = {
          id: seededEventId(key),
          iCalUId: seededICalUId(key),
          changeKey: seededChangeKey(key),
          transactionId: null,
          createdDateTime: timestamp,
          lastModifiedDateTime: timestamp,
          subject: seedEvent.subject,
          body: { contentType: 'html', content: '' },
          startMs: toEpoch(start, zone.iana),
          endMs: toEpoch(end, zone.iana),
          startTimeZone: zone.name,
          endTimeZone: zone.name,
          isAllDay: seedEvent.isAllDay ?? false,
          showAs: seedEvent.showAs,
          sensitivity: 'normal',
          importance: 'normal',
          categories: [],
          locations: seedEvent.location ? [{ displayName: seedEvent.location, locationType: 'default', uniqueId: seedEvent.location, uniqueIdType: 'private' }] : [],
          attendees: [],
          organizer: { name: owner.displayName, address: owner.mail },
          isOrganizer: true,
          responseStatus: { response: 'organizer', time: neverResponded },
          responseRequested: true,
          isCancelled: false,
          isOnlineMeeting: false,
          onlineMeetingProvider: 'unknown',
          onlineMeeting: null,
          isReminderOn: true,
          reminderMinutesBeforeStart: 15,
          allowNewTimeProposals: true,
          hideAttendees: false
        };
        puts.push({ mailbox: owner.id, event });
      });
    }
    this.store.commit(puts);
  }

  private require(owner: EmulatorUser, id: string): StoredEvent {
    const event = this.store.find(owner.id, id);
    if (!event) {
      throw itemNotFound();
    }
    return event;
  }

  /** Attendees who have a mailbox in this tenant (other than the organizer): they get their own copy. */
  private invitees(owner: EmulatorUser, attendees: readonly StoredAttendee[]): EmulatorUser[] {
    const users: EmulatorUser[] = [];
    for (const attendee of attendees) {
      const user = this.directory().find(attendee.emailAddress.address);
      if (user && user.id !== owner.id && !users.some((known) => known.id === user.id)) {
        users.push(user);
      }
    }
    return users;
  }

  private inviteeCopy(organizerItem: StoredEvent, existing: StoredEvent | undefined, asksAgain: boolean): StoredEvent {
    const timestamp = formatUtcTimestamp(this.now().getTime());
    const responseStatus: ResponseStatus = existing && !asksAgain ? existing.responseStatus : { response: 'notResponded', time: neverResponded };
    return {
      ...organizerItem,
      id: existing?.id ?? newEventId(),
      changeKey: newChangeKey(),
      transactionId: null,
      createdDateTime: existing?.createdDateTime ?? timestamp,
      lastModifiedDateTime: timestamp,
      showAs: inviteeShowAs(responseStatus.response, organizerItem.showAs),
      categories: existing?.categories ?? [],
      isOrganizer: false,
      responseStatus,
      isReminderOn: existing?.isReminderOn ?? true,
      reminderMinutesBeforeStart: existing?.reminderMinutesBeforeStart ?? 15,
      isCancelled: false
    };
  }

  private cancelledCopy(copy: StoredEvent): StoredEvent {
    return { ...copy, isCancelled: true, showAs: 'free', changeKey: newChangeKey(), lastModifiedDateTime: formatUtcTimestamp(this.now().getTime()) };
  }

  private cancellationsFor(owner: EmulatorUser, organizerItem: StoredEvent): Puts {
    const puts: Puts = [];
    for (const invitee of this.invitees(owner, organizerItem.attendees)) {
      const copy = this.store.findByICalUId(invitee.id, organizerItem.iCalUId);
      if (copy && !copy.isCancelled) {
        puts.push({ mailbox: invitee.id, event: this.cancelledCopy(copy) });
      }
    }
    return puts;
  }

  private responsePuts(attendee: EmulatorUser, copy: StoredEvent, response: AttendeeResponse, sendResponse: boolean): Puts {
    const now = this.now().getTime();
    const organizerItem = this.organizerItemOf(copy);
    const updatedCopy: StoredEvent = {
      ...copy,
      responseStatus: { response, time: formatUtcTimestamp(now) },
      showAs: inviteeShowAs(response, organizerItem?.event.showAs ?? 'busy'),
      changeKey: newChangeKey(),
      lastModifiedDateTime: formatUtcTimestamp(now)
    };
    const puts: Puts = [{ mailbox: attendee.id, event: updatedCopy }];
    // With sendResponse=false the organizer is never told, so their tracking stays as it was.
    if (sendResponse && organizerItem) {
      const address = organizerItem.event.attendees.find((entry) => isUsersAddress(attendee, entry.emailAddress.address))?.emailAddress.address;
      if (address) {
        puts.push({ mailbox: organizerItem.mailbox, event: this.withAttendeeStatus(organizerItem.event, address, response) });
      }
    }
    return puts;
  }

  private organizerItemOf(copy: StoredEvent): { mailbox: string; event: StoredEvent } | undefined {
    const organizer = this.directory().find(copy.organizer.address);
    const event = organizer ? this.store.findByICalUId(organizer.id, copy.iCalUId) : undefined;
    return organizer && event && event.isOrganizer ? { mailbox: organizer.id, event } : undefined;
  }

  private withAttendeeStatus(organizerItem: StoredEvent, address: string, response: AttendeeResponse): StoredEvent {
    const time = formatUtcTimestamp(this.now().getTime());
    return {
      ...organizerItem,
      attendees: organizerItem.attendees.map((attendee) => (sameAddress(attendee.emailAddress.address, address) ? { ...attendee, status: { response, time } } : attendee)),
      changeKey: newChangeKey(),
      lastModifiedDateTime: time
    };
  }

  private newOnlineMeeting(owner: EmulatorUser): { joinUrl: string } {
    const context = encodeURIComponent(JSON.stringify({ Tid: '00000000-0000-0000-0000-000000000000', Oid: owner.id }));
    return { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${newJoinUrlToken()}%40thread.v2/0?context=${context}` };
  }
}
