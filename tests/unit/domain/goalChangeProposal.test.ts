import type { Goal } from '../../../src/domain/catalogue';
import { actingBody, goalChangeStep, proposeGoalChange } from '../../../src/domain/goalChangeProposal';

const goals: Goal[] = [
  { id: 11, title: 'Sprachförderung in Kitas', number: '1.1', fieldOfActionId: 1, planPeriodId: 4 },
  { id: 12, title: 'Netzwerk Unternehmen', number: '2.2', fieldOfActionId: 2, planPeriodId: 4 }
];
const context = { planPeriodId: 4, goals, today: '2026-09-01', keys: { change: 'c-1', goal: 'g-1' } };

describe('proposeGoalChange', () => {
  it('names the change after its kind and goal, as the council paper lists changes', () => {
    const result = proposeGoalChange({ type: 'reached', goalId: 12, reason: ' Zielwert erreicht. ', description: ' ' }, context);
    expect(result).toEqual({
      proposal: { change: { title: 'Ziel erreicht: 2.2 Netzwerk Unternehmen', goalId: 12, type: 'reached', reason: 'Zielwert erreicht.', status: 'proposed', planPeriodId: 4, proposedDate: '2026-09-01', createKey: 'c-1' } },
      problems: []
    });
  });

  it('for a new goal, creates its goal item in the chosen field of action, keyed separately', () => {
    const result = proposeGoalChange({ type: 'added', newGoalTitle: 'Digitale Teilhabe', newGoalNumber: '2.4', fieldOfActionId: 2, reason: 'Neu', description: 'Beratung online' }, context);
    expect(result.proposal?.newGoal).toEqual({ title: 'Digitale Teilhabe', number: '2.4', fieldOfActionId: 2, planPeriodId: 4, description: 'Beratung online', createKey: 'g-1' });
    expect(result.proposal?.change).toMatchObject({ title: 'neues Ziel: 2.4 Digitale Teilhabe', type: 'added', createKey: 'c-1' });
    expect(result.proposal?.change.goalId).toBeUndefined();
  });

  it('says what is missing: a reason always, the goal, or for a new goal its title and field', () => {
    expect(proposeGoalChange({ type: 'modified', reason: '' }, context).problems.map((problem) => problem.message)).toEqual(['goalChange.reasonRequired', 'goalChange.goalRequired']);
    expect(proposeGoalChange({ type: 'added', reason: 'x' }, context).problems.map((problem) => problem.field)).toEqual(['newGoalTitle', 'fieldOfActionId']);
    expect(proposeGoalChange({ type: 'removed', goalId: 99, reason: 'x' }, context).problems).toEqual([{ field: 'goalId', message: 'measure.goalUnknown', params: { id: 99 } }]);
  });
});

describe('goalChangeStep', () => {
  const board = { id: 5, body: 'advisoryBoard' as const, date: '2026-09-14' };
  const committee = { id: 6, body: 'committee' as const, date: '2026-10-06' };

  it("takes a step on the date of the acting body's session", () => {
    expect(actingBody('proposed')).toBe('advisoryBoard');
    expect(actingBody('advisoryConsent')).toBe('committee');
    expect(actingBody('decided')).toBeUndefined();
    expect(goalChangeStep({ status: 'proposed' }, { to: 'advisoryConsent', session: board })).toEqual({ step: { to: 'advisoryConsent', date: '2026-09-14', sessionId: 5 }, problems: [] });
    expect(goalChangeStep({ status: 'advisoryConsent' }, { to: 'decided', session: committee, committeeReference: ' V/2026/0815 ' }).step).toEqual({
      to: 'decided',
      date: '2026-10-06',
      sessionId: 6,
      committeeReference: 'V/2026/0815'
    });
  });

  it("refuses another body's session, a missing session and a decision without paper number", () => {
    expect(goalChangeStep({ status: 'proposed' }, { to: 'advisoryConsent', session: committee }).problems.map((problem) => problem.message)).toEqual(['goalChange.advisorySessionRequired']);
    expect(goalChangeStep({ status: 'advisoryConsent' }, { to: 'decided' }).problems.map((problem) => problem.message)).toEqual(['goalChange.committeeSessionRequired', 'goalChange.referenceRequired']);
    expect(goalChangeStep({ status: 'advisoryConsent' }, { to: 'rejected', session: committee }).problems).toEqual([]);
  });
});
