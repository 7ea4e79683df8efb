import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorUser } from '../core/types';

export type FreeBusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
export type ResponseType = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
export type AttendeeType = 'required' | 'optional' | 'resource';

export interface EmailAddress {
  readonly name: string;
  readonly address: string;
}

export interface ResponseStatus {
  readonly response: ResponseType;
  readonly time: string;
}

export interface StoredAttendee {
  readonly type: AttendeeType;
  readonly emailAddress: EmailAddress;
  readonly status: ResponseStatus;
}

export interface StoredLocation {
  readonly displayName: string;
  readonly locationType: string;
  readonly uniqueId: string;
  readonly uniqueIdType: string;
}

/**
 * One event in one mailbox, as kept in the journal. Times are instants (epoch ms) plus the
 * zone the client wrote them in; Graph renders them in whatever zone the reader prefers.
 * A meeting exists once per mailbox: the organizer's item and one copy per attendee, all
 * sharing `iCalUId`, each with its own `id`.
 */
export interface StoredEvent {
  readonly id: string;
  readonly iCalUId: string;
  readonly changeKey: string;
  readonly transactionId: string | null;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly subject: string;
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
  readonly startMs: number;
  readonly endMs: number;
  readonly startTimeZone: string;
  readonly endTimeZone: string;
  readonly isAllDay: boolean;
  readonly showAs: FreeBusyStatus;
  readonly sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  readonly importance: 'low' | 'normal' | 'high';
  readonly categories: readonly string[];
  readonly locations: readonly StoredLocation[];
  readonly attendees: readonly StoredAttendee[];
  readonly organizer: EmailAddress;
  readonly isOrganizer: boolean;
  readonly responseStatus: ResponseStatus;
  readonly responseRequested: boolean;
  readonly isCancelled: boolean;
  readonly isOnlineMeeting: boolean;
  readonly onlineMeetingProvider: 'unknown' | 'teamsForBusiness' | 'skypeForBusiness' | 'skypeForConsumer';
  readonly onlineMeeting: { readonly joinUrl: string } | null;
  readonly isReminderOn: boolean;
  readonly reminderMinutesBeforeStart: number;
  readonly allowNewTimeProposals: boolean;
  readonly hideAttendees: boolean;
}

/** A Graph answer before serialisation; `$batch` embeds `json` as is. */
export interface GraphResult {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

/** Everything a handler needs to know about the call. */
export interface GraphCall {
  readonly method: string;
  readonly url: URL;
  /** Path segments below `/v1.0`, percent-decoded. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly user: EmulatorUser;
  /** `<scheme>://<host>/v1.0` as the client called it, for links. */
  readonly serviceRoot: string;
  readonly now: Date;
}
