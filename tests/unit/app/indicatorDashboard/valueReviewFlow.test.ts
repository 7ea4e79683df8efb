import type { Department, Indicator, IndicatorValue, Measure, ValueReview, ValueReviewDecision } from '../../../../src/domain';
import { draftValueReview } from '../../../../src/domain';
import { ServiceError } from '../../../../src/http/serviceError';
import type { DashboardData } from '../../../../src/app/indicatorDashboard/dashboardData';
import { entriesShown, pendingOf, reviewOverviewOf } from '../../../../src/app/indicatorDashboard/reviewOverview';
import type { ReviewEntry } from '../../../../src/app/indicatorDashboard/reviewOverview';
import { decideEntries, initialValueReview, ReviewRecorded, ReviewServices, valueReviewReducer, ValueReviewFlowEvent, ValueReviewFlowState, withReviews } from '../../../../src/app/indicatorDashboard/valueReviewFlow';
import type { ValueReviewOutcome } from '../../../../src/data/valueReviewRepository';

const social = { id: 50, number: '50', name: 'Soziales' } as Department;
const school = { id: 40, number: '40', name: 'Schule' } as Department;
const measure = (id: number, status: Measure['status']): Measure => ({ id, number: `1.${id}`, title: `Maßnahme ${id}`, status }) as Measure;
const indicator = (id: number, departmentId: number, measureId: number): Indicator => ({ id, title: `Kennzahl ${id}`, departmentId, measureId, isGenderSplit: false }) as Indicator;
const value = (indicatorId: number, year: number, total: number, etag: string, departmentId = 50): IndicatorValue => ({ id: indicatorId * 10 + year - 2000, indicatorId, year, total, etag, departmentId });
const review = (id: number, valueKey: string, decision: ValueReviewDecision, reviewedETag: string, comment?: string): ValueReview => ({
  id,
  valueKey,
  indicatorId: Number(valueKey.split('-')[0]),
  year: Number(valueKey.split('-')[1]),
  departmentId: 50,
  decision,
  reviewedETag,
  reviewedAt: `2026-02-0${id}T09:00:00Z`,
  ...(comment ? { comment } : {})
});

const source = {
  departments: [school, social],
  measures: [measure(1, 'inProgress'), measure(2, 'planned'), measure(3, 'ongoing')],
  // 1, 2, 3, 5: Soziales (2 is not owed, but reported); 4: Schule, owed and missing.
  indicators: [indicator(1, 50, 1), indicator(2, 50, 2), indicator(3, 50, 1), indicator(4, 40, 3), indicator(5, 50, 3), indicator(6, 50, 2)],
  values: [value(1, 2025, 120, '"2"'), value(1, 2024, 100, '"1"'), value(2, 2025, 7, '"1"'), value(3, 2025, 9, '"3"')],
  reviews: [review(1, '1-2025', 'accepted', '"2"'), review(2, '3-2025', 'returned', '"3"', 'Quelle fehlt'), review(3, '1-2024', 'accepted', '"1"')]
};

describe('where the values of a year stand, per department', () => {
  const overview = reviewOverviewOf(2025, source);

  it('counts every owed value and every reported one, missing included, and leaves out what nobody owes', () => {
    expect(overview.map((row) => [row.department.number, row.tally])).toEqual([
      ['40', { missing: 1, submitted: 0, returned: 0, accepted: 0 }],
      ['50', { missing: 1, submitted: 1, returned: 1, accepted: 1 }]
    ]);
    expect(overview[1].entries.map((entry) => entry.indicator.id)).not.toContain(6);
    expect(pendingOf(overview)).toEqual({ submitted: 1, returned: 1 });
  });

  it('puts the year before beside a value for plausibility, and lists one state of one department', () => {
    const [row] = entriesShown(overview, 'accepted', 50);
    expect(row.entries.map((entry) => [entry.key, entry.previous?.total])).toEqual([['1-2025', 100]]);
    expect(entriesShown(overview, 'returned', undefined).map((shown) => shown.entries.map((entry) => entry.status.latest?.comment))).toEqual([['Quelle fehlt']]);
    expect(entriesShown(overview, 'submitted', 40)).toEqual([]);
  });
});

describe('the review list', () => {
  const run = (events: readonly ValueReviewFlowEvent[], from: ValueReviewFlowState = initialValueReview(2025)): ValueReviewFlowState => events.reduce(valueReviewReducer, from);

  it('shows the submitted values of the reporting year first, and opens at a department from the completeness view', () => {
    expect(run([])).toMatchObject({ year: 2025, state: 'submitted' });
    expect(run([]).departmentId).toBeUndefined();
    expect(run([{ type: 'drilledDown', year: 2024, departmentId: 50, state: 'returned' }])).toMatchObject({ year: 2024, departmentId: 50, state: 'returned' });
  });

  it('asks for the comment of a return until one is written, and keeps the dialog while the return is saved', () => {
    const asked = run([{ type: 'returnOpened', key: '3-2025' }, { type: 'commentMissing' }]);
    expect(asked).toMatchObject({ returning: '3-2025', isCommentMissing: true });
    const typed = run([{ type: 'commentChanged', comment: 'Bitte Quelle ergänzen' }], asked);
    expect(typed.isCommentMissing).toBe(false);
    const saving = run([{ type: 'writing', total: 1 }, { type: 'returnCancelled' }, { type: 'yearPicked', year: 2024 }], typed);
    expect(saving).toMatchObject({ returning: '3-2025', year: 2025, isWriting: true, progress: { done: 0, total: 1 } });
    const done = run([{ type: 'finished', notice: { kind: 'finished', decision: 'returned', recorded: ['Kennzahl 3'], changed: [], failed: [] } }], saving);
    expect(done).toMatchObject({ returning: undefined, comment: '', isWriting: false, progress: undefined, notice: { kind: 'finished' } });
  });
});

/** The review list's services as the flow sees them: current values, and the decisions it records. */
function fakeServices(current: IndicatorValue[], failKeys: ReadonlySet<string> = new Set()) {
  const recorded: ValueReview[] = [];
  const progress: number[] = [];
  const services = {
    indicatorValues: { valuesOf: async () => current.map((stored) => ({ ...stored })) },
    valueReviews: {
      decide: async (decisions: ReadonlyArray<{ value: IndicatorValue; decision: ValueReviewDecision; comment?: string }>, options: { onProgress?: (done: number, total: number) => void } = {}) =>
        decisions.map(({ value: decided, decision, comment }, index): ValueReviewOutcome => {
          options.onProgress?.(index + 1, decisions.length);
          const draft = draftValueReview(decided, decision, comment, new Date('2026-03-01T10:00:00Z'), `key-${index}`);
          if (!draft.ok) return { kind: 'failed', valueKey: `${decided.indicatorId}-${decided.year}`, status: 400, message: draft.reason };
          if (failKeys.has(draft.review.valueKey)) return { kind: 'failed', valueKey: draft.review.valueKey, status: 503, message: 'Server busy' };
          const { createKey: _key, ...content } = draft.review;
          const stored = { ...content, id: 100 + recorded.length };
          recorded.push(stored);
          progress.push(index + 1);
          return { kind: 'recorded', valueKey: stored.valueKey, review: stored };
        })
    }
  } as unknown as ReviewServices;
  return { services, recorded, progress };
}

describe('deciding on values', () => {
  const entries = (): ReviewEntry[] => entriesShown(reviewOverviewOf(2025, { ...source, reviews: [] }), 'submitted', 50)[0].entries as ReviewEntry[];

  it('accepts all shown values of a department, reporting progress, and hands the decisions to the dashboard', async () => {
    const site = fakeServices(source.values);
    const events: ValueReviewFlowEvent[] = [];
    const rounds: ReviewRecorded[] = [];
    await decideEntries({ services: site.services, entries: entries(), decision: 'accepted', dispatch: (event) => events.push(event), onRecorded: (round) => rounds.push(round) });
    expect(site.recorded.map((stored) => [stored.valueKey, stored.reviewedETag])).toEqual([['1-2025', '"2"'], ['3-2025', '"3"'], ['2-2025', '"1"']]);
    expect(events.filter((event) => event.type === 'progressed').map((event) => (event as { done: number }).done)).toEqual([1, 2, 3]);
    expect(events[events.length - 1]).toMatchObject({ type: 'finished', notice: { kind: 'finished', recorded: ['Kennzahl 1', 'Kennzahl 3', 'Kennzahl 2'], changed: [], failed: [] } });
    expect(rounds[0].reviews).toHaveLength(3);
  });

  it('does not decide on a value its department changed since it was shown, and shows the new version instead', async () => {
    const newer = { ...source.values[3], total: 11, etag: '"4"' };
    const site = fakeServices([source.values[0], source.values[2], newer]);
    const events: ValueReviewFlowEvent[] = [];
    const rounds: ReviewRecorded[] = [];
    await decideEntries({ services: site.services, entries: entries(), decision: 'accepted', dispatch: (event) => events.push(event), onRecorded: (round) => rounds.push(round) });
    expect(site.recorded.map((stored) => stored.valueKey)).toEqual(['1-2025', '2-2025']);
    expect(rounds[0].values).toEqual([newer]);
    expect(events[events.length - 1]).toMatchObject({ notice: { changed: ['Kennzahl 3'] } });
  });

  it('writes no return without a comment, and one with the comment', async () => {
    const site = fakeServices(source.values);
    const events: ValueReviewFlowEvent[] = [];
    const [entry] = entries();
    await decideEntries({ services: site.services, entries: [entry], decision: 'returned', comment: ' ', dispatch: (event) => events.push(event), onRecorded: () => undefined });
    expect(events).toEqual([{ type: 'commentMissing' }]);
    expect(site.recorded).toEqual([]);
    await decideEntries({ services: site.services, entries: [entry], decision: 'returned', comment: 'Bitte Quelle ergänzen', dispatch: (event) => events.push(event), onRecorded: () => undefined });
    expect(site.recorded).toMatchObject([{ decision: 'returned', comment: 'Bitte Quelle ergänzen', valueKey: '1-2025' }]);
  });

  it('names the values not saved with what happened, and keeps the others', async () => {
    const site = fakeServices(source.values, new Set(['2-2025']));
    const events: ValueReviewFlowEvent[] = [];
    await decideEntries({ services: site.services, entries: entries(), decision: 'accepted', dispatch: (event) => events.push(event), onRecorded: () => undefined });
    const last = events[events.length - 1] as Extract<ValueReviewFlowEvent, { type: 'finished' }>;
    expect(last.notice).toMatchObject({ recorded: ['Kennzahl 1', 'Kennzahl 3'], failed: [{ title: 'Kennzahl 2' }] });
    const failure = (last.notice as Extract<typeof last.notice, { kind: 'finished' }>).failed[0].error;
    expect([failure.status, failure.isThrottled]).toEqual([503, true]);
  });

  it('writes nothing and says so when the values cannot be read again', async () => {
    const site = fakeServices(source.values);
    (site.services.indicatorValues as { valuesOf: unknown }).valuesOf = async () => Promise.reject(new ServiceError(0, 'Failed to fetch'));
    const events: ValueReviewFlowEvent[] = [];
    await decideEntries({ services: site.services, entries: entries(), decision: 'accepted', dispatch: (event) => events.push(event), onRecorded: () => undefined });
    expect(site.recorded).toEqual([]);
    expect(events[events.length - 1]).toMatchObject({ type: 'finished', notice: { kind: 'failed' } });
  });

  it("shows the dashboard's data with the new decisions and changed values", () => {
    const data = { values: source.values, reviews: [] } as unknown as DashboardData;
    const changed = { ...source.values[3], total: 11, etag: '"4"' };
    const shown = withReviews(data, [{ reviews: [review(4, '2-2025', 'accepted', '"1"')], values: [changed] }]);
    expect(shown.reviews.map((stored) => stored.valueKey)).toEqual(['2-2025']);
    expect(shown.values.find((stored) => stored.indicatorId === 3)).toEqual(changed);
    expect(shown.values).toHaveLength(4);
  });
});
