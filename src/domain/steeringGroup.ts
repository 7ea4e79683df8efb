import { localDate } from './calendarDate';

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
