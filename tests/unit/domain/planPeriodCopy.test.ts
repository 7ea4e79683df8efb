import { canPrepareNextFrom, copiedId, copyCounts, copyKey, measuresByStatus, nextPeriodOf, planPeriodCopy, remainingSteps, stepsOf } from '../../../src/domain/planPeriodCopy';
import type { CopySource } from '../../../src/domain/planPeriodCopy';
import type { CatalogueSnapshot, ComparedMeasure } from '../../../src/domain/periodComparison';
import type { MeasureStatus } from '../../../src/domain/choices';

const measure = (id: number, goalId: number, status: MeasureStatus): ComparedMeasure => ({
  id,
  title: `Maßnahme ${id}`,
  goalId,
  planPeriodId: 1,
  leadDepartmentId: 1,
  involvedDepartmentIds: [],
  status
});

const source: CatalogueSnapshot = {
  fieldsOfAction: [
    { id: 12, title: 'Arbeit', sortOrder: 2, planPeriodId: 1 },
    { id: 11, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 1 }
  ],
  goals: [
    { id: 21, title: 'Sprachförderung', number: '1.1', fieldOfActionId: 11, planPeriodId: 1 },
    { id: 22, title: 'Ausbildung', number: '2.1', fieldOfActionId: 12, planPeriodId: 1 }
  ],
  measures: [measure(31, 21, 'inProgress'), measure(32, 21, 'implemented'), measure(33, 22, 'dropped'), measure(34, 22, 'ongoing')],
  indicators: [
    { id: 41, title: 'Teilnehmende Sprachkurse', measureId: 31, departmentId: 1, unit: 'Personen', direction: 'higherIsBetter', targetValue: 120, isGenderSplit: true },
    { id: 42, title: 'Abschlüsse', measureId: 32, departmentId: 1, unit: 'Personen', direction: 'higherIsBetter', isGenderSplit: false },
    { id: 43, title: 'Ausbildungsquote', goalId: 22, departmentId: 1, unit: '%', direction: 'higherIsBetter', targetValue: 60, isGenderSplit: false }
  ]
};

describe('preparing the next plan period', () => {
  it('carries all fields and goals, leaves implemented and dropped measures behind by default, and indicators go with their measure or goal', () => {
    const plan = planPeriodCopy(source, 7);
    expect(plan.steps.map((step) => `${step.level}:${step.source.id}`)).toEqual(['fieldOfAction:11', 'fieldOfAction:12', 'goal:21', 'goal:22', 'measure:31', 'measure:34', 'indicator:41', 'indicator:43']);
    expect(plan.leftBehind.map((left) => left.id)).toEqual([32, 33]);
  });

  it('carries the statuses the office chooses', () => {
    const plan = planPeriodCopy(source, 7, { carriedStatuses: ['implemented'] });
    expect(plan.steps.filter((step) => step.level !== 'fieldOfAction' && step.level !== 'goal').map((step) => step.source.id)).toEqual([32, 42, 43]);
  });

  it('gives each copy a key of target period and source item, and measures the key the caller names', () => {
    const plan = planPeriodCopy(source, 7, { measureKey: (item) => `3|${item.title}` });
    const keys = plan.steps.map((step) => step.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(copyKey(7, 'goal', 21));
    expect(keys).toContain('3|Maßnahme 31');
    expect(planPeriodCopy(source, 8).steps[0].key).not.toBe(plan.steps[0].key);
  });

  it('resumes an interrupted copy with the steps not yet written, and finds the copies of parents written before', () => {
    const plan = planPeriodCopy(source, 7);
    const written = new Map(plan.steps.slice(0, 3).map((step, index) => [step.key, 100 + index]));
    expect(remainingSteps(plan, written).map((step) => `${step.level}:${step.source.id}`)).toEqual(['goal:22', 'measure:31', 'measure:34', 'indicator:41', 'indicator:43']);
    expect(copiedId(plan, written, 'goal', 21)).toBe(102);
    expect(copiedId(plan, written, 'goal', 22)).toBeUndefined();
    expect(copiedId(plan, written, 'measure', 32)).toBeUndefined();
    expect(remainingSteps(plan, new Map(plan.steps.map((step, index) => [step.key, index])))).toEqual([]);
  });

  const withGuidingGoals: CopySource = {
    ...source,
    guidingGoals: [
      { id: 3, title: 'Teilhabe für alle', sortOrder: 2, planPeriodId: 1 },
      { id: 2, title: 'Vielfalt als Stärke', sortOrder: 1, planPeriodId: 1, description: 'Leitbild des Rates' }
    ]
  };

  it('copies the guiding goals first, in their order, each keyed by target period and source', () => {
    const plan = planPeriodCopy(withGuidingGoals, 7);
    expect(plan.steps.slice(0, 3).map((step) => `${step.level}:${step.source.id}`)).toEqual(['guidingGoal:2', 'guidingGoal:3', 'fieldOfAction:11']);
    expect(stepsOf(plan, 'guidingGoal').map((step) => step.key)).toEqual([copyKey(7, 'guidingGoal', 2), copyKey(7, 'guidingGoal', 3)]);
    expect(copyCounts(plan)).toEqual({ guidingGoal: 2, fieldOfAction: 2, goal: 2, measure: 2, indicator: 2 });
    expect(copiedId(plan, new Map([[copyKey(7, 'guidingGoal', 3), 90]]), 'guidingGoal', 3)).toBe(90);
  });

  it('carries indicators with their targets, unit and department unchanged; the copy only links to them', () => {
    const indicators = stepsOf(planPeriodCopy(withGuidingGoals, 7), 'indicator').map((step) => step.source);
    expect(indicators.map((indicator) => [indicator.id, indicator.targetValue, indicator.unit, indicator.measureId, indicator.goalId])).toEqual([
      [41, 120, 'Personen', 31, undefined],
      [43, 60, '%', undefined, 22]
    ]);
  });

  it('finds carried measures that would share a key before anything is written, and ignores those left behind', () => {
    const twins: CopySource = { ...source, measures: [...source.measures, { ...measure(35, 21, 'planned'), title: 'Maßnahme 31' }, { ...measure(36, 21, 'dropped'), title: 'Maßnahme 31' }] };
    const plan = planPeriodCopy(twins, 7, { measureKey: (item) => `FS3|${item.goalId}|${item.title}` });
    expect(plan.duplicateKeys.map((sharing) => sharing.map((item) => item.id))).toEqual([[31, 35]]);
    expect(planPeriodCopy(source, 7, { measureKey: (item) => `FS3|${item.title}` }).duplicateKeys).toEqual([]);
  });

  it('counts the measures per status, for the choice of what to carry', () => {
    expect([...measuresByStatus(source.measures)].sort()).toEqual([['dropped', 1], ['implemented', 1], ['inProgress', 1], ['ongoing', 1]]);
  });

  it('names the next period after the council papers: next number, as many years, from the year after', () => {
    expect(nextPeriodOf({ updateNumber: 2, startYear: 2019, endYear: 2021 })).toEqual({ updateNumber: 3, startYear: 2022, endYear: 2024, title: '3. Fortschreibung 2022–2024' });
  });

  it('offers preparing the next update only from a period whose successor is missing or still a draft', () => {
    const period = (updateNumber: number, status: 'draft' | 'adopted' | 'closed') => ({ id: updateNumber, title: `${updateNumber}. Fortschreibung`, updateNumber, startYear: 2013 + 3 * updateNumber, endYear: 2015 + 3 * updateNumber, status });
    const periods = [period(3, 'closed'), period(4, 'adopted'), period(5, 'draft')];
    expect(periods.filter((candidate) => canPrepareNextFrom(candidate, periods)).map((candidate) => candidate.updateNumber)).toEqual([4]);
    // Without a draft yet, the current period offers it too; a draft is never a source.
    expect(canPrepareNextFrom(periods[1], periods.slice(0, 2))).toBe(true);
    expect(canPrepareNextFrom(periods[2], periods)).toBe(false);
  });
});
