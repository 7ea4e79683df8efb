import { addDays, publicHolidaysBetween, wallMinutes } from '../../domain';
import type { GermanState, PublicHoliday, RoundSettings } from '../../domain';

/** What the coordinator enters before planning a round; times as `HH:MM`, days as ISO days. */
export interface RoundForm {
  readonly year: number;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly dayStart: string;
  readonly dayEnd: string;
  readonly meetingMinutes: number;
  readonly bufferMinutes: number;
  readonly maxMeetingsPerDay: number;
  readonly state: GermanState;
  readonly isOnlineMeeting: boolean;
}

export type RoundFormField = 'year' | 'firstDay' | 'lastDay' | 'dayStart' | 'dayEnd' | 'meetingMinutes' | 'bufferMinutes' | 'maxMeetingsPerDay';
export type RoundFormProblemKind = 'invalidDay' | 'invalidTime' | 'invalidNumber' | 'lastBeforeFirst' | 'endBeforeStart' | 'windowTooLong' | 'meetingLongerThanDay';
export interface RoundFormProblem {
  readonly field: RoundFormField;
  readonly kind: RoundFormProblemKind;
}

const minutesPerDay = 24 * 60;
/** Longer windows make the round hard to overview and free/busy less reliable; Graph also caps a schedule request at 62 days. */
export const maxWindowDays = 92;

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** Six weeks starting the Monday after next (time to send invitations), up to the Friday of the sixth week. */
export function defaultRoundWindow(today: string): { readonly firstDay: string; readonly lastDay: string } {
  const firstDay = addDays(mondayOf(today), 14);
  return { firstDay, lastDay: addDays(firstDay, 6 * 7 - 3) };
}

export function defaultRoundForm(today: string, state: GermanState = 'NW'): RoundForm {
  return {
    year: Number(today.slice(0, 4)),
    ...defaultRoundWindow(today),
    dayStart: '09:00',
    dayEnd: '15:00',
    meetingMinutes: 60,
    bufferMinutes: 15,
    maxMeetingsPerDay: 2,
    state,
    isOnlineMeeting: false
  };
}

/**
 * The day a follow-up meeting should be near: twelve months after last year's meeting, on the
 * same weekday (52 weeks later), because departments keep their routines across the year.
 */
export function followUpDay(previousStart: string): string {
  return addDays(previousStart.slice(0, 10), 52 * 7);
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isDay(value: string): boolean {
  return dayPattern.test(value) && addDays(value, 0) === value;
}

/** `HH:MM` → minutes after midnight, undefined when not a time. */
export function minutesOfTime(value: string): number | undefined {
  const match = timePattern.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Problems of the form, one per field at most, in field order; empty when the round can be planned. */
export function roundFormProblems(form: RoundForm): RoundFormProblem[] {
  const problems: RoundFormProblem[] = [];
  const wholeNumber = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;
  if (!wholeNumber(form.year, 2000, 2100)) {
    problems.push({ field: 'year', kind: 'invalidNumber' });
  }
  const firstOk = isDay(form.firstDay);
  const lastOk = isDay(form.lastDay);
  if (!firstOk) {
    problems.push({ field: 'firstDay', kind: 'invalidDay' });
  }
  if (!lastOk) {
    problems.push({ field: 'lastDay', kind: 'invalidDay' });
  } else if (firstOk && form.lastDay < form.firstDay) {
    problems.push({ field: 'lastDay', kind: 'lastBeforeFirst' });
  } else if (firstOk && (wallMinutes(`${form.lastDay}T00:00`) - wallMinutes(`${form.firstDay}T00:00`)) / minutesPerDay >= maxWindowDays) {
    problems.push({ field: 'lastDay', kind: 'windowTooLong' });
  }
  const start = minutesOfTime(form.dayStart);
  const end = minutesOfTime(form.dayEnd);
  if (start === undefined) {
    problems.push({ field: 'dayStart', kind: 'invalidTime' });
  }
  if (end === undefined) {
    problems.push({ field: 'dayEnd', kind: 'invalidTime' });
  } else if (start !== undefined && end <= start) {
    problems.push({ field: 'dayEnd', kind: 'endBeforeStart' });
  }
  if (!wholeNumber(form.meetingMinutes, 15, 480)) {
    problems.push({ field: 'meetingMinutes', kind: 'invalidNumber' });
  } else if (start !== undefined && end !== undefined && end > start && form.meetingMinutes > end - start) {
    problems.push({ field: 'meetingMinutes', kind: 'meetingLongerThanDay' });
  }
  if (!wholeNumber(form.bufferMinutes, 0, 240)) {
    problems.push({ field: 'bufferMinutes', kind: 'invalidNumber' });
  }
  if (!wholeNumber(form.maxMeetingsPerDay, 1, 20)) {
    problems.push({ field: 'maxMeetingsPerDay', kind: 'invalidNumber' });
  }
  return problems;
}

/** The planner's settings for a valid form: public holidays of the state are closed days. */
export function roundSettingsOf(form: RoundForm): { readonly settings: RoundSettings; readonly holidays: readonly PublicHoliday[] } {
  const holidays = publicHolidaysBetween(form.state, form.firstDay, form.lastDay);
  return {
    holidays,
    settings: {
      firstDay: form.firstDay,
      lastDay: form.lastDay,
      dayStartMinutes: minutesOfTime(form.dayStart)!,
      dayEndMinutes: minutesOfTime(form.dayEnd)!,
      meetingMinutes: form.meetingMinutes,
      bufferMinutes: form.bufferMinutes,
      maxMeetingsPerDay: form.maxMeetingsPerDay,
      // Quarter hours: start times people can remember, fine enough to use the gaps of busy calendars.
      stepMinutes: 15,
      closedDays: new Set(holidays.map((holiday) => holiday.date))
    }
  };
}
