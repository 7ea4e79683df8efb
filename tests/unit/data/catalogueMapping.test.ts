import { toMeasure, toPlanPeriod } from '../../../src/data/mapping/catalogueMapping';

describe('reading catalogue items', () => {
  it("reads a date-only column stored as the city's local midnight as that calendar day", () => {
    const period = toPlanPeriod({ Id: 2, Title: '2. Fortschreibung 2019–2021', UpdateNumber: 2, StartYear: 2019, EndYear: 2021, AdoptionDate: '2019-03-14T23:00:00Z', PeriodStatus: 'Beschlossen' });
    expect(period).toMatchObject({ adoptionDate: '2019-03-15', status: 'adopted', startYear: 2019 });
  });

  it('reads who closed and reopened a period, when and why, with its version', () => {
    const period = toPlanPeriod({
      Id: 3,
      Title: '3. Fortschreibung 2022–2024',
      UpdateNumber: 3,
      StartYear: 2022,
      EndYear: 2024,
      PeriodStatus: 'Beschlossen',
      PaperNumber: '0815/2022',
      ClosedAt: '2025-02-01T09:00:00Z',
      ClosedBy: { Title: 'Büro für Integration' },
      ReopenedAt: '2025-02-03T10:00:00Z',
      ReopenedBy: { Title: 'Büro für Integration' },
      ReopenReason: 'Nachtrag',
      'odata.etag': '"4"'
    });
    expect(period).toMatchObject({
      status: 'adopted',
      paperNumber: '0815/2022',
      closedAt: '2025-02-01T09:00:00Z',
      closedBy: 'Büro für Integration',
      reopenedAt: '2025-02-03T10:00:00Z',
      reopenedBy: 'Büro für Integration',
      reopenReason: 'Nachtrag',
      etag: '"4"'
    });
    // Never closed: no empty record.
    const open = toPlanPeriod({ Id: 4, Title: '4.', UpdateNumber: 4, StartYear: 2025, EndYear: 2027, PeriodStatus: 'Beschlossen', ClosedBy: null });
    expect(Object.keys(open)).not.toContain('closedBy');
    expect(Object.keys(open)).not.toContain('closedAt');
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
