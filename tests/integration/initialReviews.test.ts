import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import { currentPlanPeriod } from '../../src/domain';
import { ServiceError } from '../../src/http/serviceError';
import { ReviewStoredWithoutDate } from '../../src/data/initialReviewRepository';
import type { InitialReviewInput } from '../../src/data/initialReviewRepository';
import { initialReviewProgress } from '../../src/domain';
import type { Department, Measure } from '../../src/domain';

describe('initial review repository against the local SharePoint', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let measures: Measure[];
  let departments: Department[];

  const inputFor = (measure: Measure, changes: Partial<InitialReviewInput> = {}): InitialReviewInput => ({
    measureId: measure.id,
    departmentId: measure.leadDepartmentId,
    title: `Erstgespräch ${measure.number ?? measure.id}`,
    isCurrent: 'yes',
    isAppropriate: 'no',
    implementationStatus: 'inProgress',
    notes: 'Finanzierung klären',
    reviewDate: '2026-11-20T09:00:00Z',
    ...changes
  });

  beforeAll(async () => {
    office = emulator.services(coordinator);
    const period = currentPlanPeriod(await office.catalogue.planPeriods())!;
    measures = await office.catalogue.measures(period.id);
    departments = await office.departments.departments();
  });

  it("reads the seeded reviews of the period's measures in pages, each with an ETag, and none of other measures", async () => {
    let pages = 0;
    const reviews = await office.initialReviews.reviews(
      measures.map((measure) => measure.id),
      { pageSize: 10, onProgress: () => (pages += 1) }
    );
    expect(reviews.length).toBeGreaterThan(10);
    expect(pages).toBeGreaterThan(1);
    const ids = new Set(measures.map((measure) => measure.id));
    for (const review of reviews) {
      expect(ids.has(review.measureId)).toBe(true);
      expect(review.etag).toBeTruthy();
      expect(['yes', 'no', 'open']).toContain(review.isCurrent);
    }
    // The demo has some departments fully interviewed and others not yet started.
    const progress = initialReviewProgress(departments.map((department) => department.id), measures, reviews);
    expect(progress.some((entry) => entry.measureCount > 0 && entry.reviewedCount === entry.measureCount)).toBe(true);
    expect(progress.some((entry) => entry.measureCount > 0 && entry.reviewedCount === 0)).toBe(true);

    const some = await office.initialReviews.reviews([reviews[0].measureId]);
    expect(some.map((review) => review.measureId)).toEqual([reviews[0].measureId]);
  });

  it('creates a review for an unreviewed measure and updates the same item on the next save', async () => {
    const reviewed = new Set((await office.initialReviews.reviews(measures.map((measure) => measure.id))).map((review) => review.measureId));
    const measure = measures.find((candidate) => !reviewed.has(candidate.id))!;
    expect(await office.initialReviews.reviewOf(measure.id)).toBeUndefined();

    const created = await office.initialReviews.save(inputFor(measure));
    expect(created).toMatchObject({ measureId: measure.id, departmentId: measure.leadDepartmentId, isCurrent: 'yes', isAppropriate: 'no', implementationStatus: 'inProgress', notes: 'Finanzierung klären' });
    expect(created.etag).toBeTruthy();

    const updated = await office.initialReviews.save(inputFor(measure, { isAppropriate: 'yes', notes: '' }), { id: created.id, etag: created.etag! });
    expect(updated.id).toBe(created.id);
    expect(updated.isAppropriate).toBe('yes');
    expect(updated.notes).toBeUndefined();
    expect(updated.etag).not.toBe(created.etag);
    expect(await office.initialReviews.reviewOf(measure.id)).toMatchObject({ id: created.id, isAppropriate: 'yes' });
    const all = await office.initialReviews.reviews([measure.id]);
    expect(all).toHaveLength(1);
  });

  it('refuses a save with a stale ETag with 412 and keeps the stored version', async () => {
    const [review] = await office.initialReviews.reviews([measures[0].id, ...measures.map((measure) => measure.id)]);
    const measure = measures.find((candidate) => candidate.id === review.measureId)!;
    const first = await office.initialReviews.save(inputFor(measure, { notes: 'Erste Fassung' }), { id: review.id, etag: review.etag! });
    const stale = await office.initialReviews.save(inputFor(measure, { notes: 'Veraltete Fassung' }), { id: review.id, etag: review.etag! }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ServiceError);
    expect((stale as ServiceError).status).toBe(412);
    expect((stale as ServiceError).isConflict).toBe(true);
    expect((await office.initialReviews.reviewOf(measure.id))?.notes).toBe(first.notes);
  });

  it('reports a review created meanwhile by someone else as a conflict instead of a duplicate', async () => {
    const reviewed = new Set((await office.initialReviews.reviews(measures.map((measure) => measure.id))).map((review) => review.measureId));
    const measure = measures.filter((candidate) => !reviewed.has(candidate.id))[1];
    await office.initialReviews.save(inputFor(measure, { notes: 'Kollegin war schneller' }));
    const second = await office.initialReviews.save(inputFor(measure, { notes: 'Zweite Anlage' })).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(ServiceError);
    expect((second as ServiceError).status).toBe(409);
    expect((second as ServiceError).isConflict).toBe(true);
    const stored = await office.initialReviews.reviews([measure.id]);
    expect(stored.map((review) => review.notes)).toEqual(['Kollegin war schneller']);
  });

  it('passes a lasting server error on as a ServiceError and writes nothing; a later save succeeds', async () => {
    const reviewed = new Set((await office.initialReviews.reviews(measures.map((measure) => measure.id))).map((review) => review.measureId));
    const measure = measures.filter((candidate) => !reviewed.has(candidate.id))[2];
    // The create (in the department's folder, through $batch) and the read-back by key both fail: nothing decides, so the send's error stands.
    await emulator.injectFault({ status: 500, count: 10, path: '_api/\\$batch' });
    const failed = await office.initialReviews.save(inputFor(measure)).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ServiceError);
    expect((failed as ServiceError).status).toBe(500);
    await emulator.clearFaults();
    expect(await office.initialReviews.reviewOf(measure.id)).toBeUndefined();
    await expect(office.initialReviews.save(inputFor(measure))).resolves.toMatchObject({ measureId: measure.id });
  });

  it("stores a review in its department's folder; when its date cannot be written it says so, and a save with the stored version adds it", async () => {
    const reviewed = new Set((await office.initialReviews.reviews(measures.map((measure) => measure.id))).map((review) => review.measureId));
    const measure = measures.filter((candidate) => !reviewed.has(candidate.id))[3];
    // The create succeeds; the MERGE of its date (items(<id>) without a query) keeps failing.
    await emulator.injectFault({ status: 500, count: 10, path: 'InitialReviews.*items\\(\\d+\\)$' });
    const failed = await office.initialReviews.save(inputFor(measure)).catch((error: unknown) => error);
    await emulator.clearFaults();
    expect((failed as ServiceError).status).toBe(500);
    expect((failed as ServiceError).serviceMessage).toMatch(/stored without its interview date/);
    const stored = (await office.initialReviews.reviewOf(measure.id))!;
    expect(stored.reviewDate).toBeUndefined();
    // The failure hands over the stored version, so the page's retry updates instead of creating again.
    expect((failed as ReviewStoredWithoutDate).stored).toEqual(stored);
    const completed = await office.initialReviews.save(inputFor(measure), { id: stored.id, etag: stored.etag! });
    expect(completed.reviewDate).toBe('2026-11-20T09:00:00Z');
    const departments = await office.departments.departments();
    const folder = (await emulator.sp(coordinator).web.getList('/sites/integration/Lists/InitialReviews').items.getById(stored.id).select('FileDirRef')()) as { FileDirRef: string };
    expect(folder.FileDirRef).toBe(`/sites/integration/Lists/InitialReviews/${departments.find((department) => department.id === measure.leadDepartmentId)!.number}`);
  });

  it('rides out brief throttling on the paged read, and reports lasting throttling as such', async () => {
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 10, path: 'Lists(/|%2F)InitialReviews' });
    const throttled = await office.initialReviews.reviews(measures.map((measure) => measure.id)).catch((error: unknown) => error);
    expect((throttled as ServiceError).isThrottled).toBe(true);
    await emulator.clearFaults();
    await emulator.injectFault({ status: 429, retryAfter: 0, count: 2, path: 'Lists(/|%2F)InitialReviews' });
    const reviews = await office.initialReviews.reviews(measures.map((measure) => measure.id));
    expect(reviews.length).toBeGreaterThan(10);
  });

  it("refuses a department contact's save with 403 and changes nothing", async () => {
    const contact = emulator.people.anyContact();
    const own = departments.find((department) => department.number === contact.department)!;
    const measure = measures.find((candidate) => candidate.leadDepartmentId === own.id)!;
    const before = await office.initialReviews.reviewOf(measure.id);
    const refused = await emulator.services(contact.login)
      .initialReviews.save(inputFor(measure, { notes: 'Vom Fachbereich' }), before ? { id: before.id, etag: before.etag! } : undefined)
      .catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(403);
    expect((await office.initialReviews.reviewOf(measure.id))?.notes).toBe(before?.notes);
  });
});
