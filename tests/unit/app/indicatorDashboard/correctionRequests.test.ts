import type { CorrectionRequest, IndicatorValue, IndicatorValueUpsert, ValueReview } from '../../../../src/domain';
import { correctionRequestOf } from '../../../../src/domain';
import { ServiceError } from '../../../../src/http/serviceError';
import type { DashboardData } from '../../../../src/app/indicatorDashboard/dashboardData';
import {
  acceptRequest,
  correctionHistoryOfIndicator,
  CorrectionReviewEvent,
  correctionReviewCommands,
  correctionReviewReducer,
  CorrectionReviewState,
  CorrectionServices,
  initialCorrectionReview,
  isAcceptanceUnfinished,
  withDecision
} from '../../../../src/app/indicatorDashboard/correctionRequests';

const stored: IndicatorValue = { id: 501, indicatorId: 12, year: 2024, total: 120, female: 60, male: 55, diverse: 1, notStated: 4, source: 'Kursstatistik', departmentId: 3, etag: '"4"' };

function openRequest(): CorrectionRequest {
  return {
    ...correctionRequestOf({ ...stored, total: 130, female: 70, isCorrection: true, correctionReason: 'Nachmeldung einer Außenstelle' }, 3),
    id: 9,
    etag: '"1"',
    requestedBy: 'Anna Schmidt',
    requestedAt: '2025-05-02T08:00:00Z'
  };
}

/** SharePoint as the workflow sees it: ETags per item, and each write's order recorded. */
class FakeSite {
  public request = openRequest();
  public value: IndicatorValue | undefined = { ...stored };
  /** The office's decisions on values (Wertprüfungen). */
  public reviews: ValueReview[] = [];
  public readonly log: string[] = [];
  /** Throws once at the named step. */
  public failAt: 'recordPrevious' | 'applyToValue' | 'acceptValue' | 'decide' | undefined;
  private version = 10;

  public services(): CorrectionServices {
    const site = this;
    const fail = (step: string): void => {
      if (site.failAt === step) {
        site.failAt = undefined;
        throw new ServiceError(503, 'Server busy');
      }
    };
    return {
      correctionRequests: {
        request: async () => ({ ...site.request }),
        recordPrevious: async (request: CorrectionRequest, previous: IndicatorValue) => {
          fail('recordPrevious');
          site.expectVersion(request);
          site.request = { ...site.request, previous: { total: previous.total, female: previous.female!, male: previous.male!, diverse: previous.diverse!, notStated: previous.notStated! }, etag: site.nextEtag() };
          site.log.push('recordPrevious');
          return { ...site.request };
        },
        applyToValue: async (value: IndicatorValue, siteUserId: number) => {
          fail('applyToValue');
          if (value.etag !== site.value?.etag) {
            throw new ServiceError(412, 'The version of the item has changed.');
          }
          site.value = { ...value, etag: site.nextEtag() };
          site.log.push(`applyToValue by ${siteUserId}`);
        },
        decide: async (request: CorrectionRequest, status: 'accepted' | 'rejected', _user: number, note?: string) => {
          fail('decide');
          site.expectVersion(request);
          site.request = { ...site.request, status, decidedBy: 'Büro für Integration', decidedAt: '2025-05-03T09:00:00Z', ...(note ? { decisionNote: note } : {}), etag: site.nextEtag() };
          site.log.push(`decide ${status}`);
          return { ...site.request };
        }
      },
      valueReviews: {
        reviewsOf: async () => [...site.reviews],
        accept: async (values: readonly IndicatorValue[]) => {
          fail('acceptValue');
          const accepted: ValueReview = {
            id: site.reviews.length + 1,
            valueKey: `${values[0].indicatorId}-${values[0].year}`,
            indicatorId: values[0].indicatorId,
            year: values[0].year,
            departmentId: values[0].departmentId!,
            decision: 'accepted',
            reviewedETag: values[0].etag!,
            reviewedAt: `2025-05-03T09:0${site.reviews.length}:00Z`
          };
          site.reviews.push(accepted);
          site.log.push('acceptValue');
          return [{ kind: 'recorded', valueKey: accepted.valueKey, review: accepted }];
        }
      },
      indicatorValues: {
        valuesOf: async () => (site.value ? [{ ...site.value }] : []),
        write: async (plan: readonly IndicatorValueUpsert[]) => {
          site.log.push('create');
          const step = plan[0] as Extract<IndicatorValueUpsert, { action: 'create' }>;
          site.value = { ...step.value, id: 777, etag: site.nextEtag() };
          return [{ key: step.key, kind: 'created', stored: site.value }];
        }
      }
    } as unknown as CorrectionServices;
  }

  private expectVersion(request: CorrectionRequest): void {
    if (request.etag !== this.request.etag) {
      throw new ServiceError(412, 'The version of the item has changed.');
    }
  }

  private nextEtag(): string {
    return `"${++this.version}"`;
  }
}

function runner(requests: readonly CorrectionRequest[]): { state: () => CorrectionReviewState; dispatch: (event: CorrectionReviewEvent) => void } {
  let state = correctionReviewReducer(initialCorrectionReview, { type: 'loaded', requests });
  return { state: () => state, dispatch: (event) => (state = correctionReviewReducer(state, event)) };
}

describe('accepting a correction request', () => {
  it('records the value before, then writes the value as a correction, then decides the request', async () => {
    const site = new FakeSite();
    const accepted = await acceptRequest(site.services(), site.request, 7);
    expect(site.log).toEqual(['recordPrevious', 'applyToValue by 7', 'acceptValue', 'decide accepted']);
    expect(site.value).toMatchObject({ id: 501, total: 130, female: 70, male: 55, isCorrection: true, correctionReason: 'Nachmeldung einer Außenstelle' });
    expect(accepted).toMatchObject({ status: 'accepted', previous: { total: 120, female: 60 } });
    // The corrected version is the one accepted, so the corrected value keeps counting in reports.
    expect(site.reviews.map((review) => review.reviewedETag)).toEqual([site.value!.etag]);
  });

  it('accepts the corrected version only once when the decision of the request fails and is repeated', async () => {
    const site = new FakeSite();
    site.failAt = 'decide';
    const run = runner([site.request]);
    const commands = correctionReviewCommands(site.services(), 7, run.dispatch, () => undefined);
    await commands.accept(site.request);
    await commands.accept(run.state().requests[0]);
    expect(site.log).toEqual(['recordPrevious', 'applyToValue by 7', 'acceptValue', 'decide accepted']);
    expect(site.reviews).toHaveLength(1);
  });

  it('leaves the request open when the acceptance of the corrected version fails, and completes it on the repeat', async () => {
    const site = new FakeSite();
    site.failAt = 'acceptValue';
    const run = runner([site.request]);
    const commands = correctionReviewCommands(site.services(), 7, run.dispatch, () => undefined);
    await commands.accept(site.request);
    expect(site.request.status).toBe('open');
    expect(isAcceptanceUnfinished(run.state().requests[0])).toBe(true);
    await commands.accept(run.state().requests[0]);
    expect(site.log).toEqual(['recordPrevious', 'applyToValue by 7', 'acceptValue', 'decide accepted']);
    expect(site.request.status).toBe('accepted');
  });

  it('shows a stop after the value was written as an unfinished acceptance, which accepting again completes without a second write', async () => {
    const site = new FakeSite();
    site.failAt = 'decide';
    const run = runner([site.request]);
    const decided: CorrectionRequest[] = [];
    const commands = correctionReviewCommands(site.services(), 7, run.dispatch, (_, request) => decided.push(request));
    await commands.accept(site.request);
    expect(run.state().notice).toMatchObject({ kind: 'failed' });
    const shown = run.state().requests[0];
    expect(isAcceptanceUnfinished(shown)).toBe(true);
    expect(site.value?.total).toBe(130);

    await commands.accept(shown);
    expect(site.log).toEqual(['recordPrevious', 'applyToValue by 7', 'acceptValue', 'decide accepted']);
    expect(run.state().requests).toEqual([]);
    expect(run.state().notice).toMatchObject({ kind: 'decided', decision: 'accepted' });
    expect(decided).toHaveLength(1);
    expect(decided[0].previous?.total).toBe(120);
  });

  it('keeps the value before when writing the value fails, and then writes it on the repeat', async () => {
    const site = new FakeSite();
    site.failAt = 'applyToValue';
    const run = runner([site.request]);
    const commands = correctionReviewCommands(site.services(), 7, run.dispatch, () => undefined);
    await commands.accept(site.request);
    expect(site.value?.total).toBe(120);
    expect(run.state().requests[0].previous?.total).toBe(120);
    await commands.accept(run.state().requests[0]);
    expect(site.value).toMatchObject({ total: 130, isCorrection: true });
    expect(site.request).toMatchObject({ status: 'accepted', previous: { total: 120 } });
  });

  it('refuses to write over a value changed since it was read (412), and leaves the request open', async () => {
    const site = new FakeSite();
    const services = site.services();
    const original = services.indicatorValues.valuesOf;
    services.indicatorValues.valuesOf = async (...args) => {
      const values = await original(...args);
      site.value = { ...site.value!, total: 125, etag: '"99"' }; // someone else writes meanwhile
      return values;
    };
    await expect(acceptRequest(services, site.request, 7)).rejects.toMatchObject({ status: 412 });
    expect(site.value?.total).toBe(125);
    expect(site.request.status).toBe('open');
  });

  it('creates a value reported for the first time after the lock, as a correction', async () => {
    const site = new FakeSite();
    site.value = undefined;
    await acceptRequest(site.services(), site.request, 7);
    expect(site.log).toEqual(['create', 'acceptValue', 'decide accepted']);
    expect(site.value).toMatchObject({ total: 130, isCorrection: true, correctionReason: 'Nachmeldung einer Außenstelle', departmentId: 3 });
  });

  it('tells that another coordinator decided meanwhile, and writes nothing', async () => {
    const site = new FakeSite();
    site.request = { ...site.request, status: 'rejected' };
    const run = runner([openRequest()]);
    await correctionReviewCommands(site.services(), 7, run.dispatch, () => undefined).accept(openRequest());
    expect(site.log).toEqual([]);
    expect(run.state()).toMatchObject({ requests: [], notice: { kind: 'alreadyDecided' } });
  });
});

describe('rejecting a correction request', () => {
  it('asks for a note first, then saves the rejection with it and leaves the value alone', async () => {
    const site = new FakeSite();
    const run = runner([site.request]);
    const commands = correctionReviewCommands(site.services(), 7, run.dispatch, () => undefined);
    run.dispatch({ type: 'rejectOpened', id: 9 });
    await commands.reject(site.request, '  ');
    expect(run.state().notice).toMatchObject({ kind: 'noteRequired' });
    expect(site.log).toEqual([]);
    await commands.reject(site.request, 'Bereits veröffentlicht');
    expect(site.log).toEqual(['decide rejected']);
    expect(site.request).toMatchObject({ status: 'rejected', decisionNote: 'Bereits veröffentlicht' });
    expect(site.value?.total).toBe(120);
    expect(run.state()).toMatchObject({ requests: [], rejectingId: undefined, notice: { kind: 'decided', decision: 'rejected' } });
  });

  it('keeps the notice of a decision when the list is shown again without the request', () => {
    const run = runner([openRequest()]);
    run.dispatch({ type: 'decided', decision: 'rejected', request: { ...openRequest(), status: 'rejected' } });
    run.dispatch({ type: 'loaded', requests: [] });
    expect(run.state().notice).toMatchObject({ kind: 'decided' });
  });
});

describe('the history of a corrected value', () => {
  const accepted: CorrectionRequest = { ...openRequest(), status: 'accepted', previous: { total: 120, female: 60, male: 55, diverse: 1, notStated: 4 }, decidedBy: 'Büro für Integration', decidedAt: '2025-05-03T09:00:00Z' };

  it('lists accepted requests with the value before and after, newest year first, and nothing open or rejected', () => {
    const rejected: CorrectionRequest = { ...openRequest(), id: 10, status: 'rejected' };
    const later: CorrectionRequest = { ...accepted, id: 11, year: 2025, valueKey: '12-2025' };
    expect(correctionHistoryOfIndicator([openRequest(), rejected, accepted, later], 12, [2023, 2024, 2025])).toEqual([
      expect.objectContaining({ year: 2025 }),
      { key: '9', year: 2024, decidedAt: '2025-05-03T09:00:00Z', decidedBy: 'Büro für Integration', reason: 'Nachmeldung einer Außenstelle', before: accepted.previous, after: accepted.requested }
    ]);
    expect(correctionHistoryOfIndicator([accepted], 13, [2024])).toEqual([]);
  });

  it('shows an accepted decision on the dashboard at once: the value corrected, the request decided', () => {
    const data = { values: [stored], correctionRequests: [openRequest()] } as unknown as DashboardData;
    const shown = withDecision(data, accepted);
    expect(shown.values).toEqual([expect.objectContaining({ id: 501, total: 130, isCorrection: true, correctionReason: 'Nachmeldung einer Außenstelle' })]);
    expect(shown.correctionRequests).toEqual([accepted]);
  });
});
