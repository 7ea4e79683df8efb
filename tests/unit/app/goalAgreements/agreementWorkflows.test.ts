import type { AgreementWithItems, MeetingRecord } from '../../../../src/domain';
import { AgreementPartlySaved, AgreementProblems } from '../../../../src/data/goalAgreementRepository';
import type { AgreementComment } from '../../../../src/data/goalAgreementRepository';
import { ServiceError } from '../../../../src/http/serviceError';
import type { AgreementServices } from '../../../../src/app/goalAgreements/agreementData';
import { commentsToShow, loadWorkspace } from '../../../../src/app/goalAgreements/agreementData';
import { formOf, withRow } from '../../../../src/app/goalAgreements/agreementForm';
import { agreementCommands, SaveEvent, saveReducer, SaveState } from '../../../../src/app/goalAgreements/agreementSaving';
import { completeReview, ReviewEvent, reviewReducer, ReviewState } from '../../../../src/app/goalAgreements/agreementReviewing';
import { addComment, changeComment, commentingReducer, CommentingEvent, CommentingState, noComment, removeComment } from '../../../../src/app/goalAgreements/agreementCommenting';
import { workspaceReducer, workspaceStateOf } from '../../../../src/app/goalAgreements/agreementWorkspace';
import { reviewFormOf, withAssessment } from '../../../../src/app/goalAgreements/agreementReview';

const measures = [{ id: 11, number: '1.2.9', title: 'Sprachkurse für Eltern', goalId: 1, planPeriodId: 1, leadDepartmentId: 7, involvedDepartmentIds: [], status: 'inProgress' as const }];

function agreement(status: 'draft' | 'agreed' | 'reviewed', etag: string, target = '3 Kurse'): AgreementWithItems {
  return {
    agreement: { id: 40, title: 'Zielvereinbarung FB 40 2026', departmentId: 7, year: 2026, status, etag },
    items: [{ id: 401, agreementId: 40, measureId: 11, title: '1.2.9 Sprachkurse für Eltern', target, achievement: 'open' }]
  };
}

type Repo = AgreementServices['goalAgreements'];

/** A repository double that records calls and answers from the given functions. */
function services(overrides: Partial<Record<keyof Repo, (...args: never[]) => Promise<unknown>>>): { services: Pick<AgreementServices, 'goalAgreements'>; calls: string[] } {
  const calls: string[] = [];
  const repo = new Proxy({} as Repo, {
    get: (_, name: string) => (...args: never[]) => {
      calls.push(name);
      const answer = overrides[name as keyof Repo];
      if (!answer) {
        throw new Error(`unexpected call ${name}`);
      }
      return answer(...args);
    }
  });
  return { services: { goalAgreements: repo }, calls };
}

/** Runs commands against the real reducer, as the hook does. */
function recorder<S, E>(reducer: (state: S, event: E) => S, initial: S): { dispatch: (event: E) => void; states: S[]; current: () => S } {
  const states: S[] = [initial];
  return { dispatch: (event) => states.push(reducer(states[states.length - 1], event)), states, current: () => states[states.length - 1] };
}

describe('agreement editor: save and agree', () => {
  it('creates the draft with its notes and items in one call, and reports "saved"', async () => {
    const created = { ...agreement('draft', '"1"'), agreement: { ...agreement('draft', '"1"').agreement, notes: 'Start' } };
    const received: unknown[][] = [];
    const { services: fake, calls } = services({ createDraft: async (...args: unknown[]) => (received.push(args), created) });
    const run = recorder<SaveState | undefined, SaveEvent>(saveReducer, undefined);
    const stored: AgreementWithItems[] = [];
    const form = { ...withRow(formOf(measures, undefined), 11, { isAgreed: true, target: '3 Kurse' }), notes: ' Start ' };
    const result = await agreementCommands({ services: fake, target: { departmentId: 7, year: 2026 }, form, stored: undefined, isEdited: true, dispatch: run.dispatch, onStored: (a) => stored.push(a) }).save();
    // No second write onto a version we only just made: nothing to conflict with ourselves.
    expect(calls).toEqual(['createDraft']);
    expect(received).toEqual([[7, 2026, [{ measureId: 11, title: '1.2.9 Sprachkurse für Eltern', target: '3 Kurse' }], { notes: 'Start' }]]);
    expect(result).toBe(created);
    expect(stored).toEqual([created]);
    expect(run.states.map((state) => state?.kind)).toEqual([undefined, 'saving', 'saved']);
  });

  it('names what was and was not saved when a save took effect in part, and shows the stored state', async () => {
    const before = agreement('draft', '"1"');
    const now: AgreementWithItems = { agreement: { ...before.agreement, notes: 'Neu', etag: '"2"' }, items: before.items };
    const failure = new ServiceError(503, 'Server too busy');
    const partly = new AgreementPartlySaved(now, [{ kind: 'notes' }], [{ part: { kind: 'item', change: 'add', measureId: 12, title: '1.3 Beratung' }, error: failure }], true);
    const { services: fake, calls } = services({ save: async () => Promise.reject(partly), agree: async () => now });
    const run = recorder<SaveState | undefined, SaveEvent>(saveReducer, undefined);
    const stored: AgreementWithItems[] = [];
    const form = { ...formOf(measures, before), notes: 'Neu' };
    const commands = agreementCommands({ services: fake, target: { departmentId: 7, year: 2026 }, form, stored: before, isEdited: true, dispatch: run.dispatch, onStored: (a) => stored.push(a) });
    expect(await commands.save()).toBeUndefined();
    expect(stored).toEqual([now]);
    expect(run.current()).toEqual({
      kind: 'partlySaved',
      saved: [{ kind: 'notes' }],
      notSaved: [{ part: { kind: 'item', change: 'add', measureId: 12, title: '1.3 Beratung' }, error: failure }],
      isReloaded: true
    });
    // Agreeing after a partial save stops there: nothing is agreed on a state the user has not seen.
    await commands.agree();
    expect(calls).toEqual(['save', 'save']);
  });

  it('turns a 412 into a conflict, and "keep mine" saves the form onto the latest version', async () => {
    const mine = agreement('draft', '"1"');
    const theirs = agreement('draft', '"5"', 'von Kollegin');
    const savedOnto: string[] = [];
    let first = true;
    const { services: fake, calls } = services({
      save: async (base: AgreementWithItems) => {
        savedOnto.push(base.agreement.etag ?? '');
        if (first) {
          first = false;
          throw new ServiceError(412, 'The ETag value does not match');
        }
        return { ...base, agreement: { ...base.agreement, etag: '"6"' } };
      },
      load: async () => theirs
    });
    const run = recorder<SaveState | undefined, SaveEvent>(saveReducer, undefined);
    const form = withRow(formOf(measures, mine), 11, { target: '4 Kurse' });
    const commands = agreementCommands({ services: fake, target: { departmentId: 7, year: 2026 }, form, stored: mine, isEdited: true, dispatch: run.dispatch, onStored: () => undefined });
    expect(await commands.save()).toBeUndefined();
    expect(run.current()).toEqual({ kind: 'conflict' });
    await commands.saveMine();
    expect(calls).toEqual(['save', 'load', 'save']);
    expect(savedOnto).toEqual(['"1"', '"5"']);
    expect(run.current()).toEqual({ kind: 'saved' });
  });

  it('refuses to agree without a target, before anything is sent', async () => {
    const { services: fake, calls } = services({});
    const run = recorder<SaveState | undefined, SaveEvent>(saveReducer, undefined);
    const form = withRow(formOf(measures, undefined), 11, { isAgreed: true, target: ' ' });
    await agreementCommands({ services: fake, target: { departmentId: 7, year: 2026 }, form, stored: undefined, isEdited: true, dispatch: run.dispatch, onStored: () => undefined }).agree();
    expect(calls).toEqual([]);
    expect(run.current()).toEqual({ kind: 'problems', form: [{ kind: 'targetRequired', measureId: 11, title: '1.2.9 Sprachkurse für Eltern' }], service: [] });
  });

  it('agrees an unchanged draft without saving it first; the repository\'s field problems land on the rows', async () => {
    const stored = agreement('draft', '"3"');
    const problem = { field: 'measure:11', message: 'agreement.targetMissing' as const, params: { title: '1.2.9 Sprachkurse für Eltern' } };
    const { services: fake, calls } = services({ agree: async () => Promise.reject(new AgreementProblems([problem])) });
    const run = recorder<SaveState | undefined, SaveEvent>(saveReducer, undefined);
    await agreementCommands({ services: fake, target: { departmentId: 7, year: 2026 }, form: formOf(measures, stored), stored, isEdited: false, dispatch: run.dispatch, onStored: () => undefined }).agree();
    expect(calls).toEqual(['agree']);
    expect(run.current()).toEqual({ kind: 'problems', form: [], service: [problem] });
  });

  it('keeps any other failure with the action to retry', () => {
    const error = new ServiceError(503, 'Server too busy');
    expect(saveReducer({ kind: 'saving' }, { type: 'failed', error, action: 'agree' })).toEqual({ kind: 'error', error, action: 'agree' });
    expect(saveReducer({ kind: 'saving' }, { type: 'agreed' })).toEqual({ kind: 'agreed' });
  });
});

describe('agreement review', () => {
  it('asks for a verdict per item before sending, then opens next year with the carried-over count', async () => {
    const stored = agreement('agreed', '"2"');
    const next: AgreementWithItems = {
      agreement: { id: 41, title: 'Zielvereinbarung FB 40 2027', departmentId: 7, year: 2027, status: 'draft' },
      items: [{ id: 501, agreementId: 41, measureId: 11, title: '1.2.9 Sprachkurse für Eltern', achievement: 'open', carriedOverFrom: 401 }]
    };
    const { services: fake, calls } = services({ review: async () => ({ reviewed: { ...stored, agreement: { ...stored.agreement, status: 'reviewed' } }, next }) });
    const run = recorder<ReviewState | undefined, ReviewEvent>(reviewReducer, undefined);
    const outcomes: number[] = [];
    const empty = reviewFormOf(stored, '2027-03-01');
    await completeReview({ services: fake, stored, form: empty, dispatch: run.dispatch, onReviewed: (outcome) => outcomes.push(outcome.carriedCount) });
    expect(calls).toEqual([]);
    expect(run.current()).toMatchObject({ kind: 'problems', form: [{ kind: 'achievementRequired', measureId: 11 }] });

    const form = withAssessment(empty, 11, { achievement: 'partlyAchieved', reason: 'Kursleitung fehlte' });
    await completeReview({ services: fake, stored, form, dispatch: run.dispatch, onReviewed: (outcome) => outcomes.push(outcome.carriedCount) });
    expect(calls).toEqual(['review']);
    expect(outcomes).toEqual([1]);
    expect(run.current()?.kind).toBe('saving');
  });

  it('shows a failed review as an error to retry', async () => {
    const error = new ServiceError(403, 'Access denied');
    const { services: fake } = services({ review: async () => Promise.reject(error) });
    const run = recorder<ReviewState | undefined, ReviewEvent>(reviewReducer, undefined);
    const stored = agreement('agreed', '"2"');
    const form = withAssessment(reviewFormOf(stored, '2027-03-01'), 11, { achievement: 'achieved' });
    await completeReview({ services: fake, stored, form, dispatch: run.dispatch, onReviewed: () => undefined });
    expect(run.current()).toEqual({ kind: 'error', error });
  });
});

describe('agreement comments', () => {
  const comment = (id: number, created: string, authorId = 3): AgreementComment => ({ id, agreementId: 40, text: `Kommentar ${id}`, author: 'Büro', authorId, created, etag: '"1"' });

  it('requires text, adds the trimmed comment and clears the field', async () => {
    const texts: string[] = [];
    const { services: fake } = services({ addComment: async (_: unknown, text: string) => (texts.push(text), comment(9, '2026-03-02T10:00:00Z')) });
    const run = recorder<CommentingState, CommentingEvent>(commentingReducer, noComment);
    await addComment(fake, agreement('draft', '"1"').agreement, '   ', run.dispatch);
    expect(run.current().add).toEqual({ kind: 'required' });
    run.dispatch({ type: 'typed', text: '  Termin verschoben ' });
    expect(run.current().add).toBeUndefined();
    await addComment(fake, agreement('draft', '"1"').agreement, run.current().text, run.dispatch);
    expect(texts).toEqual(['Termin verschoben']);
    expect(run.current()).toMatchObject({ text: '', added: [comment(9, '2026-03-02T10:00:00Z')], add: { kind: 'added' } });
  });

  it('keeps a failure visible while the user types', () => {
    const error = new ServiceError(500, 'boom');
    const failed = commentingReducer({ text: 'x', added: [] }, { type: 'failed', error });
    expect(commentingReducer(failed, { type: 'typed', text: 'xy' }).add).toEqual({ kind: 'error', error });
  });

  it('edits a comment against its version and shows the stored text; a refusal keeps the edited text', async () => {
    const original = comment(5, '2026-03-01T09:00:00Z');
    const refusal = new ServiceError(403, 'Access denied.');
    let refuse = true;
    const sent: Array<[AgreementComment, string]> = [];
    const { services: fake } = services({
      updateComment: async (target: AgreementComment, text: string) => {
        sent.push([target, text]);
        if (refuse) {
          throw refusal;
        }
        return { ...target, text: text.trim(), etag: '"2"' };
      }
    });
    const run = recorder<CommentingState, CommentingEvent>(commentingReducer, noComment);
    run.dispatch({ type: 'editStarted', comment: original });
    run.dispatch({ type: 'editTyped', text: 'Kommentar 5, ergänzt ' });
    await changeComment(fake, original, run.current().editing!.text, run.dispatch);
    expect(run.current().change).toEqual({ kind: 'error', id: 5, error: refusal });
    expect(run.current().editing).toEqual({ id: 5, text: 'Kommentar 5, ergänzt ' });
    refuse = false;
    await changeComment(fake, original, run.current().editing!.text, run.dispatch);
    expect(sent.map(([target]) => target.etag)).toEqual(['"1"', '"1"']);
    expect(run.current().editing).toBeUndefined();
    expect(commentsToShow([original], [], run.current().changed, run.current().removed).map((c) => [c.id, c.text, c.etag])).toEqual([[5, 'Kommentar 5, ergänzt', '"2"']]);
  });

  it('removes a comment from the list once the recycle bin has it, and keeps it while that fails', async () => {
    const stored = [comment(1, '2026-02-01T09:00:00Z'), comment(2, '2026-03-01T09:00:00Z')];
    let fail = true;
    const { services: fake } = services({ removeComment: async () => (fail ? Promise.reject(new ServiceError(503, 'busy')) : undefined) });
    const run = recorder<CommentingState, CommentingEvent>(commentingReducer, noComment);
    await removeComment(fake, stored[0], run.dispatch);
    expect(commentsToShow(stored, [], run.current().changed, run.current().removed).map((c) => c.id)).toEqual([1, 2]);
    expect(run.current().change).toMatchObject({ kind: 'error', id: 1 });
    fail = false;
    await removeComment(fake, stored[0], run.dispatch);
    expect(commentsToShow(stored, [], run.current().changed, run.current().removed).map((c) => c.id)).toEqual([2]);
  });

  it('shows stored and added comments once each, oldest first', () => {
    const stored = [comment(2, '2026-03-01T09:00:00Z'), comment(1, '2026-02-01T09:00:00Z')];
    expect(commentsToShow(stored, [comment(2, '2026-03-01T09:00:00Z'), comment(3, '2026-03-03T09:00:00Z')]).map((c) => c.id)).toEqual([1, 2, 3]);
  });
});

describe('agreement workspace', () => {
  it("loads this year's and last year's agreement and the department's meeting", async () => {
    const meeting = { id: 5, kind: 'agreement', year: 2026, departmentId: 7, state: 'booked', start: '2026-03-04T09:00:00Z' } as unknown as MeetingRecord;
    const loaded = await loadWorkspace(
      {
        goalAgreements: { load: async (_: number, year: number) => (year === 2026 ? agreement('draft', '"1"') : undefined) } as unknown as AgreementServices['goalAgreements'],
        meetings: { meetingsOf: async () => [meeting] } as unknown as AgreementServices['meetings']
      },
      7,
      2026
    );
    expect(loaded.current?.agreement.etag).toBe('"1"');
    expect(loaded.previous).toBeUndefined();
    expect(loaded.meeting).toBe(meeting);
  });

  it('starts both forms again from a newly stored version and forgets a cancelled meeting', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    let state = workspaceStateOf({}, measures, now);
    expect(state.stored).toBeUndefined();
    expect(state.reviewForm).toBeUndefined();
    state = workspaceReducer(state, { type: 'formChanged', form: withRow(state.form, 11, { isAgreed: true, target: 'x' }) });
    const stored = agreement('draft', '"2"', '3 Kurse');
    state = workspaceReducer(state, { type: 'stored', agreement: stored, measures, now });
    expect(state.form.rows[0]).toMatchObject({ isAgreed: true, target: '3 Kurse' });
    expect(state.reviewForm?.reviewDate).toBe('2026-03-05');
    const meeting = { id: 5, state: 'booked' } as unknown as MeetingRecord;
    state = workspaceReducer(state, { type: 'meetingChanged', meeting });
    expect(state.meeting).toBe(meeting);
    state = workspaceReducer(state, { type: 'meetingChanged', meeting: { ...meeting, state: 'cancelled' } as MeetingRecord });
    expect(state.meeting).toBeUndefined();
  });
});
