import { departmentId } from './organisation';
import { SeedList } from './seedList';
import type { SeedItem } from './types';
import { dateOnlyToIso, localDateOf } from './wallClock';

/**
 * Action items (Arbeitsaufträge) of the steering group's last two sessions: the earlier session
 * asked for two things, one done since, and the last session for one more. The next session's
 * agenda thus lists two open items, one of them from the session before last.
 */
export function buildActionItems(bodySessions: readonly SeedItem[]): SeedList {
  const list = new SeedList('actionItem');
  const steering = bodySessions
    .map((item, index) => ({ item, id: index + 1 }))
    .filter((entry) => entry.item.fields.Body === 'Steuerungsgruppe');
  const [earlier, last] = steering.slice(-2);
  if (!earlier || !last) {
    return list;
  }
  const dayAfter = (session: SeedItem, months: number): string => {
    const day = localDateOf(new Date(String(session.fields.SessionDate)));
    const month = day.month + months;
    return dateOnlyToIso({ year: day.year + Math.floor((month - 1) / 12), month: ((month - 1) % 12) + 1, day: Math.min(day.day, 28) });
  };
  const add = (session: { item: SeedItem; id: number }, department: string, description: string, dueInMonths: number, isDone: boolean): void => {
    list.add({
      Title: description,
      SessionId: session.id,
      DepartmentId: departmentId(department),
      Description: description,
      DueDate: dayAfter(session.item, dueInMonths),
      IsDone: isDone,
      DoneAt: isDone ? dayAfter(session.item, 1) : undefined
    });
  };
  add(earlier, '50', 'Wartelisten der Integrationskurse nach Stadtteil auswerten und vorlegen', 3, false);
  add(earlier, '40', 'Zahl der Seiteneinsteigerklassen für das nächste Schuljahr melden', 2, true);
  add(last, '80', 'Kennzahlen zur Arbeitsmarktintegration mit dem Jobcenter abstimmen', 4, false);
  return list;
}
