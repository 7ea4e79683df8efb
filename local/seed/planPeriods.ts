import { coordinatorLogin } from './organisation';
import { SeedList } from './seedList';
import { dateOnlyToIso, localDate, nextWeekday } from './wallClock';

/**
 * The plan periods (Fortschreibungen) up to the one after `year`: three-year periods from 2016,
 * the 2nd adopted by the council on 15.03.2019. Their status follows the seed's year, so the
 * period running in `year` is the adopted one and the next is a draft.
 */

export interface PlanPeriodInfo {
  readonly id: number;
  readonly updateNumber: number;
  readonly startYear: number;
  readonly endYear: number;
  readonly status: 'Entwurf' | 'Beschlossen' | 'Abgeschlossen';
}

const firstStartYear = 2016;
const periodLength = 3;

function adoptionDate(updateNumber: number, startYear: number): string {
  if (updateNumber === 2) {
    return dateOnlyToIso(localDate(2019, 3, 15));
  }
  // Councils adopt an update in their first session of the year: a Thursday in March.
  return dateOnlyToIso(nextWeekday(localDate(startYear, 3, 10), 4));
}

/**
 * The council paper each update was adopted with: the 2nd update's is the one the Beirat,
 * Ausschuss and Rat sessions name (bodySessions.ts); the others are made up in the same form.
 */
export function adoptionPaper(updateNumber: number, startYear: number): string {
  return updateNumber === 2 ? 'DS 0123/2019' : `DS ${String(100 + 7 * updateNumber).padStart(4, '0')}/${startYear}`;
}

export function buildPlanPeriods(year: number): { list: SeedList; periods: PlanPeriodInfo[]; current: PlanPeriodInfo } {
  const list = new SeedList();
  const periods: PlanPeriodInfo[] = [];
  // At least the first two (their facts are fixed), then up to the draft following `year`.
  for (let updateNumber = 1, startYear = firstStartYear; updateNumber <= 2 || startYear <= year + periodLength; updateNumber += 1, startYear += periodLength) {
    const endYear = startYear + periodLength - 1;
    const status = endYear < year ? 'Abgeschlossen' : startYear > year ? 'Entwurf' : 'Beschlossen';
    const id = list.add({
      Title: `${updateNumber}. Fortschreibung ${startYear}–${endYear}`,
      UpdateNumber: updateNumber,
      StartYear: startYear,
      EndYear: endYear,
      AdoptionDate: status === 'Entwurf' ? undefined : adoptionDate(updateNumber, startYear),
      PaperNumber: status === 'Entwurf' ? undefined : adoptionPaper(updateNumber, startYear),
      PeriodStatus: status,
      // The office closes a period once the council has acknowledged its report, in the spring after it.
      ClosedAt: status === 'Abgeschlossen' ? `${endYear + 1}-04-15T08:00:00Z` : undefined,
      ClosedBy: status === 'Abgeschlossen' ? coordinatorLogin : undefined,
      // The key the product gives a period it creates as the next draft (src/data/planPeriodCopier.ts).
      CreateKey: `plan-period-${updateNumber}`
    });
    periods.push({ id, updateNumber, startYear, endYear, status });
  }
  const current = periods.find((period) => period.status === 'Beschlossen') ?? [...periods].reverse().find((period) => period.status !== 'Entwurf') ?? periods[0];
  return { list, periods, current };
}
