import { goalChangeFlowReducer, idleFlow, sessionsForStep, submitProposal, submitStep } from '../../../../src/app/goalChanges/goalChangeFlow';
import type { GoalChangeFlowEvent, GoalChangeFlowState, ProposalForm, StepForm } from '../../../../src/app/goalChanges/goalChangeFlow';
import { changesOfGoal, defaultPeriod, goalChangeRows, loadGoalChanges } from '../../../../src/app/goalChanges/goalChangesData';
import type { GoalChangeServices, GoalChangesData } from '../../../../src/app/goalChanges/goalChangesData';
import { ServiceError } from '../../../../src/http/serviceError';
import type { BodySession, GoalChange, NewBodySession, PlanPeriod } from '../../../../src/domain';

const period: PlanPeriod = { id: 4, title: '4. Fortschreibung 2025–2027', updateNumber: 4, startYear: 2025, endYear: 2027, status: 'adopted' };
const proposed: GoalChange = { id: 7, title: 'Ziel erreicht: 2.2 Netzwerk', goalId: 12, type: 'reached', status: 'proposed', proposedDate: '2026-08-01', planPeriodId: 4, etag: '"1"' };
const board: BodySession = { id: 30, title: 'Beirat', body: 'advisoryBoard', date: '2026-09-14', agendaItems: [], planPeriodId: 4 };
const committee: BodySession = { id: 31, title: 'Ausschuss', body: 'committee', date: '2026-10-06', agendaItems: [], planPeriodId: 4 };
const data: GoalChangesData = {
  periods: [period],
  period,
  goals: [{ id: 12, title: 'Netzwerk', number: '2.2', fieldOfActionId: 2, planPeriodId: 4 }],
  fieldsOfAction: [{ id: 2, title: 'Arbeit', sortOrder: 2, planPeriodId: 4 }],
  changes: [proposed],
  sessions: [board, committee],
  canRecord: true
};

function run(events: GoalChangeFlowEvent[], from: GoalChangeFlowState = idleFlow): GoalChangeFlowState {
  return events.reduce(goalChangeFlowReducer, from);
}

function fakeServices(overrides: { propose?: jest.Mock; advance?: jest.Mock; record?: jest.Mock } = {}): GoalChangeServices & { calls: string[] } {
  const calls: string[] = [];
  const services = {
    calls,
    goalChanges: {
      propose: overrides.propose ?? jest.fn(async () => ({ ...proposed, id: 8 })),
      advance: overrides.advance ?? jest.fn(async (change: GoalChange, step: { to: GoalChange['status']; sessionId?: number }) => ({ ...change, status: step.to, advisoryBoardSessionId: step.sessionId }))
    },
    bodySessions: {
      record: overrides.record ?? jest.fn(async (session: NewBodySession) => ({ ...session, id: 40, createKey: undefined })),
      update: jest.fn(async (session: BodySession, changes: Partial<BodySession>) => ({ ...session, ...changes }))
    },
    catalogue: {}
  };
  return services as unknown as GoalChangeServices & { calls: string[] };
}

describe('goal change flow', () => {
  it("opens a proposal with keys, clears a field's problem when it is edited, and keeps the form after a failure", () => {
    const opened = run([{ type: 'proposeOpened', keys: { change: 'c', goal: 'g' } }]);
    expect(opened.form).toEqual({ kind: 'propose', keys: { change: 'c', goal: 'g' }, draft: { type: 'modified', reason: '' } });
    const invalid = run([{ type: 'invalid', problems: [{ field: 'reason', message: 'goalChange.reasonRequired' }, { field: 'goalId', message: 'goalChange.goalRequired' }] }], opened);
    const edited = run([{ type: 'draftChanged', changes: { reason: 'weil' } }], invalid);
    expect(edited.problems.map((problem) => problem.field)).toEqual(['goalId']);
    const failed = run([{ type: 'saving' }, { type: 'failed', error: new ServiceError(412, 'geändert') }], edited);
    expect(failed).toMatchObject({ isSaving: false, form: { keys: { change: 'c', goal: 'g' }, draft: { reason: 'weil' } } });
    expect(run([{ type: 'saved', change: proposed }], failed)).toEqual({ problems: [], isSaving: false, saved: proposed });
  });

  it('proposes only what passes the rules, with the keys made when the form opened', async () => {
    const services = fakeServices();
    const events: GoalChangeFlowEvent[] = [];
    const form: ProposalForm = { kind: 'propose', keys: { change: 'c-1', goal: 'g-1' }, draft: { type: 'reached', reason: '' } };
    expect(await submitProposal(services, data, form, '2026-09-01', (event) => events.push(event))).toBeUndefined();
    expect(events.map((event) => event.type)).toEqual(['invalid']);
    expect(services.goalChanges.propose).not.toHaveBeenCalled();
    await submitProposal(services, data, { ...form, draft: { type: 'reached', goalId: 12, reason: 'erreicht' } }, '2026-09-01', (event) => events.push(event));
    expect(services.goalChanges.propose).toHaveBeenCalledWith({ change: expect.objectContaining({ goalId: 12, createKey: 'c-1', proposedDate: '2026-09-01', planPeriodId: 4 }) });
    expect(events.map((event) => event.type)).toEqual(['invalid', 'saving', 'saved']);
  });

  it("records the Beirat's consent in an existing session, on its date", async () => {
    const services = fakeServices();
    const form: StepForm = { kind: 'step', changeId: 7, to: 'advisoryConsent', sessionId: 30, newSessionTitle: '', newSessionDate: '', committeeReference: '', sessionKey: 's-1' };
    const change = await submitStep(services, data, form, () => undefined);
    expect(services.goalChanges.advance).toHaveBeenCalledWith(proposed, { to: 'advisoryConsent', date: '2026-09-14', sessionId: 30 });
    expect(services.bodySessions.record).not.toHaveBeenCalled();
    // The session's agenda names the change, once.
    expect(services.bodySessions.update).toHaveBeenCalledWith(board, { agendaItems: [{ title: proposed.title, subject: { kind: 'goalChange', id: 7 } }] });
    expect(change?.status).toBe('advisoryConsent');
    const listed = { ...board, agendaItems: [{ title: proposed.title, subject: { kind: 'goalChange' as const, id: 7 } }] };
    const again = fakeServices();
    await submitStep(again, { ...data, sessions: [listed, committee] }, form, () => undefined);
    expect(again.bodySessions.update).not.toHaveBeenCalled();
  });

  it('records a new committee session first (keyed, with the change on its agenda), then the decision in it', async () => {
    const consented: GoalChange = { ...proposed, status: 'advisoryConsent', advisoryBoardDate: '2026-09-14' };
    const services = fakeServices();
    const form: StepForm = { kind: 'step', changeId: 7, to: 'decided', sessionId: 'new', newSessionTitle: 'Ausschuss Oktober', newSessionDate: '2026-10-20', committeeReference: 'V/2026/0815', sessionKey: 's-1' };
    await submitStep(services, { ...data, changes: [consented] }, form, () => undefined);
    expect(services.bodySessions.record).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Ausschuss Oktober', body: 'committee', date: '2026-10-20', paperNumber: 'V/2026/0815', createKey: 's-1', agendaItems: [{ title: proposed.title, subject: { kind: 'goalChange', id: 7 } }] })
    );
    expect(services.goalChanges.advance).toHaveBeenCalledWith(consented, { to: 'decided', date: '2026-10-20', sessionId: 40, committeeReference: 'V/2026/0815' });
  });

  it('writes nothing when the new session has no date or the decision no paper number', async () => {
    const consented: GoalChange = { ...proposed, status: 'advisoryConsent', advisoryBoardDate: '2026-09-14' };
    const services = fakeServices();
    const events: GoalChangeFlowEvent[] = [];
    const form: StepForm = { kind: 'step', changeId: 7, to: 'decided', sessionId: 'new', newSessionTitle: 'Ausschuss', newSessionDate: '', committeeReference: ' ', sessionKey: 's-1' };
    await submitStep(services, { ...data, changes: [consented] }, form, (event) => events.push(event));
    expect(events).toEqual([{ type: 'invalid', problems: [{ field: 'newSessionDate', message: 'date.required' }, { field: 'committeeReference', message: 'goalChange.referenceRequired' }] }]);
    expect(services.bodySessions.record).not.toHaveBeenCalled();
    expect(services.goalChanges.advance).not.toHaveBeenCalled();
  });

  it('surfaces a stale version (412) as the failure of the step', async () => {
    const services = fakeServices({ advance: jest.fn(async () => Promise.reject(new ServiceError(412, 'Die Version stimmt nicht.'))) });
    const events: GoalChangeFlowEvent[] = [];
    const form: StepForm = { kind: 'step', changeId: 7, to: 'rejected', sessionId: 30, newSessionTitle: '', newSessionDate: '', committeeReference: '', sessionKey: 's-1' };
    await submitStep(services, data, form, (event) => events.push(event));
    expect(events.map((event) => event.type)).toEqual(['saving', 'failed']);
    expect((events[1] as { error: ServiceError }).error.status).toBe(412);
  });
});

describe('goal change rows and history', () => {
  it('lists pending changes as pending and never as effective, with their sessions and next steps', () => {
    const decided: GoalChange = { ...proposed, id: 5, status: 'decided', proposedDate: '2026-01-10', advisoryBoardDate: '2026-02-01', committeeDate: '2026-03-01', advisoryBoardSessionId: 30, committeeSessionId: 31 };
    const rows = goalChangeRows({ ...data, changes: [decided, proposed] }, '2026-09-01');
    expect(rows.map((row) => [row.change.id, row.isPending, row.isEffective, row.nextSteps])).toEqual([
      [7, true, false, ['advisoryConsent', 'rejected']],
      [5, false, true, []]
    ]);
    expect([rows[1].advisoryBoardSession?.id, rows[1].committeeSession?.id, rows[1].goal?.number]).toEqual([30, 31, '2.2']);
    expect(changesOfGoal([proposed, decided], 12).map((change) => change.id)).toEqual([5, 7]);
  });

  it('offers the sessions of the acting body only, newest first, and opens the adopted period', () => {
    expect(sessionsForStep([board, committee, { ...board, id: 32, date: '2026-11-02' }], proposed).map((session) => session.id)).toEqual([32, 30]);
    expect(sessionsForStep([board, committee], { status: 'advisoryConsent' }).map((session) => session.id)).toEqual([31]);
    // Not before the previous step: a Beirat session before the proposal cannot have consented to it.
    expect(sessionsForStep([board, { ...board, id: 33, date: '2026-07-01' }], proposed).map((session) => session.id)).toEqual([30]);
    expect(sessionsForStep([committee], { status: 'advisoryConsent', advisoryBoardDate: '2026-10-07' })).toEqual([]);
    expect(defaultPeriod([{ ...period, id: 5, startYear: 2028, status: 'draft' }, period, { ...period, id: 3, startYear: 2022, status: 'closed' }])?.id).toBe(4);
  });
});

describe('loading the goal changes of a period', () => {
  const servicesFor = (role: 'coordinator' | 'department', periods: PlanPeriod[]): GoalChangeServices =>
    ({
      users: { currentUser: async () => ({ role }) },
      catalogue: { planPeriods: async () => periods, goals: async () => data.goals, fieldsOfAction: async () => data.fieldsOfAction },
      goalChanges: { changesOfPlanPeriod: async () => [proposed] },
      bodySessions: { sessionsOfPlanPeriod: async () => [board, committee, { ...board, id: 34, body: 'steeringGroup' }] }
    }) as unknown as GoalChangeServices;

  it("lets only the office record, and nobody in a closed period; the bodies' sessions are Beirat and committee only", async () => {
    const office = await loadGoalChanges(servicesFor('coordinator', [period]), undefined);
    expect([office.period?.id, office.canRecord, office.sessions.map((session) => session.id)]).toEqual([4, true, [30, 31]]);
    expect((await loadGoalChanges(servicesFor('department', [period]), undefined)).canRecord).toBe(false);
    const closed = { ...period, id: 3, startYear: 2022, status: 'closed' as const };
    const history = await loadGoalChanges(servicesFor('coordinator', [period, closed]), 3);
    expect([history.period?.id, history.canRecord, history.changes]).toEqual([3, false, [proposed]]);
  });
});
