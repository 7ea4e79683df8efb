import { addMonths, isoDay, localDate, meetingOfDepartment } from '../../domain';
import type { AgreementStatus, Department, GoalAgreement, MeetingRecord } from '../../domain';

/** An agreement's state in the overview: none yet, or its status. */
export type AgreementState = 'none' | AgreementStatus;

/** One department in the overview of a year. */
export interface OverviewRow {
  readonly department: Department;
  readonly state: AgreementState;
  readonly agreement?: GoalAgreement;
  /** Last year's agreement, when it still waits for its review. */
  readonly dueReview?: GoalAgreement;
  /** This year's agreement meeting (booked, or proposed but not yet in Outlook); cancelled ones do not count. */
  readonly meeting?: MeetingRecord;
}

export interface OverviewCounts {
  readonly departments: number;
  /** Departments without a booked agreement meeting this year. */
  readonly withoutMeeting: number;
  readonly reviewsDue: number;
  readonly agreed: number;
}

/**
 * The review belongs to the meeting about twelve months after the agreement; the overview
 * flags it a month ahead so the coordinator can book that meeting in time.
 */
export const reviewDueAfterMonths = 11;

/**
 * Whether an agreement waits for its review on `today` (`YYYY-MM-DD`): agreed, not reviewed,
 * and its meeting at least eleven months ago. Without a recorded meeting, the agreement's year
 * stands for it: once that year is over, the review is due.
 */
export function isReviewDue(agreement: GoalAgreement | undefined, today: string, months: number = reviewDueAfterMonths): boolean {
  if (!agreement || agreement.status !== 'agreed') {
    return false;
  }
  const meetingDay = agreement.meeting ? localDate(agreement.meeting.start) : undefined;
  if (!meetingDay) {
    return Number(today.slice(0, 4)) > agreement.year;
  }
  return isoDay(addMonths(meetingDay, months)) <= today;
}

/**
 * One row per department, ordered by department number: the state of this year's agreement,
 * last year's agreement if its review is due, and this year's meeting.
 */
export function overviewRows(
  departments: readonly Department[],
  agreements: readonly GoalAgreement[],
  previousAgreements: readonly GoalAgreement[],
  meetings: readonly MeetingRecord[],
  today: string
): OverviewRow[] {
  return [...departments]
    .sort((a, b) => a.number.localeCompare(b.number, 'de', { numeric: true }))
    .map((department) => {
      const agreement = agreements.find((candidate) => candidate.departmentId === department.id);
      const previous = previousAgreements.find((candidate) => candidate.departmentId === department.id);
      const meeting = meetingOfDepartment(meetings, department.id);
      return {
        department,
        state: agreement?.status ?? 'none',
        ...(agreement ? { agreement } : {}),
        ...(isReviewDue(previous, today) ? { dueReview: previous } : {}),
        ...(meeting ? { meeting } : {})
      };
    });
}

export function overviewCounts(rows: readonly OverviewRow[]): OverviewCounts {
  return {
    departments: rows.length,
    withoutMeeting: rows.filter((row) => row.meeting?.state !== 'booked').length,
    reviewsDue: rows.filter((row) => row.dueReview !== undefined).length,
    agreed: rows.filter((row) => row.state === 'agreed' || row.state === 'reviewed').length
  };
}

/**
 * A meeting time for display. Meeting records hold wall-clock `YYYY-MM-DDTHH:MM` in the city's
 * time zone and are shown as written; ISO instants (with `Z` or an offset) are shown in that zone.
 */
export function meetingTimeText(value: string, locale: string): string {
  const wallClock = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (wallClock) {
    const [, year, month, day, hour, minute] = wallClock.map(Number);
    // As if UTC, formatted in UTC: the digits stay those of the city's wall clock.
    const instant = new Date(Date.UTC(year, month - 1, day, hour, minute));
    return instant.toLocaleString(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    return value;
  }
  return instant.toLocaleString(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
}
