import { coordinatorLogin } from './organisation';
import { SeedList } from './seedList';
import type { SeedItem } from './types';
import { addDays, dateOnlyToIso, LocalDate, wallClockToIso } from './wallClock';

/** Days from seeding to the deadline of the year being collected: the demo always shows an open deadline. */
export const demoDeadlineInDays = 28;

/**
 * The deadline (Abgabefrist) of the year being collected and who was reminded of it (Erinnerungen):
 * the year `collectedYear` gets its deadline four weeks from `today` (an item of its own where the
 * seed has none, or the Deadline column of the existing one), and the office reminded the first
 * three departments two weeks ago.
 */
export function withReminders(lists: Record<string, SeedItem[]>, collectedYear: number, today: LocalDate): Record<string, SeedItem[]> {
  const deadline = dateOnlyToIso(addDays(today, demoDeadlineInDays));
  const years = lists.ReportingYears ?? [];
  const existing = years.findIndex((item) => item.fields.ReportingYear === collectedYear);
  const reportingYears =
    existing === -1
      ? [...years, { fields: { Title: String(collectedYear), ReportingYear: collectedYear, IsLocked: false, Deadline: deadline } }]
      : years.map((item, index) => (index === existing && item.fields.Deadline === undefined ? { ...item, fields: { ...item.fields, Deadline: deadline } } : item));
  const reminders = new SeedList('reminder');
  const sentAt = wallClockToIso(addDays(today, -14), 9 * 60 + 15);
  for (const departmentId of [1, 2, 3]) {
    reminders.add({ Title: `Erinnerung ${collectedYear}`, DepartmentId: departmentId, ReportingYear: collectedYear, SentAt: sentAt, SentBy: coordinatorLogin, MissingCount: 2 + departmentId, Outcome: 'gesendet' });
  }
  return { ...lists, ReportingYears: reportingYears, Reminders: reminders.items };
}
