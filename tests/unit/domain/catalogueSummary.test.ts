import type { FieldOfAction, Goal, Measure } from '../../../src/domain/catalogue';
import type { MeasureStatus } from '../../../src/domain/choices';
import type { Department } from '../../../src/domain/organisation';
import { countByStatus, summariseCatalogue } from '../../../src/domain/catalogueSummary';

const fieldsOfAction: FieldOfAction[] = [
  { id: 2, title: 'Arbeit', sortOrder: 2, planPeriodId: 1 },
  { id: 1, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 1 },
  { id: 9, title: 'Altes Handlungsfeld', sortOrder: 1, planPeriodId: 0 }
];
const goals: Goal[] = [
  { id: 10, title: 'Deutschkenntnisse verbessern', number: '1.1', fieldOfActionId: 1, planPeriodId: 1 },
  { id: 11, title: 'Bildungsabschlüsse sichern', number: '1.2', fieldOfActionId: 1, planPeriodId: 1 },
  { id: 20, title: 'Arbeitsmarktzugang', number: '2.1', fieldOfActionId: 2, planPeriodId: 1 },
  { id: 90, title: 'Altziel', number: '1.1', fieldOfActionId: 9, planPeriodId: 0 }
];
const departments: Department[] = [
  { id: 3, number: '80', name: 'Wirtschaftsförderung', groupName: 'FB 80 Mitglieder' },
  { id: 1, number: '40', name: 'Schule und Bildung', groupName: 'FB 40 Mitglieder' },
  { id: 2, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' },
  { id: 4, number: '9', name: 'Stabsstelle', groupName: 'FB 9 Mitglieder' }
];

let nextId = 100;
function measure(goalId: number, leadDepartmentId: number, status: MeasureStatus, involved: number[] = [], planPeriodId = 1): Measure {
  nextId += 1;
  return { id: nextId, title: `Maßnahme ${nextId}`, goalId, planPeriodId, leadDepartmentId, involvedDepartmentIds: involved, status };
}

const measures = [
  measure(10, 1, 'implemented', [2]),
  measure(10, 1, 'inProgress'),
  measure(11, 2, 'ongoing', [1]),
  measure(20, 3, 'planned', [2]),
  measure(20, 3, 'dropped'),
  measure(90, 1, 'implemented', [], 0)
];

describe('summariseCatalogue', () => {
  const summary = summariseCatalogue(1, { fieldsOfAction, goals, measures, departments });

  it('counts only the plan period asked for', () => {
    expect(summary.measureCount).toBe(5);
    expect(summary.goalCount).toBe(3);
    expect(summary.fieldsOfAction.map((f) => f.id)).toEqual([1, 2]);
  });

  it('counts measures per status, all statuses in order', () => {
    expect(summary.statusCounts).toEqual([
      { status: 'planned', count: 1 },
      { status: 'inProgress', count: 1 },
      { status: 'implemented', count: 1 },
      { status: 'ongoing', count: 1 },
      { status: 'suspended', count: 0 },
      { status: 'dropped', count: 1 }
    ]);
  });

  it('counts goals and measures per field of action in sort order', () => {
    expect(summary.fieldsOfAction).toEqual([
      { id: 1, title: 'Sprache und Bildung', sortOrder: 1, goalCount: 2, measureCount: 3 },
      { id: 2, title: 'Arbeit', sortOrder: 2, goalCount: 1, measureCount: 2 }
    ]);
  });

  it('counts led, involved and done measures per department, by number', () => {
    expect(summary.departments.map((d) => [d.number, d.leadCount, d.involvedCount, d.doneCount])).toEqual([
      ['9', 0, 0, 0],
      ['40', 2, 1, 1],
      ['50', 1, 2, 1],
      ['80', 2, 0, 0]
    ]);
    expect(summary.departments.find((d) => d.number === '80')?.statusCounts.filter((s) => s.count > 0)).toEqual([
      { status: 'planned', count: 1 },
      { status: 'dropped', count: 1 }
    ]);
  });
});

describe('countByStatus', () => {
  it('gives zeros for an empty catalogue', () => {
    expect(countByStatus([]).every((s) => s.count === 0)).toBe(true);
    expect(countByStatus([]).length).toBe(6);
  });
});
