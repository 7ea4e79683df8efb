import { coordinator, useTestEmulator } from './support/testEmulator';
import { failureOf } from './support/serviceFailure';
import { rawRest, type RawRestAnswer } from './support/rawRest';
import { newCreateKey } from '../../src/data/sp/keyedCreate';
import { correctionRequestOf, indicatorValueKey, latestReviews, reviewStatusOf } from '../../src/domain';
import { acceptRequest } from '../../src/app/indicatorDashboard/correctionRequests';
import type { IndicatorValue } from '../../src/domain';

/**
 * The office's review of submitted values in the local SharePoint: decisions recorded through the
 * product's services, the accepted values the reports count, and a department's write that makes
 * an accepted value submitted again. A department contact reads the decisions, and SharePoint
 * refuses the contact's own writes made with raw REST.
 */

const reviewsUrl = '/sites/integration/Lists/ValueReviews';
/** The demo seed opens last year, the one being collected, and locks the year before. */
const openYear = new Date().getFullYear() - 1;
const lockedYear = openYear - 1;

describe('review of submitted values in the local SharePoint', () => {
  const emulator = useTestEmulator();
  const office = () => emulator.services(coordinator);

  const rest = (login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawRestAnswer> =>
    rawRest(emulator.siteUrl, login, method, path, body, headers);
  const items = (query: string): string => `web/GetList('${encodeURIComponent(reviewsUrl)}')/items?${query}`;

  /** The values of the open year, as the office reads them. */
  async function openYearValues(): Promise<IndicatorValue[]> {
    const indicators = await office().indicators.indicators();
    return office().indicatorValues.valuesOf(
      indicators.map((indicator) => indicator.id),
      [openYear]
    );
  }

  async function stateOf(value: IndicatorValue): Promise<string> {
    const [current] = await office().indicatorValues.valuesOf([value.indicatorId], [value.year]);
    const latest = latestReviews(await office().valueReviews.reviewsOf(value.year)).get(indicatorValueKey(value.indicatorId, value.year));
    return reviewStatusOf(current, latest).state;
  }

  it('records the acceptance of many values with who decided, and counts exactly those among the accepted values', async () => {
    const values = await openYearValues();
    const submitted: IndicatorValue[] = [];
    for (const value of values) {
      if ((await stateOf(value)) === 'submitted') submitted.push(value);
      if (submitted.length === 3) break;
    }
    expect(submitted).toHaveLength(3);
    const progress: number[] = [];
    const outcomes = await office().valueReviews.accept(submitted, { onProgress: (done) => progress.push(done) });
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['recorded', 'recorded', 'recorded']);
    expect(progress[progress.length - 1]).toBe(3);

    const reviews = await office().valueReviews.reviewsOf(openYear);
    const latest = latestReviews(reviews);
    for (const value of submitted) {
      const review = latest.get(indicatorValueKey(value.indicatorId, value.year))!;
      expect(review).toMatchObject({ decision: 'accepted', reviewedETag: value.etag, departmentId: value.departmentId, reviewedBy: expect.any(String) });
      expect(await stateOf(value)).toBe('accepted');
    }
    const accepted = await office().valueReviews.acceptedValues([openYear]);
    const acceptedKeys = new Set(accepted.map((value) => indicatorValueKey(value.indicatorId, value.year)));
    expect(submitted.every((value) => acceptedKeys.has(indicatorValueKey(value.indicatorId, value.year)))).toBe(true);
    // Nothing that is not accepted counts.
    for (const value of accepted.slice(0, 10)) {
      expect(await stateOf(value)).toBe('accepted');
    }
  });

  it('returns a value only with a comment: without one nothing is written, with one the department reads it', async () => {
    const values = await openYearValues();
    let value: IndicatorValue | undefined;
    for (const candidate of values) {
      if ((await stateOf(candidate)) === 'submitted') {
        value = candidate;
        break;
      }
    }
    const before = (await office().valueReviews.reviewsOf(openYear)).length;
    const refused = await failureOf(office().valueReviews.returnValue(value!, '   '));
    expect(refused.status).toBe(400);
    expect((await office().valueReviews.reviewsOf(openYear)).length).toBe(before);

    const returned = await office().valueReviews.returnValue(value!, 'Die Quelle fehlt; bitte ergänzen.');
    expect(returned).toMatchObject({ decision: 'returned', comment: 'Die Quelle fehlt; bitte ergänzen.' });
    expect(await stateOf(value!)).toBe('returned');

    const department = (await office().departments.departments()).find((candidate) => candidate.id === value!.departmentId)!;
    const contact = emulator.people.contactOf(department.number).login;
    const seen = await emulator.services(contact).valueReviews.reviewsOf(openYear, department.id);
    expect(latestReviews(seen).get(indicatorValueKey(value!.indicatorId, value!.year))).toMatchObject({ decision: 'returned', comment: 'Die Quelle fehlt; bitte ergänzen.' });
  });

  it("makes an accepted value submitted again when its department changes it, and no longer counts it", async () => {
    const values = await openYearValues();
    const value = values.find((candidate) => candidate.departmentId !== undefined)!;
    await office().valueReviews.accept([value]);
    expect(await stateOf(value)).toBe('accepted');

    const department = (await office().departments.departments()).find((candidate) => candidate.id === value.departmentId)!;
    const contact = emulator.people.contactOf(department.number).login;
    const [own] = await emulator.services(contact).indicatorValues.valuesOf([value.indicatorId], [value.year]);
    const changed = { ...own, total: own.total + 1, female: undefined, male: undefined, diverse: undefined, notStated: undefined };
    const [written] = await emulator.services(contact).indicatorValues.write([{ action: 'update', key: indicatorValueKey(value.indicatorId, value.year), value: changed, existing: own }]);
    expect(written.kind).toBe('updated');

    expect(await stateOf(value)).toBe('submitted');
    const accepted = await office().valueReviews.acceptedValues([openYear]);
    expect(accepted.some((candidate) => candidate.id === value.id)).toBe(false);
  });

  it('keeps a value counting when the office accepts a correction of it: the corrected version is accepted', async () => {
    const indicators = await office().indicators.indicators();
    const accepted = await office().valueReviews.acceptedValues([lockedYear]);
    const value = accepted.find((candidate) => !candidate.isCorrection && candidate.departmentId !== undefined)!;
    expect(indicators.some((indicator) => indicator.id === value.indicatorId)).toBe(true);
    const department = (await office().departments.departments()).find((candidate) => candidate.id === value.departmentId)!;
    const contact = emulator.people.contactOf(department.number).login;
    const request = correctionRequestOf({ ...value, total: value.total + 2, female: undefined, male: undefined, diverse: undefined, notStated: undefined, isCorrection: true, correctionReason: 'Zwei Teilnehmende nachgemeldet' }, department.id);
    const [filed] = await emulator.services(contact).correctionRequests.file([request]);
    expect(filed.kind).toBe('filed');

    const { siteUserId } = await office().users.currentUser();
    await acceptRequest(office(), (filed as { request: typeof request }).request, siteUserId);
    const [corrected] = await office().indicatorValues.valuesOf([value.indicatorId], [lockedYear]);
    expect(corrected.etag).not.toBe(value.etag);
    expect(await stateOf(corrected)).toBe('accepted');
    const counted = (await office().valueReviews.acceptedValues([lockedYear])).find((candidate) => candidate.indicatorId === value.indicatorId)!;
    expect(counted).toMatchObject({ total: value.total + 2, isCorrection: true });
  });

  it('records one decision when the answer to its create was lost', async () => {
    const [value] = await openYearValues();
    const before = (await office().valueReviews.reviewsOf(openYear)).length;
    await emulator.injectFault({ path: '_api/\\$batch', count: 1, status: 500, afterProcessing: true });
    const [outcome] = await office().valueReviews.accept([value]);
    expect(outcome.kind).toBe('recorded');
    expect((await office().valueReviews.reviewsOf(openYear)).length).toBe(before + 1);
  });

  it("lets a department contact read the decisions, but SharePoint refuses the contact's create, change and delete (403) and nothing changes", async () => {
    const [value] = await openYearValues();
    await office().valueReviews.accept([value]);
    const contact = emulator.people.anyContact().login;
    const before = await rest(contact, 'GET', items('$select=Id,Decision,ReviewedETag&$top=5000'));
    expect(before.status).toBe(200);
    const known = before.json.value as Array<{ Id: number; Decision: string; ReviewedETag: string }>;
    expect(known.length).toBeGreaterThan(0);
    const target = known[known.length - 1];

    const create = await rest(contact, 'POST', `web/GetList('${encodeURIComponent(reviewsUrl)}')/items`, {
      Title: 'vom Fachbereich angenommen',
      ValueKey: indicatorValueKey(value.indicatorId, value.year),
      IndicatorId: value.indicatorId,
      ReportingYear: value.year,
      DepartmentId: value.departmentId,
      Decision: 'angenommen',
      ReviewedETag: value.etag,
      ReviewedAt: new Date().toISOString(),
      CreateKey: newCreateKey()
    });
    expect(create.status).toBe(403);
    const change = await rest(contact, 'POST', `web/GetList('${encodeURIComponent(reviewsUrl)}')/items(${target.Id})`, { Decision: 'zurückgegeben', ReviewedETag: '"999"' }, {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*'
    });
    expect(change.status).toBe(403);
    const removal = await rest(contact, 'POST', `web/GetList('${encodeURIComponent(reviewsUrl)}')/items(${target.Id})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(removal.status).toBe(403);

    const after = await rest(coordinator, 'GET', items('$select=Id,Decision,ReviewedETag&$top=5000'));
    expect(after.json.value).toEqual(known);
  });
});
