import { actionItemProblems, actionItemTitle, earlierSessionIds, isOverdue, openActionItemsFor } from '../../../src/domain/actionItems';
import { isIsoDay } from '../../../src/domain/calendarDate';
import type { ActionItem } from '../../../src/domain/actionItems';

const item = (id: number, sessionId: number, changes: Partial<ActionItem> = {}): ActionItem => ({ id, sessionId, departmentId: 1, description: `Auftrag ${id}`, isDone: false, ...changes });

describe('action items of the sessions', () => {
  const sessions = [
    { id: 1, body: 'steeringGroup' as const, date: '2027-03-02' },
    { id: 2, body: 'advisoryBoard' as const, date: '2027-03-04' },
    { id: 3, body: 'steeringGroup' as const, date: '2027-09-14' },
    { id: 4, body: 'steeringGroup' as const, date: '2027-09-14' }
  ];

  it('lists on the agenda the open items of the same body’s earlier sessions, oldest due first, undated last', () => {
    const items = [
      item(10, 1, { dueDate: '2027-08-31' }),
      item(11, 1, { isDone: true, doneAt: '2027-05-01' }),
      item(12, 1),
      item(13, 2, { dueDate: '2027-04-01' }),
      item(14, 3, { dueDate: '2027-06-30' }),
      item(15, 4)
    ];
    // A new steering session in November: the open items of sessions 1, 3 and 4, not the Beirat's.
    expect(openActionItemsFor({ body: 'steeringGroup', date: '2027-11-20' }, sessions, items).map((entry) => entry.id)).toEqual([14, 10, 12, 15]);
    // Session 4 follows session 3 on the same day; session 3 does not list session 4's items, nor its own.
    expect(openActionItemsFor(sessions[3], sessions, items).map((entry) => entry.id)).toEqual([14, 10, 12]);
    expect(openActionItemsFor(sessions[2], sessions, items).map((entry) => entry.id)).toEqual([10, 12]);
    expect([...earlierSessionIds(sessions[0], sessions)]).toEqual([]);
  });

  it('refuses an item without department or description, or with a due date that is not a day', () => {
    expect(actionItemProblems({ departmentId: 3, description: 'Plätze erheben', dueDate: '2027-09-30' })).toEqual([]);
    expect(actionItemProblems({ departmentId: 0, description: ' ', dueDate: '2027-02-30' })).toEqual(['department', 'description', 'dueDate']);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('30.09.2027')).toBe(false);
  });

  it('titles an item by the first line of its description, cut to what the Title column holds', () => {
    expect(actionItemTitle('  Plätze erheben\nmit Zahlen nach Stadtteil')).toBe('Plätze erheben');
    const long = actionItemTitle('x'.repeat(300));
    expect(long.length).toBe(255);
    expect(long.endsWith('…')).toBe(true);
  });

  it('calls an open item overdue after its due date, never a done one', () => {
    expect(isOverdue(item(1, 1, { dueDate: '2027-06-30' }), '2027-07-01')).toBe(true);
    expect(isOverdue(item(1, 1, { dueDate: '2027-06-30' }), '2027-06-30')).toBe(false);
    expect(isOverdue(item(1, 1, { dueDate: '2027-06-30', isDone: true }), '2027-07-01')).toBe(false);
    expect(isOverdue(item(1, 1), '2099-01-01')).toBe(false);
  });
});
