import {
  initialPrepareStep,
  overallProgress,
  PrepareAction,
  prepareProblem,
  prepareReducer,
  PrepareStep,
  prepareSummary,
  runCopy
} from '../../../../src/app/planPeriods/prepareNextPeriod';
import type { PrepareNextPeriodServices } from '../../../../src/app/planPeriods/prepareNextPeriod';
import { copyErrorCodes } from '../../../../src/data/planPeriodCopier';
import type { CopyRunResult } from '../../../../src/data/planPeriodCopier';
import type { MeasureStatus, PlanPeriod } from '../../../../src/domain';
import type { CopySource } from '../../../../src/domain/planPeriodCopy';
import type { ComparedMeasure } from '../../../../src/domain/periodComparison';
import { ServiceError } from '../../../../src/http/serviceError';

const source: PlanPeriod = { id: 2, title: '2. Fortschreibung 2019–2021', updateNumber: 2, startYear: 2019, endYear: 2021, status: 'adopted' };
const measure = (id: number, status: MeasureStatus): ComparedMeasure => ({ id, title: `Maßnahme ${id}`, number: `1.1.${id}`, goalId: 21, planPeriodId: 2, leadDepartmentId: 1, involvedDepartmentIds: [], status });
const snapshot: CopySource = {
  guidingGoals: [{ id: 1, title: 'Teilhabe für alle', sortOrder: 1, planPeriodId: 2 }],
  fieldsOfAction: [{ id: 11, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 2 }],
  goals: [{ id: 21, title: 'Sprachförderung', number: '1.1', fieldOfActionId: 11, planPeriodId: 2 }],
  measures: [measure(31, 'inProgress'), measure(32, 'implemented'), measure(33, 'dropped'), measure(34, 'ongoing'), measure(35, 'planned')],
  indicators: [{ id: 41, title: 'Teilnehmende', measureId: 32, goalId: 21, departmentId: 1, unit: 'Personen', direction: 'higherIsBetter', targetValue: 120, isGenderSplit: true }]
};
const counts = (done: number): CopyRunResult['counts'] => ({
  guidingGoal: { done: 1, total: 1 },
  fieldOfAction: { done: 1, total: 1 },
  goal: { done: 1, total: 1 },
  measure: { done, total: 3 },
  indicator: { done: 0, total: 0 }
});
const draft: PlanPeriod = { id: 9, title: '3. Fortschreibung 2022–2024', updateNumber: 3, startYear: 2022, endYear: 2024, status: 'draft' };

const run = (...actions: PrepareAction[]): PrepareStep => actions.reduce(prepareReducer, initialPrepareStep);

describe('preparing the next plan period: the workflow', () => {
  it('offers the default choice after loading: implemented and dropped measures stay behind', () => {
    const step = run({ type: 'loaded', snapshot });
    expect(step.kind === 'choosing' && step.carried).toEqual(['planned', 'inProgress', 'ongoing', 'suspended']);
    const summary = prepareSummary(source, snapshot, step.kind === 'choosing' ? step.carried : []);
    expect(summary.next.title).toBe('3. Fortschreibung 2022–2024');
    expect(summary.counts).toEqual({ guidingGoal: 1, fieldOfAction: 1, goal: 1, measure: 3, indicator: 0 });
    expect(summary.leftBehind).toBe(2);
    expect(summary.byStatus.get('implemented')).toBe(1);
  });

  it('carries a status once ticked, with its measures and their indicators, and drops it again', () => {
    const ticked = run({ type: 'loaded', snapshot }, { type: 'statusToggled', status: 'implemented' });
    expect(ticked.kind === 'choosing' && ticked.carried).toEqual(['planned', 'inProgress', 'implemented', 'ongoing', 'suspended']);
    expect(prepareSummary(source, snapshot, ticked.kind === 'choosing' ? ticked.carried : []).counts).toMatchObject({ measure: 4, indicator: 1 });
    const unticked = prepareReducer(ticked, { type: 'statusToggled', status: 'implemented' });
    expect(unticked.kind === 'choosing' && unticked.carried).toEqual(['planned', 'inProgress', 'ongoing', 'suspended']);
  });

  it('shows the progress of all levels together and keeps the choice fixed while copying', () => {
    const loaded = run({ type: 'loaded', snapshot });
    const summary = prepareSummary(source, snapshot, loaded.kind === 'choosing' ? loaded.carried : []);
    const copying = run({ type: 'loaded', snapshot }, { type: 'started' }, { type: 'progressed', progress: { level: 'guidingGoal', done: 1, total: 1 } }, { type: 'progressed', progress: { level: 'fieldOfAction', done: 0, total: 1 } });
    expect(overallProgress(copying, summary)).toEqual({ done: 1, total: 6, level: 'fieldOfAction' });
    expect(prepareReducer(copying, { type: 'statusToggled', status: 'dropped' })).toBe(copying);
  });

  it('ends interrupted when items failed, offers to continue, and is done after a complete run', () => {
    const failed = run({ type: 'loaded', snapshot }, { type: 'started' }, { type: 'finished', result: { draft, counts: counts(1), failures: [{ level: 'measure', sourceId: 34, title: 'Maßnahme 34', status: 503, serviceMessage: 'busy' }], isComplete: false } });
    expect(failed.kind).toBe('interrupted');
    expect(prepareProblem(failed)).toBe('interrupted');
    const resumed = prepareReducer(failed, { type: 'started' });
    expect(resumed.kind).toBe('copying');
    const done = prepareReducer(resumed, { type: 'finished', result: { draft, counts: counts(3), failures: [], isComplete: true } });
    expect(done.kind).toBe('done');
    expect(overallProgress(done, prepareSummary(source, snapshot, ['planned']))).toEqual({ done: 6, total: 6 });
  });

  it('names the problem: clashing keys, a period past draft, no permission, or a failure of the run', () => {
    const failWith = (error: unknown): PrepareStep => run({ type: 'loaded', snapshot }, { type: 'started' }, { type: 'failed', error });
    expect(prepareProblem(failWith(new ServiceError(409, 'x', copyErrorCodes.duplicateKeys)))).toBe('duplicateKeys');
    expect(prepareProblem(failWith(new ServiceError(409, 'x', copyErrorCodes.periodNotDraft)))).toBe('periodNotDraft');
    expect(prepareProblem(failWith(new ServiceError(403, 'Zugriff verweigert')))).toBe('accessDenied');
    expect(prepareProblem(failWith(new Error('boom')))).toBe('failed');
    const refused = run({ type: 'loaded', snapshot }, { type: 'started' }, { type: 'finished', result: { draft, counts: counts(0), failures: [{ level: 'guidingGoal', sourceId: 1, title: 'x', status: 403, serviceMessage: 'denied' }], isComplete: false } });
    expect(prepareProblem(refused)).toBe('accessDenied');
    expect(prepareProblem(run({ type: 'loaded', snapshot }))).toBeUndefined();
  });

  it('runs the copy with the chosen statuses and reports progress, outcome or failure', async () => {
    const actions: PrepareAction[] = [];
    const copy = jest.fn(async (_source: PlanPeriod, _snapshot: CopySource, options: { onProgress?: (p: { level: 'measure'; done: number; total: number }) => void }) => {
      options.onProgress?.({ level: 'measure', done: 2, total: 3 });
      return { draft, counts: counts(3), failures: [], isComplete: true };
    });
    const services = { planPeriodCopier: { copy } } as unknown as PrepareNextPeriodServices;
    const result = await runCopy(services, source, snapshot, ['planned'], (action) => actions.push(action));
    expect(result?.draft).toBe(draft);
    expect(copy.mock.calls[0][2]).toMatchObject({ carriedStatuses: ['planned'] });
    expect(actions.map((action) => action.type)).toEqual(['started', 'progressed', 'finished']);

    const failing = { planPeriodCopier: { copy: jest.fn().mockRejectedValue(new ServiceError(0, 'offline')) } } as unknown as PrepareNextPeriodServices;
    const after: PrepareAction[] = [];
    expect(await runCopy(failing, source, snapshot, ['planned'], (action) => after.push(action))).toBeUndefined();
    expect(after.map((action) => action.type)).toEqual(['started', 'failed']);
  });
});
