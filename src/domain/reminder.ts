import { choiceTable } from './choices';
import { daysBetween } from './calendarDate';
import type { ReportingYear } from './reportingYear';

/**
 * Who reminded which department of its missing values, when (list "Erinnerungen"). Only the office
 * writes it: the list inherits the web's permissions. One item per department and click of
 * "Erinnern" / "Alle erinnern", created by a key made of both, so that a repeated write of one
 * click stores nothing twice.
 */
export type ReminderOutcome = 'sent' | 'unknown';

/** The German values of the Outcome column: Graph accepted the mail, or the answer was lost ("unklar"). */
export const ReminderOutcomeChoices = choiceTable<ReminderOutcome>({ sent: 'gesendet', unknown: 'unklar' });

export interface NewReminder {
  readonly departmentId: number;
  readonly year: number;
  /** ISO date-time the mail was handed to Graph. */
  readonly sentAt: string;
  readonly missingCount: number;
  readonly outcome: ReminderOutcome;
  /** `<click>:<department id>`: one record per department and click. */
  readonly createKey: string;
}

export interface Reminder extends Omit<NewReminder, 'createKey'> {
  readonly id: number;
  /** Display name of the office member who sent it. */
  readonly sentBy?: string;
}

/** The key of one department's record of one click. */
export function reminderKey(clickId: string, departmentId: number): string {
  return `${clickId}:${departmentId}`;
}

/** The latest reminder per department (by SentAt, then id). */
export function latestReminders(reminders: readonly Reminder[]): Map<number, Reminder> {
  const latest = new Map<number, Reminder>();
  for (const reminder of reminders) {
    const known = latest.get(reminder.departmentId);
    if (!known || reminder.sentAt > known.sentAt || (reminder.sentAt === known.sentAt && reminder.id > known.id)) {
      latest.set(reminder.departmentId, reminder);
    }
  }
  return latest;
}

/** Where a year's deadline stands on `today` (both ISO days). */
export type DeadlineStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'open'; readonly deadline: string; readonly daysLeft: number }
  | { readonly kind: 'today'; readonly deadline: string }
  | { readonly kind: 'overdue'; readonly deadline: string; readonly daysOverdue: number };

export function deadlineStatus(deadline: string | undefined, today: string): DeadlineStatus {
  if (!deadline) {
    return { kind: 'none' };
  }
  const days = daysBetween(today, deadline);
  if (days > 0) return { kind: 'open', deadline, daysLeft: days };
  if (days === 0) return { kind: 'today', deadline };
  return { kind: 'overdue', deadline, daysOverdue: -days };
}

/**
 * The order of the year picker: first the years still open (not locked) whose deadline is today or
 * later, nearest deadline first; then open years whose deadline has passed, most recently passed
 * first; then every other year (no deadline, or locked), newest first.
 */
export function yearsByDeadline(candidates: readonly number[], years: readonly ReportingYear[], today: string): number[] {
  const byYear = new Map(years.map((entry) => [entry.year, entry]));
  const rank = (year: number): [number, number] => {
    const entry = byYear.get(year);
    if (!entry?.deadline || entry.isLocked) return [2, -year];
    const days = daysBetween(today, entry.deadline);
    return days >= 0 ? [0, days] : [1, -days];
  };
  return [...new Set(candidates)].sort((a, b) => {
    const [groupA, keyA] = rank(a);
    const [groupB, keyB] = rank(b);
    return groupA - groupB || keyA - keyB || b - a;
  });
}

/** The year the completeness view opens with: the nearest open deadline, else `fallback`. */
export function preselectedYear(candidates: readonly number[], years: readonly ReportingYear[], today: string, fallback: number): number {
  const byYear = new Map(years.map((entry) => [entry.year, entry]));
  const [first] = yearsByDeadline(candidates, years, today);
  const entry = first === undefined ? undefined : byYear.get(first);
  return entry?.deadline && !entry.isLocked && entry.deadline >= today ? first : fallback;
}
