import { coordinatorLogin } from './organisation';
import { SeedList } from './seedList';
import type { SeedItem } from './types';
import { addDays, LocalDate, wallClockToIso } from './wallClock';

/**
 * Who was reminded of the year being collected (Erinnerungen): the office reminded the first three
 * departments two weeks before `today`, so the completeness view shows "zuletzt erinnert am … von …".
 */
export function withReminders(lists: Record<string, SeedItem[]>, collectedYear: number, today: LocalDate): Record<string, SeedItem[]> {
  const reminders = new SeedList('reminder');
  const sentAt = wallClockToIso(addDays(today, -14), 9 * 60 + 15);
  for (const departmentId of [1, 2, 3]) {
    reminders.add({ Title: `Erinnerung ${collectedYear}`, DepartmentId: departmentId, ReportingYear: collectedYear, SentAt: sentAt, SentBy: coordinatorLogin, MissingCount: 2 + departmentId, Outcome: 'gesendet' });
  }
  return { ...lists, Reminders: reminders.items };
}
