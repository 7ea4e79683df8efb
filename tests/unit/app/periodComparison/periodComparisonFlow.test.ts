import type { CatalogueSnapshot, PlanPeriod } from '../../../../src/domain';
import { initialPeriodComparison, periodComparisonReducer, comparePair } from '../../../../src/app/periodComparison/periodComparisonFlow';
import type { PeriodComparisonEvent, PeriodComparisonServices } from '../../../../src/app/periodComparison/periodComparisonFlow';
import { comparedPeriods, defaultPair, filterLines, noLineFilter, pairProblem } from '../../../../src/app/periodComparison/periodComparisonModel';

const period = (id: number, updateNumber: number, status: PlanPeriod['status']): PlanPeriod => ({ id, title: `${updateNumber}. Fortschreibung`, updateNumber, startYear: 2013 + updateNumber * 3, endYear: 2015 + updateNumber * 3, status });
const periods = [period(1, 1, 'closed'), period(2, 2, 'closed'), period(3, 3, 'closed'), period(4, 4, 'adopted'), period(5, 5, 'draft')];
const previous: CatalogueSnapshot = {
  fieldsOfAction: [{ id: 1, title: 'Arbeit', sortOrder: 1, planPeriodId: 3 }],
  goals: [{ id: 1, title: 'Ausbildung', number: '2.1', fieldOfActionId: 1, planPeriodId: 3 }],
  measures: [
    { id: 1, title: 'Ausbildungsmesse', number: '2.1.1', goalId: 1, planPeriodId: 3, leadDepartmentId: 8, involvedDepartmentIds: [], status: 'inProgress' },
    { id: 2, title: 'Sozialbetreuung', number: '2.1.2', goalId: 1, planPeriodId: 3, leadDepartmentId: 5, involvedDepartmentIds: [], status: 'implemented' }
  ],
  indicators: []
};
const next: CatalogueSnapshot = {
  fieldsOfAction: [{ id: 11, title: 'Arbeit', sortOrder: 1, planPeriodId: 4, predecessorId: 1 }],
  goals: [{ id: 11, title: 'Ausbildung', number: '2.1', fieldOfActionId: 11, planPeriodId: 4, predecessorId: 1 }],
  measures: [
    { id: 11, title: 'Ausbildungsmesse „Vielfalt im Handwerk“', number: '2.1.1', goalId: 11, planPeriodId: 4, leadDepartmentId: 8, involvedDepartmentIds: [], status: 'implemented', predecessorId: 1 },
    { id: 12, title: 'Praktikumsbörse', number: '2.1.2', goalId: 11, planPeriodId: 4, leadDepartmentId: 8, involvedDepartmentIds: [], status: 'planned' }
  ],
  indicators: []
};
const compared = comparedPeriods(periods[2], periods[3], { previous, next }, [], 'de', 'de-DE');

describe('choosing two plan periods', () => {
  it('compares the running period with the one before it by default', () => {
    expect(defaultPair(periods)).toEqual({ previousId: 3, nextId: 4 });
    expect(defaultPair([periods[0]])).toEqual({ nextId: 1 });
    expect(defaultPair([])).toEqual({});
  });

  it('asks for two different periods', () => {
    expect(pairProblem({ previousId: 3 })).toBe('choose');
    expect(pairProblem({ previousId: 3, nextId: 3 })).toBe('same');
    expect(pairProblem({ previousId: 2, nextId: 4 })).toBeUndefined();
  });
});

describe('filtering the differences', () => {
  it('by level, kind and words in any case, number, title or details', () => {
    const titles = (filter: Partial<typeof noLineFilter>): string[] => filterLines(compared.lines, { ...noLineFilter, ...filter }).map((line) => line.title);
    expect(titles({})).toEqual(['Ausbildungsmesse „Vielfalt im Handwerk“', 'Praktikumsbörse', 'Sozialbetreuung']);
    expect(titles({ kinds: ['dropped', 'added'] })).toEqual(['Praktikumsbörse', 'Sozialbetreuung']);
    expect(titles({ levels: ['goal'] })).toEqual([]);
    expect(titles({ text: '  umgesetzt  AUSBILDUNGSMESSE ' })).toEqual(['Ausbildungsmesse „Vielfalt im Handwerk“']);
    expect(titles({ text: '2.1.2' })).toEqual(['Praktikumsbörse', 'Sozialbetreuung']);
  });
});

describe('the comparison workflow', () => {
  const loaded = periodComparisonReducer(initialPeriodComparison, { type: 'loaded', periods, departments: [] });

  it('starts with the default pair and keeps the filter while another pair is compared', () => {
    expect(loaded).toMatchObject({ status: 'ready', pair: { previousId: 3, nextId: 4 } });
    const filtered = periodComparisonReducer(loaded, { type: 'filtered', filter: { kinds: ['added'] } });
    const chosen = periodComparisonReducer(filtered, { type: 'pairChosen', pair: { previousId: 2, nextId: 4 } });
    expect(chosen.filter.kinds).toEqual(['added']);
  });

  it('ignores a slower answer for a pair no longer chosen', () => {
    const chosen = periodComparisonReducer(loaded, { type: 'pairChosen', pair: { previousId: 2, nextId: 4 } });
    expect(periodComparisonReducer(chosen, { type: 'compared', compared }).compared).toBeUndefined();
    expect(periodComparisonReducer(loaded, { type: 'compared', compared }).compared).toBe(compared);
  });

  it('reads both catalogues in one call and reports a failure as a value to retry', async () => {
    const asked: number[][] = [];
    const services = {
      locale: 'de-DE',
      catalogue: {
        snapshots: async (ids: readonly number[]) => {
          asked.push([...ids]);
          return new Map([[3, previous], [4, next]]);
        }
      }
    } as unknown as PeriodComparisonServices;
    const events: PeriodComparisonEvent[] = [];
    await comparePair(services, loaded, (event) => events.push(event));
    expect(asked).toEqual([[3, 4]]);
    expect(events.map((event) => event.type)).toEqual(['comparing', 'compared']);

    const failing = { ...services, catalogue: { snapshots: async () => Promise.reject(new Error('503')) } } as unknown as PeriodComparisonServices;
    const failed: PeriodComparisonEvent[] = [];
    await comparePair(failing, loaded, (event) => failed.push(event));
    expect(failed.map((event) => event.type)).toEqual(['comparing', 'failed']);
    const afterFailure = failed.reduce(periodComparisonReducer, loaded);
    expect(periodComparisonReducer(afterFailure, { type: 'retried' }).status).toBe('comparing');
  });
});
