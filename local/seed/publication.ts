import { publicationLibraryRule } from '../../src/domain/sitePermissions';
import { listSchema } from '../../src/domain/lists';
import type { SeedList } from './seedList';
import type { SeedListPermissions } from './types';
import { addDays, dateOnlyToIso, previousWorkday, type LocalDate } from './wallClock';

/**
 * Publication in the demo: the library "Veröffentlichungen" readable by everyone in the city and
 * written only by the office, and a recent Beirat session that released last year's annual report,
 * so the office can record that release and publish in the workbench.
 */
export function publicationPermissions(): SeedListPermissions[] {
  // Seeds name lists by URL; the library's is `Veroeffentlichungen`.
  return [{ list: listSchema[publicationLibraryRule.list].url, roleAssignments: publicationLibraryRule.roleAssignments.map((assignment) => ({ ...assignment })) }];
}

/** Appends the releasing Beirat session to the body sessions (after all others, so earlier ids stay). */
export function addReleasingBoardSession(bodySessions: SeedList, today: LocalDate): number {
  // The annual report on the year the office has locked (the demo locks the year before last).
  const reportYear = today.year - 2;
  const date = previousWorkday(addDays(today, -14));
  return bodySessions.add({
    Title: 'Sitzung des begleitenden Beirats',
    Body: 'Beirat',
    SessionDate: dateOnlyToIso(date),
    AgendaItems: JSON.stringify([{ title: `Jahresbericht ${reportYear} an den Ausschuss: Freigabe zur Veröffentlichung` }]),
    Decisions: `Der Beirat nimmt den Jahresbericht ${reportYear} zur Kenntnis und gibt ihn mit den öffentlichen Kennzahlen zur Veröffentlichung frei.`,
    SessionStatus: 'stattgefunden'
  });
}

