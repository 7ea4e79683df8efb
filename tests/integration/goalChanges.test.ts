import { coordinator, useTestEmulator } from './support/testEmulator';
import { failureOf } from './support/serviceFailure';
import { newCreateKey } from '../../src/data/sp/keyedCreate';
import { effectiveGoalSet, goalChangeStep, proposeGoalChange } from '../../src/domain';
import type { GoalChange, GoalChangeDraft, PlanPeriod } from '../../src/domain';
import { loadGoalChanges } from '../../src/app/goalChanges/goalChangesData';
import { submitStep } from '../../src/app/goalChanges/goalChangeFlow';
import { rawRest, type RawRestAnswer } from './support/rawRest';

/**
 * Goal changes in the local SharePoint: the office proposes, the Beirat consents and the
 * committee decides, each step recorded with its session; a stale version is refused (412). A
 * department contact reads the changes but SharePoint refuses the contact's writes (403).
 */

const changesUrl = '/sites/integration/Lists/GoalChanges';

describe('goal changes through Beirat and committee in the local SharePoint', () => {
  const emulator = useTestEmulator();
  const office = () => emulator.services(coordinator);
  let period: PlanPeriod;

  beforeAll(async () => {
    const periods = await office().catalogue.planPeriods();
    period = periods.find((candidate) => candidate.status === 'adopted')!;
  });

  const rest = (login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawRestAnswer> =>
    rawRest(emulator.siteUrl, login, method, path, body, headers);
  const list = `web/GetList('${encodeURIComponent(changesUrl)}')`;

  async function propose(draft: GoalChangeDraft, today = '2026-09-01'): Promise<GoalChange> {
    const goals = await office().catalogue.goals(period.id);
    const result = proposeGoalChange(draft, { planPeriodId: period.id, goals, today, keys: { change: newCreateKey(), goal: newCreateKey() } });
    expect(result.problems).toEqual([]);
    return office().goalChanges.propose(result.proposal!);
  }

  it("reads the demo's changes of the current period in every state, decided ones with their sessions", async () => {
    const changes = await office().goalChanges.changesOfPlanPeriod(period.id);
    expect(new Set(changes.map((change) => change.status))).toEqual(new Set(['proposed', 'advisoryConsent', 'decided', 'rejected']));
    const decided = changes.filter((change) => change.status === 'decided');
    const sessions = await office().bodySessions.sessionsOfPlanPeriod(period.id);
    for (const change of decided) {
      const board = sessions.find((session) => session.id === change.advisoryBoardSessionId);
      const committee = sessions.find((session) => session.id === change.committeeSessionId);
      expect([board?.body, board?.date, committee?.body, committee?.date, committee?.paperNumber]).toEqual(['advisoryBoard', change.advisoryBoardDate, 'committee', change.committeeDate, change.committeeReference]);
    }
  });

  it('lets the office propose a change, the Beirat consent and the committee decide, each recorded with its session', async () => {
    const goals = await office().catalogue.goals(period.id);
    const proposed = await propose({ type: 'reached', goalId: goals[0].id, reason: 'Zielwert 2026 erreicht.', description: 'Das Ziel gilt als erreicht.' });
    expect(proposed).toMatchObject({ status: 'proposed', type: 'reached', goalId: goals[0].id, planPeriodId: period.id, proposedDate: '2026-09-01', reason: 'Zielwert 2026 erreicht.' });

    const board = await office().bodySessions.record({ title: 'Beirat September 2026', body: 'advisoryBoard', date: '2026-09-14', agendaItems: [{ title: proposed.title, subject: { kind: 'goalChange', id: proposed.id! } }], planPeriodId: period.id, createKey: newCreateKey() });
    const consent = goalChangeStep(proposed, { to: 'advisoryConsent', session: board });
    const consented = await office().goalChanges.advance(proposed, consent.step!);
    expect(consented).toMatchObject({ status: 'advisoryConsent', advisoryBoardDate: '2026-09-14', advisoryBoardSessionId: board.id });

    const committee = await office().bodySessions.record({ title: 'Ausschuss Oktober 2026', body: 'committee', date: '2026-10-06', paperNumber: 'V/2026/0815', agendaItems: [], planPeriodId: period.id, createKey: newCreateKey() });
    const decision = goalChangeStep(consented, { to: 'decided', session: committee, committeeReference: 'V/2026/0815' });
    const decided = await office().goalChanges.advance(consented, decision.step!);
    expect(decided).toMatchObject({ status: 'decided', committeeDate: '2026-10-06', committeeSessionId: committee.id, committeeReference: 'V/2026/0815', advisoryBoardSessionId: board.id });

    const stored = (await office().goalChanges.changesOfPlanPeriod(period.id)).find((change) => change.id === proposed.id)!;
    expect(effectiveGoalSet(goals, [stored], '2026-10-05').goals.find((entry) => entry.goal.id === goals[0].id)?.isReached).toBe(false);
    expect(effectiveGoalSet(goals, [stored], '2026-10-06').goals.find((entry) => entry.goal.id === goals[0].id)?.isReached).toBe(true);
  });

  it("records a step in an existing session of the period through the workflow, and the session's agenda names the change", async () => {
    const goals = await office().catalogue.goals(period.id);
    // Proposed on the day of the demo's latest Beirat session of the period, which then consents.
    const [latest] = (await office().bodySessions.sessionsOfPlanPeriod(period.id)).filter((session) => session.body === 'advisoryBoard').sort((a, b) => b.date.localeCompare(a.date));
    const proposed = await propose({ type: 'modified', goalId: goals[2].id, reason: 'Neue Landesförderung.' }, latest.date);
    const data = await loadGoalChanges(office(), period.id);
    const board = data.sessions.find((session) => session.id === latest.id)!;
    const events: string[] = [];
    const consented = await submitStep(office(), data, { kind: 'step', changeId: proposed.id!, to: 'advisoryConsent', sessionId: board.id, newSessionTitle: '', newSessionDate: '', committeeReference: '', sessionKey: newCreateKey() }, (event) => events.push(event.type));
    expect(events).toEqual(['saving', 'saved']);
    expect(consented).toMatchObject({ status: 'advisoryConsent', advisoryBoardSessionId: board.id, advisoryBoardDate: board.date });
    const session = await office().bodySessions.session(board.id);
    expect(session.agendaItems).toEqual([...board.agendaItems, { title: proposed.title, subject: { kind: 'goalChange', id: proposed.id } }]);
  });

  it('creates the goal of a new-goal proposal once, which is not in force until the committee decides', async () => {
    const fields = await office().catalogue.fieldsOfAction(period.id);
    const goals = await office().catalogue.goals(period.id);
    const keys = { change: newCreateKey(), goal: newCreateKey() };
    const draft: GoalChangeDraft = { type: 'added', newGoalTitle: 'Digitale Teilhabe', newGoalNumber: '4.9', fieldOfActionId: fields[fields.length - 1].id, reason: 'Beratung findet zunehmend online statt.' };
    const proposal = proposeGoalChange(draft, { planPeriodId: period.id, goals, today: '2026-09-02', keys }).proposal!;
    // The change's create fails before processing: the goal exists, the change does not; the repeat completes it.
    await emulator.injectFault({ path: 'GoalChanges.*/items$', count: 1, status: 403 });
    expect((await failureOf(office().goalChanges.propose(proposal))).status).toBe(403);
    const change = await office().goalChanges.propose(proposal);
    const after = await office().catalogue.goals(period.id);
    expect(after.filter((goal) => goal.title === 'Digitale Teilhabe')).toHaveLength(1);
    const goal = after.find((candidate) => candidate.title === 'Digitale Teilhabe')!;
    expect(change).toMatchObject({ type: 'added', goalId: goal.id, status: 'proposed' });
    expect(effectiveGoalSet(after, [change], '2026-12-31').goals.some((entry) => entry.goal.id === goal.id)).toBe(false);
  });

  it('refuses a step against a stale version with 412 and keeps the first outcome', async () => {
    const goals = await office().catalogue.goals(period.id);
    const proposed = await propose({ type: 'removed', goalId: goals[1].id, reason: 'Aufgabe entfällt.' });
    const [board] = (await office().bodySessions.sessionsOfPlanPeriod(period.id)).filter((session) => session.body === 'advisoryBoard');
    const consented = await office().goalChanges.advance(proposed, goalChangeStep(proposed, { to: 'advisoryConsent', session: { ...board, date: '2026-09-20' } }).step!);
    const stale = await failureOf(office().goalChanges.advance(proposed, goalChangeStep(proposed, { to: 'rejected', session: { ...board, date: '2026-09-20' } }).step!));
    expect(stale.status).toBe(412);
    expect((await office().goalChanges.change(proposed.id!)).status).toBe('advisoryConsent');
    expect((await failureOf(office().goalChanges.advance({ ...consented, etag: undefined }, { to: 'rejected', date: '2026-10-01' }))).status).toBe(428);
    // A step the procedure does not allow is refused before anything is sent.
    expect((await failureOf(office().goalChanges.advance(consented, { to: 'advisoryConsent', date: '2026-10-01' }))).status).toBe(400);
  });

  it("lets a department contact read the changes; the list inherits the web's permissions, and SharePoint refuses the contact's writes (403)", async () => {
    const contact = emulator.people.anyContact().login;
    const inherits = await rest(coordinator, 'GET', `${list}?$select=HasUniqueRoleAssignments`);
    expect(inherits.json.HasUniqueRoleAssignments).toBe(false);
    const before = await rest(contact, 'GET', `${list}/items?$select=Id,ChangeStatus&$top=500`);
    expect(before.status).toBe(200);
    const known = before.json.value as Array<{ Id: number; ChangeStatus: string }>;
    expect(known.length).toBeGreaterThan(4);
    const goalId = (await office().catalogue.goals(period.id))[0].id;

    const create = await rest(contact, 'POST', `${list}/items`, { Title: 'Zieländerung vom Fachbereich', GoalId: goalId, ChangeType: 'Ziel erreicht', ChangeStatus: 'beschlossen', CreateKey: newCreateKey() });
    expect(create.status).toBe(403);
    const pending = known.find((row) => row.ChangeStatus === 'vorgeschlagen')!;
    const change = await rest(contact, 'POST', `${list}/items(${pending.Id})`, { ChangeStatus: 'beschlossen' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(change.status).toBe(403);

    const after = await rest(coordinator, 'GET', `${list}/items?$select=Id,ChangeStatus&$top=500`);
    expect(after.json.value).toEqual(known);
  });
});
