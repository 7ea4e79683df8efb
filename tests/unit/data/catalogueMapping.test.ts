import { toMeasure, toPlanPeriod } from '../../../src/data/mapping/catalogueMapping';

describe('reading catalogue items', () => {
  it("reads a date-only column stored as the city's local midnight as that calendar day", () => {
    const period = toPlanPeriod({ Id: 2, Title: '2. Fortschreibung 2019–2021', UpdateNumber: 2, StartYear: 2019, EndYear: 2021, AdoptionDate: '2019-03-14T23:00:00Z', PeriodStatus: 'Beschlossen' });
    expect(period).toMatchObject({ adoptionDate: '2019-03-15', status: 'adopted', startYear: 2019 });
  });

  it('maps German choice values to codes, lookups to ids and multi-lookups to id lists', () => {
    const measure = toMeasure({
      Id: 7,
      Title: 'Sprachkurse für Eltern',
      MeasureNumber: '1.2.3',
      GoalId: 3,
      PlanPeriodId: 2,
      LeadDepartmentId: 5,
      InvolvedDepartmentsId: [1, 4],
      SourceConceptId: 1,
      MeasureStatus: 'in Umsetzung',
      ContactId: 12,
      Contact: { Title: 'Anna Schmidt', EMail: 'anna.schmidt@stadt.example' }
    });
    expect(measure).toMatchObject({ id: 7, number: '1.2.3', goalId: 3, leadDepartmentId: 5, involvedDepartmentIds: [1, 4], status: 'inProgress', contact: { id: 12, displayName: 'Anna Schmidt' } });
  });
});
