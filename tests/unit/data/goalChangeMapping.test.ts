import { goalChangeCreationFields, goalChangeStepFields, newGoalFields, toGoalChange } from '../../../src/data/mapping/goalChangeMapping';
import type { GoalChange } from '../../../src/domain';

describe('goal change mapping', () => {
  it('stores a proposal with its German choices, the day as midnight in Germany, plan period, reason and key', () => {
    const fields = goalChangeCreationFields(
      { title: 'Ziel erreicht: 2.2 Netzwerk', type: 'reached', status: 'proposed', reason: 'Zielwert erreicht.', planPeriodId: 4, proposedDate: '2026-03-02', createKey: 'k-1' },
      12
    );
    expect(fields).toEqual({
      Title: 'Ziel erreicht: 2.2 Netzwerk',
      GoalId: 12,
      ChangeType: 'Ziel erreicht',
      ChangeDescription: null,
      ChangeStatus: 'vorgeschlagen',
      ProposedDate: '2026-03-01T23:00:00.000Z',
      PlanPeriodId: 4,
      ChangeReason: 'Zielwert erreicht.',
      CreateKey: 'k-1'
    });
  });

  it('reads a decided change with its sessions, dates as days and the version', () => {
    const change = toGoalChange({
      Id: 3,
      Title: 'Ziel geändert: 1.1',
      GoalId: 7,
      ChangeType: 'Ziel geändert',
      ChangeDescription: 'Kindertagespflege',
      ChangeStatus: 'beschlossen',
      ProposedDate: '2025-09-30T22:00:00Z',
      AdvisoryBoardDate: '2025-11-06T23:00:00Z',
      CommitteeDate: '2025-12-02T23:00:00Z',
      CommitteeReference: 'V/2025/0412',
      PlanPeriodId: 4,
      ChangeReason: null,
      AdvisoryBoardSessionId: 21,
      CommitteeSessionId: 22,
      'odata.etag': '"2"'
    });
    expect(change).toEqual({
      id: 3,
      title: 'Ziel geändert: 1.1',
      goalId: 7,
      type: 'modified',
      status: 'decided',
      description: 'Kindertagespflege',
      proposedDate: '2025-10-01',
      advisoryBoardDate: '2025-11-07',
      committeeDate: '2025-12-03',
      committeeReference: 'V/2025/0412',
      planPeriodId: 4,
      advisoryBoardSessionId: 21,
      committeeSessionId: 22,
      etag: '"2"'
    });
  });

  it('reads a status typed by hand that it does not know as proposed, never as decided', () => {
    expect(toGoalChange({ Id: 1, Title: 'x', GoalId: 1, ChangeType: 'irgendwas', ChangeStatus: 'durch' })).toMatchObject({ type: 'modified', status: 'proposed' });
  });

  it("writes only what a step changes: status, the acting body's day and session, the committee paper", () => {
    const proposed: GoalChange = { id: 1, title: 'x', goalId: 1, type: 'added', status: 'proposed', proposedDate: '2026-02-01' };
    const consented: GoalChange = { ...proposed, status: 'advisoryConsent', advisoryBoardDate: '2026-03-04', advisoryBoardSessionId: 9 };
    expect(goalChangeStepFields(proposed, consented)).toEqual({ ChangeStatus: 'Beirat zugestimmt', AdvisoryBoardDate: '2026-03-03T23:00:00.000Z', AdvisoryBoardSessionId: 9 });
    const decided: GoalChange = { ...consented, status: 'decided', committeeDate: '2026-06-16', committeeSessionId: 10, committeeReference: 'V/2026/0117' };
    expect(goalChangeStepFields(consented, decided)).toEqual({ ChangeStatus: 'beschlossen', CommitteeDate: '2026-06-15T22:00:00.000Z', CommitteeSessionId: 10, CommitteeReference: 'V/2026/0117' });
  });

  it('creates the goal of a new-goal proposal in its field and plan period, keyed', () => {
    expect(newGoalFields({ title: 'Digitale Teilhabe', number: '4.2', fieldOfActionId: 4, planPeriodId: 4, createKey: 'g-1' })).toEqual({
      Title: 'Digitale Teilhabe',
      GoalNumber: '4.2',
      FieldOfActionId: 4,
      PlanPeriodId: 4,
      Description: null,
      CreateKey: 'g-1'
    });
  });
});
