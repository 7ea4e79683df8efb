import { draftTitleProblem, initialMeasureEditing, isDraftTitleValid, measureEditingReducer, saveMeasureDraft, MeasureEditingAction, MeasureEditingServices } from '../../../../src/app/catalogue/measureEditing';
import { ServiceError } from '../../../../src/http/serviceError';
import type { Measure } from '../../../../src/domain';

const stored: Measure = { id: 7, title: 'Sprachkurse', number: '1.1.1', goalId: 11, planPeriodId: 2, leadDepartmentId: 50, involvedDepartmentIds: [], status: 'planned', etag: '"1"' };

function catalogueAnswering(update: (id: number, etag: string, changes: Partial<Measure>) => Promise<Measure>, current: Measure = stored): MeasureEditingServices {
  return { catalogue: { updateMeasure: update, measure: async () => current } } as unknown as MeasureEditingServices;
}

describe('editing a measure', () => {
  it('starts a draft from the measure, changes it, and cancels back to the stored measure', () => {
    let state = measureEditingReducer(initialMeasureEditing(stored), { type: 'edit' });
    expect(state.draft).toEqual({ title: 'Sprachkurse', status: 'planned', description: '' });
    state = measureEditingReducer(state, { type: 'change', draft: { status: 'implemented' } });
    expect(state.draft?.status).toBe('implemented');
    state = measureEditingReducer(state, { type: 'cancel' });
    expect(state).toEqual({ measure: stored, draft: undefined, save: { kind: 'idle' } });
  });

  it('refuses an empty or over-long title before sending anything', async () => {
    expect(isDraftTitleValid({ title: '   ', status: 'planned', description: '' })).toBe(false);
    expect(isDraftTitleValid({ title: 'x'.repeat(256), status: 'planned', description: '' })).toBe(false);
    const update = jest.fn();
    const actions: MeasureEditingAction[] = [];
    await expect(saveMeasureDraft(catalogueAnswering(update), 7, '"1"', { title: ' ', status: 'planned', description: '' }, (action) => actions.push(action))).resolves.toBeUndefined();
    expect(update).not.toHaveBeenCalled();
    expect(actions).toEqual([]);
  });

  it.each([
    ['=HYPERLINK("https://example.org";"Details")'],
    ['+49 123'],
    ['-5 Plätze'],
    ['@SUM(A1)'],
    ['  =1+1'],
    ['\u200B=1+1']
  ])('refuses the formula-like title %j, as the catalogue import does, and sends nothing', async (title) => {
    expect(draftTitleProblem({ title })).toBe('formula');
    const update = jest.fn();
    await expect(saveMeasureDraft(catalogueAnswering(update), 7, '"1"', { title, status: 'planned', description: '' }, () => undefined)).resolves.toBeUndefined();
    expect(update).not.toHaveBeenCalled();
  });

  it('tells an empty, an over-long and a formula-like title apart, and lets ordinary titles through', () => {
    expect(draftTitleProblem({ title: ' ' })).toBe('required');
    expect(draftTitleProblem({ title: 'x'.repeat(256) })).toBe('tooLong');
    expect(draftTitleProblem({ title: 'Sprachkurse für Eltern – 2. Runde (E-Mail: a@b.de)' })).toBeUndefined();
    expect(draftTitleProblem({ title: '0012' })).toBeUndefined();
  });

  it('saves the trimmed title with the ETag and shows the saved measure', async () => {
    const update = jest.fn(async (_id: number, _etag: string, changes: Partial<Measure>) => ({ ...stored, ...changes, etag: '"2"' }));
    let state = measureEditingReducer(initialMeasureEditing(stored), { type: 'edit' });
    const saved = await saveMeasureDraft(catalogueAnswering(update), 7, '"1"', { title: '  Sprachkurse   für Eltern ', status: 'inProgress', description: 'neu' }, (action) => {
      state = measureEditingReducer(state, action);
    });
    expect(update).toHaveBeenCalledWith(7, '"1"', { title: 'Sprachkurse für Eltern', status: 'inProgress', description: 'neu' });
    expect(saved?.etag).toBe('"2"');
    expect(state.save).toEqual({ kind: 'saved' });
    expect(state.draft).toBeUndefined();
    expect(state.measure.title).toBe('Sprachkurse für Eltern');
  });

  it('on 412 keeps the draft beside the stored version; taking theirs drops the draft', async () => {
    const theirs = { ...stored, title: 'Sprachkurse (geändert)', etag: '"5"' };
    let state = measureEditingReducer(initialMeasureEditing(stored), { type: 'edit' });
    state = measureEditingReducer(state, { type: 'change', draft: { description: 'Meine Ergänzung' } });
    const update = async (): Promise<Measure> => {
      throw new ServiceError(412, 'The ETag does not match');
    };
    await saveMeasureDraft(catalogueAnswering(update, theirs), 7, '"1"', state.draft!, (action) => {
      state = measureEditingReducer(state, action);
    });
    expect(state.save).toEqual({ kind: 'conflict', stored: theirs });
    expect(state.draft?.description).toBe('Meine Ergänzung');
    state = measureEditingReducer(state, { type: 'takeTheirs' });
    expect(state).toEqual({ measure: theirs, draft: undefined, save: { kind: 'idle' } });
  });

  it('shows any other failure as an error and keeps the draft', async () => {
    let state = measureEditingReducer(initialMeasureEditing(stored), { type: 'edit' });
    const failure = new ServiceError(403, 'Access denied');
    await saveMeasureDraft(catalogueAnswering(async () => Promise.reject(failure)), 7, '"1"', state.draft!, (action) => {
      state = measureEditingReducer(state, action);
    });
    expect(state.save).toEqual({ kind: 'error', error: failure });
    expect(state.draft).toBeDefined();
  });
});
