import type { DeadlineStatus, Reminder } from '../../../domain';
import { format, formatDate, formatDateTime } from '../../../ui/format';

/** The year's deadline with days left or overdue, e.g. "Abgabefrist 31.03.2026: noch 12 Tage". */
export function deadlineText(status: DeadlineStatus, year: number, locale: string, strings: IIndicatorDashboardWebPartStrings): string {
  switch (status.kind) {
    case 'none':
      return format(strings.DeadlineNone, year);
    case 'today':
      return format(strings.DeadlineToday, formatDate(status.deadline, locale));
    case 'open':
      return status.daysLeft === 1 ? format(strings.DeadlineTomorrow, formatDate(status.deadline, locale)) : format(strings.DeadlineOpen, formatDate(status.deadline, locale), status.daysLeft);
    case 'overdue':
      return format(strings.DeadlineOverdue, formatDate(status.deadline, locale), status.daysOverdue);
  }
  return '';
}

/** "zuletzt erinnert am … von …", or that the department has not been reminded for the year. */
export function lastRemindedText(reminder: Reminder | undefined, locale: string, strings: IIndicatorDashboardWebPartStrings): string {
  if (!reminder) return strings.NeverReminded;
  const template = reminder.outcome === 'unknown' ? strings.LastRemindedUnknown : strings.LastReminded;
  return format(template, formatDateTime(reminder.sentAt, locale), reminder.sentBy ?? '–');
}
