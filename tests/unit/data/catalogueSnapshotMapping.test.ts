import { toCatalogueSnapshot, type CatalogueRows } from '../../../src/data/mapping/catalogueSnapshotMapping';
import { toIndicator } from '../../../src/data/mapping/indicatorMapping';

/** Rows of two plan periods (2: previous, 3: current) as SharePoint answers them, a department folder among the measures. */
const rows: CatalogueRows = {
  guidingGoals: [
    { Id: 1, Title: 'Chancengleichheit', SortOrder: 1, PlanPeriodId: 2 },
    { Id: 4, Title: 'Chancengleichheit in Bildung und Arbeit', SortOrder: 1, PlanPeriodId: 3, PredecessorGuidingGoalId: 1, Description: 'Leitbild' }
  ],
  fieldsOfAction: [
    { Id: 6, Title: 'Arbeit', SortOrder: 2, PlanPeriodId: 3, PredecessorFieldOfActionId: 2 },
    { Id: 5, Title: 'Sprache und Bildung', SortOrder: 1, PlanPeriodId: 3, PredecessorFieldOfActionId: 1 },
    { Id: 1, Title: 'Sprache und Bildung', SortOrder: 1, PlanPeriodId: 2 }
  ],
  goals: [
    { Id: 12, Title: 'Deutsch für Erwachsene', GoalNumber: '1.10', FieldOfActionId: 5, PlanPeriodId: 3 },
    { Id: 11, Title: 'Frühe Förderung', GoalNumber: '1.2', FieldOfActionId: 5, PlanPeriodId: 3, PredecessorGoalId: 3 }
  ],
  measures: [
    { Id: 40, Title: '50', FileSystemObjectType: 1, PlanPeriodId: null },
    { Id: 41, Title: 'Sprach-Kitas', MeasureNumber: '1.2.1', GoalId: 11, PlanPeriodId: 3, LeadDepartmentId: 5, InvolvedDepartmentsId: [], MeasureStatus: 'Daueraufgabe', PredecessorMeasureId: 7, FileSystemObjectType: 0, 'odata.etag': '"1"' },
    { Id: 42, Title: 'Alte Maßnahme', MeasureNumber: '1.1.1', GoalId: 3, PlanPeriodId: 2, LeadDepartmentId: 5, MeasureStatus: 'umgesetzt', FileSystemObjectType: 0 }
  ],
  indicators: [
    { Id: 60, Title: 'Kinder in Sprach-Kitas', MeasureId: 41, GoalId: 11, DepartmentId: 5, Unit: 'Personen', Direction: 'höher ist besser', TargetValue: 500, PredecessorIndicatorId: 9, SeriesContinuity: 'umbenannt' },
    { Id: 61, Title: 'Sprachkursplätze', GoalId: 12, DepartmentId: 7, Unit: 'Plätze', TargetValue: 80 },
    { Id: 62, Title: 'Alte Kennzahl', MeasureId: 42, GoalId: 3, DepartmentId: 5, Unit: 'Anzahl' }
  ]
};

describe('reading the catalogue of one plan period for a comparison', () => {
  const snapshot = toCatalogueSnapshot(rows, 3);

  it('takes only the items of the period, in the order the period reads, with their predecessors', () => {
    expect(snapshot.guidingGoals).toEqual([{ id: 4, title: 'Chancengleichheit in Bildung und Arbeit', sortOrder: 1, planPeriodId: 3, description: 'Leitbild', predecessorId: 1 }]);
    expect(snapshot.fieldsOfAction.map((field) => [field.id, field.predecessorId])).toEqual([[5, 1], [6, 2]]);
    // Numbered numerically: 1.2 before 1.10.
    expect(snapshot.goals.map((goal) => [goal.number, goal.predecessorId])).toEqual([['1.2', 3], ['1.10', undefined]]);
  });

  it('leaves folders out and carries no ETag, since a snapshot is never saved back', () => {
    expect(snapshot.measures).toHaveLength(1);
    expect(snapshot.measures[0]).toMatchObject({ id: 41, status: 'ongoing', predecessorId: 7 });
    expect(snapshot.measures[0]).not.toHaveProperty('etag');
  });

  it("takes the indicators of the period's measures and of its goals, with targets and their series link", () => {
    expect(snapshot.indicators.map((indicator) => indicator.id)).toEqual([60, 61]);
    expect(snapshot.indicators[0]).toMatchObject({ targetValue: 500, predecessorId: 9, seriesContinuity: 'renamed' });
    expect(toCatalogueSnapshot(rows, 2).indicators.map((indicator) => indicator.id)).toEqual([62]);
  });

  it('reads an unknown continuity as none rather than guessing', () => {
    expect(toIndicator({ Id: 1, Title: 'x', SeriesContinuity: 'irgendwie', PredecessorIndicatorId: 2 })).toMatchObject({ predecessorId: 2 });
    expect(toIndicator({ Id: 1, Title: 'x', SeriesContinuity: 'irgendwie' })).not.toHaveProperty('seriesContinuity');
  });
});
