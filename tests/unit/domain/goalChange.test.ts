import type { Goal } from '../../../src/domain/catalogue';
import { advanceGoalChange, effectiveGoalSet, GoalChange, goalsAwaitingDecision, isEffective, nextGoalChangeStatuses } from '../../../src/domain/goalChange';

function goal(id: number, title: string): Goal {
  return { id, title, number: `1.${id}`, fieldOfActionId: 1, planPeriodId: 2 };
}

const proposed: GoalChange = { id: 1, title: 'Neues Ziel Digitale Teilhabe', goalId: 11, type: 'added', status: 'proposed', proposedDate: '2023-02-01' };

describe('advanceGoalChange', () => {
  it('goes proposed → advisory consent → decided, recording the dates and the committee paper', () => {
    const consented = advanceGoalChange(proposed, { to: 'advisoryConsent', date: '2023-04-20' });
    expect(consented.change).toMatchObject({ status: 'advisoryConsent', advisoryBoardDate: '2023-04-20' });
    const decided = advanceGoalChange(consented.change as GoalChange, { to: 'decided', date: '2023-06-14', committeeReference: ' V/2023/117 ' });
    expect(decided.problems).toEqual([]);
    expect(decided.change).toEqual({ ...proposed, status: 'decided', advisoryBoardDate: '2023-04-20', committeeDate: '2023-06-14', committeeReference: 'V/2023/117' });
  });

  it('records the session of the body that acted in its own field', () => {
    const consented = advanceGoalChange(proposed, { to: 'advisoryConsent', date: '2023-04-20', sessionId: 30 }).change as GoalChange;
    expect(consented).toMatchObject({ advisoryBoardSessionId: 30 });
    expect(consented.committeeSessionId).toBeUndefined();
    expect(advanceGoalChange(consented, { to: 'rejected', date: '2023-06-14', sessionId: 31 }).change).toMatchObject({ status: 'rejected', advisoryBoardSessionId: 30, committeeSessionId: 31 });
  });

  it('lets the board or the committee reject', () => {
    expect(advanceGoalChange(proposed, { to: 'rejected', date: '2023-04-20' }).change).toMatchObject({ status: 'rejected', advisoryBoardDate: '2023-04-20' });
    const consented = { ...proposed, status: 'advisoryConsent' as const, advisoryBoardDate: '2023-04-20' };
    expect(advanceGoalChange(consented, { to: 'rejected', date: '2023-06-14' }).change).toMatchObject({ status: 'rejected', committeeDate: '2023-06-14' });
  });

  it('refuses to skip the advisory board or to reopen a final state', () => {
    expect(advanceGoalChange(proposed, { to: 'decided', date: '2023-06-14' }).problems).toEqual([
      { field: 'status', message: 'goalChange.invalidTransition', params: { from: 'proposed', to: 'decided' } }
    ]);
    expect(nextGoalChangeStatuses('decided')).toEqual([]);
    expect(advanceGoalChange({ ...proposed, status: 'rejected' }, { to: 'proposed', date: '2023-06-14' }).change).toBeUndefined();
  });

  it('refuses a date before the previous step', () => {
    expect(advanceGoalChange(proposed, { to: 'advisoryConsent', date: '2023-01-15' }).problems).toEqual([
      { field: 'advisoryBoardDate', message: 'goalChange.dateBeforePrevious', params: { previous: '2023-02-01' } }
    ]);
    expect(advanceGoalChange(proposed, { to: 'advisoryConsent', date: '' }).problems[0].message).toBe('date.required');
  });
});

describe('effectiveGoalSet', () => {
  const goals = [goal(10, 'Sprachförderung'), goal(11, 'Digitale Teilhabe'), goal(12, 'Ehrenamt'), goal(13, 'Wohnen')];
  const changes: GoalChange[] = [
    { id: 1, title: 'Digitale Teilhabe aufnehmen', goalId: 11, type: 'added', status: 'decided', proposedDate: '2023-02-01', advisoryBoardDate: '2023-04-20', committeeDate: '2023-06-14' },
    { id: 2, title: 'Ehrenamt streichen', goalId: 12, type: 'removed', status: 'advisoryConsent', proposedDate: '2023-03-01', advisoryBoardDate: '2023-04-20' },
    { id: 3, title: 'Sprachförderung erreicht', goalId: 10, type: 'reached', status: 'decided', proposedDate: '2023-09-01', advisoryBoardDate: '2023-10-10', committeeDate: '2023-11-22' },
    { id: 4, title: 'Wohnen streichen', goalId: 13, type: 'removed', status: 'decided', proposedDate: '2022-09-01', advisoryBoardDate: '2022-10-10', committeeDate: '2022-11-22' },
    { id: 5, title: 'Wohnen neu fassen', goalId: 13, type: 'modified', status: 'rejected', proposedDate: '2022-05-01', advisoryBoardDate: '2022-06-01' }
  ];

  it('applies only changes the committee has decided by the date', () => {
    const before = effectiveGoalSet(goals, changes, '2023-06-13');
    expect(before.goals.map((g) => g.goal.id)).toEqual([10, 12]);
    const after = effectiveGoalSet(goals, changes, '2023-06-14');
    expect(after.goals.map((g) => g.goal.id)).toEqual([10, 11, 12]);
  });

  it('keeps a reached goal in force, marked as reached from the decision on', () => {
    expect(effectiveGoalSet(goals, changes, '2023-11-21').goals.find((g) => g.goal.id === 10)?.isReached).toBe(false);
    expect(effectiveGoalSet(goals, changes, '2023-11-22').goals.find((g) => g.goal.id === 10)?.isReached).toBe(true);
  });

  it('keeps the whole history, in every state, oldest first', () => {
    const set = effectiveGoalSet(goals, changes, '2024-01-01');
    expect(set.history.map((c) => c.id)).toEqual([5, 4, 1, 2, 3]);
    expect(set.goals.find((g) => g.goal.id === 12)?.history.map((c) => c.status)).toEqual(['advisoryConsent']);
  });

  it('counts a change as effective only once decided with a date', () => {
    expect(isEffective(changes[0], '2023-06-14T00:30:00+02:00')).toBe(true);
    expect(isEffective(changes[1], '2030-01-01')).toBe(false);
    expect(isEffective({ ...changes[0], committeeDate: undefined }, '2030-01-01')).toBe(false);
  });
});

describe('goalsAwaitingDecision', () => {
  it('names the goals of new-goal proposals not decided on the day, and no goal of another kind of change', () => {
    const decided: GoalChange = { ...proposed, id: 2, goalId: 12, status: 'decided', advisoryBoardDate: '2023-04-20', committeeDate: '2023-06-14' };
    const rejected: GoalChange = { ...proposed, id: 3, goalId: 13, status: 'rejected', advisoryBoardDate: '2023-04-20' };
    const reached: GoalChange = { ...proposed, id: 4, goalId: 14, type: 'reached' };
    expect([...goalsAwaitingDecision([proposed, decided, rejected, reached], '2023-06-13')].sort()).toEqual([11, 12, 13]);
    expect([...goalsAwaitingDecision([proposed, decided, rejected, reached], '2023-06-14')].sort()).toEqual([11, 13]);
  });
});
