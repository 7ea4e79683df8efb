import type { Department, Measure, MeetingRecord } from '../../../../src/domain';
import { ReviewStoredWithoutDate } from '../../../../src/data/initialReviewRepository';
import type { StoredInitialReview } from '../../../../src/data/initialReviewRepository';
import { ServiceError } from '../../../../src/http/serviceError';
import type { InitialReviewServices, LoadedInitialReviews } from '../../../../src/app/initialReviews/initialReviewsData';
import { boardReducer, boardStateOf } from '../../../../src/app/initialReviews/initialReviewsBoard';
import { checklistReducer, ChecklistEvent, ChecklistState, emptyChecklist, saveInitialReview } from '../../../../src/app/initialReviews/reviewChecklist';
import { draftOf } from '../../../../src/app/initialReviews/initialReviewDraft';
import { Creation, ReportContext, retryStatusQuoReport, storeStatusQuoReport } from '../../../../src/app/initialReviews/statusQuoReport';
import type { StatusQuoReportFile } from '../../../../src/app/initialReviews/statusQuoReportFile';

const department: Department = { id: 51, number: '51', name: 'Jugend' } as Department;
const measure: Measure = { id: 12, number: '1.1.1', title: 'Sprachcafé', goalId: 1, planPeriodId: 1, leadDepartmentId: 51, involvedDepartmentIds: [], status: 'planned' };
const stored: StoredInitialReview = { id: 5, title: 'Erstgespräch 1.1.1 – FB 51', measureId: 12, departmentId: 51, isCurrent: 'yes', isAppropriate: 'no', notes: 'alt', etag: '"3"' };

function recorder<S, E>(reducer: (state: S, event: E) => S, initial: S): { dispatch: (event: E) => void; current: () => S } {
  let state = initial;
  return { dispatch: (event) => (state = reducer(state, event)), current: () => state };
}

describe('initial interview checklist', () => {
  it('saves against the stored ETag, drops the draft and says "saved" until the next edit', async () => {
    const sent: unknown[] = [];
    const saved = { ...stored, isCurrent: 'no' as const, etag: '"4"' };
    const services = { initialReviews: { save: async (...args: unknown[]) => (sent.push(args[1]), saved) } } as unknown as Pick<InitialReviewServices, 'initialReviews'>;
    const run = recorder<ChecklistState, ChecklistEvent>(checklistReducer, emptyChecklist);
    const draft = { ...draftOf(measure, stored), isCurrent: 'no' as const };
    run.dispatch({ type: 'edited', measureId: 12, draft });
    const onSaved: StoredInitialReview[] = [];
    await saveInitialReview({ services, measure, department, draft, stored, now: new Date('2026-03-01T10:00:00Z'), dispatch: run.dispatch, onSaved: (review) => onSaved.push(review) });
    expect(sent).toEqual([{ id: 5, etag: '"3"' }]);
    expect(onSaved).toEqual([saved]);
    expect(run.current().drafts.has(12)).toBe(false);
    expect(run.current().saveStates.get(12)).toEqual({ kind: 'saved' });
    run.dispatch({ type: 'edited', measureId: 12, draft });
    expect(run.current().saveStates.has(12)).toBe(false);
  });

  it("on a conflict reads the colleague's version and keeps the user's draft for the choice", async () => {
    const theirs = { ...stored, notes: 'neu von Kollegin', etag: '"9"' };
    const services = {
      initialReviews: { save: async () => Promise.reject(new ServiceError(412, 'ETag mismatch')), reviewOf: async () => theirs }
    } as unknown as Pick<InitialReviewServices, 'initialReviews'>;
    const run = recorder<ChecklistState, ChecklistEvent>(checklistReducer, emptyChecklist);
    const draft = { ...draftOf(measure, stored), notes: 'meins' };
    run.dispatch({ type: 'edited', measureId: 12, draft });
    await saveInitialReview({ services, measure, department, draft, stored, now: new Date(), dispatch: run.dispatch, onSaved: () => undefined });
    expect(run.current().saveStates.get(12)).toEqual({ kind: 'conflict', stored: theirs });
    expect(run.current().drafts.get(12)).toEqual(draft);
    run.dispatch({ type: 'edited', measureId: 12, draft: { ...draft, notes: 'meins 2' } });
    expect(run.current().saveStates.get(12)?.kind).toBe('conflict');
    run.dispatch({ type: 'tookStored', measureId: 12 });
    expect(run.current()).toEqual(emptyChecklist);
  });

  it('keeps other failures as an error to retry', async () => {
    const error = new ServiceError(503, 'busy');
    const services = { initialReviews: { save: async () => Promise.reject(error) } } as unknown as Pick<InitialReviewServices, 'initialReviews'>;
    const run = recorder<ChecklistState, ChecklistEvent>(checklistReducer, emptyChecklist);
    await saveInitialReview({ services, measure, department, draft: draftOf(measure, undefined), stored: undefined, now: new Date(), dispatch: run.dispatch, onSaved: () => undefined });
    expect(run.current().saveStates.get(12)).toEqual({ kind: 'error', error });
  });

  it('keeps the version of a review stored without its date, so the retry updates it instead of creating it again', async () => {
    const withoutDate = { ...stored, id: 8, etag: '"1"' };
    const sent: unknown[] = [];
    let fail = true;
    const services = {
      initialReviews: {
        save: async (...args: unknown[]) => {
          sent.push(args[1]);
          if (fail) {
            fail = false;
            throw new ReviewStoredWithoutDate(new ServiceError(500, 'boom'), withoutDate);
          }
          return { ...withoutDate, etag: '"2"' };
        }
      }
    } as unknown as Pick<InitialReviewServices, 'initialReviews'>;
    const run = recorder<ChecklistState, ChecklistEvent>(checklistReducer, emptyChecklist);
    const draft = { ...draftOf(measure, undefined), notes: 'getippt' };
    run.dispatch({ type: 'edited', measureId: 12, draft });
    const saved: StoredInitialReview[] = [];
    await saveInitialReview({ services, measure, department, draft, stored: undefined, now: new Date(), dispatch: run.dispatch, onSaved: (review) => saved.push(review) });
    expect(saved).toEqual([withoutDate]);
    expect(run.current().saveStates.get(12)?.kind).toBe('error');
    // What was typed stays for the retry.
    expect(run.current().drafts.get(12)).toEqual(draft);
    await saveInitialReview({ services, measure, department, draft, stored: saved[0], now: new Date(), dispatch: run.dispatch, onSaved: (review) => saved.push(review) });
    expect(sent).toEqual([undefined, { id: 8, etag: '"1"' }]);
    expect(run.current().saveStates.get(12)).toEqual({ kind: 'saved' });
  });
});

describe('initial interview board', () => {
  const data = (role: 'coordinator' | 'department'): LoadedInitialReviews => ({
    user: { role, departmentId: 51, displayName: 'X' } as LoadedInitialReviews['user'],
    periods: [],
    departments: [department],
    measures: [measure],
    reviews: [stored],
    interviews: [
      { id: 1, departmentId: 51, state: 'booked' } as MeetingRecord,
      { id: 2, departmentId: 52, state: 'cancelled' } as MeetingRecord
    ]
  });

  it('opens the own department for a department contact, none for the office, and leaves cancelled interviews out', () => {
    expect(boardStateOf(data('department'), false).selectedDepartmentId).toBe(51);
    const office = boardStateOf(data('coordinator'), true);
    expect(office.selectedDepartmentId).toBeUndefined();
    expect([...office.interviews.keys()]).toEqual([51]);
    expect(office.reviews.get(12)).toBe(stored);
  });

  it('moves the focus to a checklist once when it is opened, and keeps booked interviews current', () => {
    let state = boardStateOf(data('coordinator'), true);
    state = boardReducer(state, { type: 'checklistOpened', departmentId: 51 });
    expect(state).toMatchObject({ selectedDepartmentId: 51, isChecklistFocusDue: true });
    state = boardReducer(state, { type: 'checklistFocused' });
    expect(state.isChecklistFocusDue).toBe(false);
    state = boardReducer(state, { type: 'bookingOpened', department });
    expect(state.bookingFor).toBe(department);
    state = boardReducer(state, { type: 'meetingChanged', departmentId: 51, meeting: { id: 1, departmentId: 51, state: 'cancelled' } as MeetingRecord });
    expect(state.interviews.has(51)).toBe(false);
    state = boardReducer(state, { type: 'reviewSaved', review: { ...stored, notes: 'neu' } });
    expect(state.reviews.get(12)?.notes).toBe('neu');
  });
});

describe('status-quo report', () => {
  const file: StatusQuoReportFile = { fileName: 'Statusbericht.docx', content: new Blob(['x']), periodLabel: '2026–2028', year: 2026, problemCount: 0 };

  function context(save: (...args: never[]) => Promise<unknown>, shown: Creation[], reloads: { count: number }): ReportContext {
    return {
      services: { reports: { save } } as unknown as ReportContext['services'],
      period: { id: 3 } as ReportContext['period'],
      departments: [],
      measures: [],
      officeName: 'Büro',
      documentTitle: (label) => `Statusbericht ${label}`,
      show: (creation) => shown.push(creation),
      onStored: () => reloads.count++
    };
  }

  it('asks before replacing a report of the same name, and replaces it only when told', async () => {
    const shown: Creation[] = [];
    const reloads = { count: 0 };
    const options: unknown[] = [];
    const ctx = context(async (upload: unknown, option: { overwrite: boolean }) => (options.push([(upload as { title: string }).title, option.overwrite]), { status: option.overwrite ? 'saved' : 'exists' }), shown, reloads);
    await storeStatusQuoReport(ctx, file, false);
    expect(shown.map((c) => c.kind)).toEqual(['working', 'confirmReplace']);
    expect(reloads.count).toBe(0);
    await storeStatusQuoReport(ctx, file, true);
    expect(shown.map((c) => c.kind)).toEqual(['working', 'confirmReplace', 'working', 'saved']);
    expect(options).toEqual([['Statusbericht 2026–2028', false], ['Statusbericht 2026–2028', true]]);
    expect(reloads.count).toBe(1);
  });

  it('retries only the upload when the file was already built', async () => {
    const shown: Creation[] = [];
    const error = new ServiceError(503, 'busy');
    let attempts = 0;
    const ctx = context(async () => (attempts++ === 0 ? Promise.reject(error) : { status: 'saved' }), shown, { count: 0 });
    await storeStatusQuoReport(ctx, file, true);
    expect(shown[shown.length - 1]).toEqual({ kind: 'failed', error, file, overwrite: true });
    await retryStatusQuoReport(ctx, shown[shown.length - 1], new Date());
    expect(attempts).toBe(2);
    expect(shown[shown.length - 1]).toEqual({ kind: 'saved', file });
  });
});
