import { localDate } from './calendarDate';
import type { Body } from './bodies';
import type { SessionStatus } from './choices';

/** A meeting of the steering group "Umsetzung Integrationsplanung". */
export interface SteeringMeeting {
  readonly id?: number;
  readonly title: string;
  /** ISO date-time. */
  readonly date: string;
  readonly attendees?: string;
  readonly agenda?: string;
  readonly decisions?: string;
  /** Outlook event id, once the meeting is booked. */
  readonly eventId?: string;
}

/** The council paper: the steering group meets at least twice per calendar year. */
export const requiredSteeringMeetingsPerYear = 2;

export interface SteeringGroupWarning {
  readonly year: number;
  readonly meetingCount: number;
  readonly required: number;
}

/** Meetings per calendar year (local time), for the years asked for. */
export function steeringMeetingsPerYear(meetings: readonly SteeringMeeting[], years: readonly number[]): ReadonlyMap<number, number> {
  const counts = new Map<number, number>(years.map((year) => [year, 0]));
  for (const meeting of meetings) {
    const year = localDate(meeting.date)?.year;
    if (year !== undefined && counts.has(year)) {
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  return counts;
}

/** The years, in ascending order, in which the steering group met fewer than twice. */
export function steeringGroupWarnings(meetings: readonly SteeringMeeting[], years: readonly number[]): SteeringGroupWarning[] {
  return [...steeringMeetingsPerYear(meetings, years)]
    .filter(([, count]) => count < requiredSteeringMeetingsPerYear)
    .sort(([a], [b]) => a - b)
    .map(([year, meetingCount]) => ({ year, meetingCount, required: requiredSteeringMeetingsPerYear }));
}

/** What a session of a body needs for the steering group's yearly count. */
export interface CountedSession {
  readonly body: Body;
  /** ISO day. */
  readonly date: string;
  readonly status?: SessionStatus;
}

/**
 * Whether a session counts towards the steering group's minimum: booked or held. A merely planned
 * (proposed) date is no session yet, a cancelled one did not take place. Sessions typed in before
 * the status column existed are records of sessions held.
 */
export function countsAsSteeringSession(session: Pick<CountedSession, 'status'>): boolean {
  return session.status === undefined || session.status === 'booked' || session.status === 'held';
}

export interface SteeringYearCount {
  readonly year: number;
  /** Booked or held sessions of the steering group in the year. */
  readonly counted: number;
  /** Merely planned ones, shown apart: they do not silence the warning. */
  readonly proposed: number;
  readonly required: number;
  readonly isShort: boolean;
}

/** The steering group's sessions of one calendar year (in Germany), counted by the council paper's rule. */
export function steeringSessionCount(sessions: readonly CountedSession[], year: number): SteeringYearCount {
  const ofYear = sessions.filter((session) => session.body === 'steeringGroup' && localDate(session.date)?.year === year);
  const counted = ofYear.filter(countsAsSteeringSession).length;
  const proposed = ofYear.filter((session) => session.status === 'planned').length;
  return { year, counted, proposed, required: requiredSteeringMeetingsPerYear, isShort: counted < requiredSteeringMeetingsPerYear };
}
