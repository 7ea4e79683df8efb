import { buildSeed, type SeedData, type SeedItem } from '../../../local/seed';

/** What the demo shows: the counts the walkthrough relies on, plausible values, and the domain rules. */

const today = new Date('2026-11-23T08:00:00Z');
const demo = buildSeed('demo', today);
const items = (seed: SeedData, list: string): SeedItem[] => seed.lists[list] ?? [];
const field = <T = unknown>(item: SeedItem, name: string): T => item.fields[name] as T;
const byId = (seed: SeedData, list: string, id: number): SeedItem => items(seed, list)[id - 1];
/** Reported values; the items the office prepared for the year being collected have no Total yet. */
const reported = (seed: SeedData): SeedItem[] => items(seed, 'IndicatorValues').filter((item) => item.fields.Total !== undefined);
const prepared = (seed: SeedData): SeedItem[] => items(seed, 'IndicatorValues').filter((item) => item.fields.Total === undefined);

describe('demo seed', () => {
  it('has the stated amounts of data', () => {
    expect(items(demo, 'Concepts').map((item) => [field(item, 'Title'), field(item, 'ConceptYear')])).toEqual([
      ['Integration durch Konsens', 2008],
      ['Integrationskonzept Flüchtlinge', 2016]
    ]);
    expect(items(demo, 'Departments')).toHaveLength(12);
    expect(items(demo, 'FieldsOfAction').map((item) => field(item, 'Title'))).toEqual(['Sprache und Bildung', 'Arbeit', 'Soziales und gesellschaftliche Teilhabe', 'Politik und Recht']);
    expect(items(demo, 'Goals')).toHaveLength(10);
    expect(items(demo, 'Measures')).toHaveLength(42);
    expect(items(demo, 'Indicators')).toHaveLength(60);
    expect(reported(demo).length).toBeGreaterThanOrEqual(150);
    expect(items(demo, 'Contacts')).toHaveLength(demo.users.filter((user) => user.role === 'department').length);
  });

  it('gives every department measures, and measures from both source concepts', () => {
    const leads = new Set(items(demo, 'Measures').map((item) => field<number>(item, 'LeadDepartmentId')));
    expect(leads.size).toBe(12);
    expect(new Set(items(demo, 'Measures').map((item) => field(item, 'SourceConceptId')))).toEqual(new Set([1, 2]));
    expect(new Set(items(demo, 'Measures').map((item) => field(item, 'MeasureStatus')))).toEqual(new Set(['geplant', 'in Umsetzung', 'umgesetzt', 'Daueraufgabe', 'zurückgestellt', 'entfallen']));
  });

  it('files measures in the folder of their department and plan period, and indicator values in its folder of their year', () => {
    const numberOf = (departmentId: number): string => field(byId(demo, 'Departments', departmentId), 'DepartmentNumber');
    const updateNumberOf = (periodId: number): number => field(byId(demo, 'PlanPeriods', periodId), 'UpdateNumber');
    for (const measure of items(demo, 'Measures')) {
      expect(measure.folder).toBe(`${numberOf(field(measure, 'LeadDepartmentId'))}/FS${updateNumberOf(field(measure, 'PlanPeriodId'))}`);
    }
    for (const value of items(demo, 'IndicatorValues')) {
      expect(value.folder).toBe(`${numberOf(field(value, 'DepartmentId'))}/${field(value, 'ValueYear')}`);
    }
  });

  it('has the year being collected opened: an empty item for every indicator not reported yet, none for the other years', () => {
    const collected = 2025;
    const empty = prepared(demo);
    expect(empty.length).toBeGreaterThan(0);
    expect(new Set(empty.map((item) => field(item, 'ValueYear')))).toEqual(new Set([collected]));
    const keys = new Set(items(demo, 'IndicatorValues').filter((item) => field(item, 'ValueYear') === collected).map((item) => field(item, 'IndicatorId')));
    // Every indicator has exactly one item of that year: its value, or the prepared one the department owes.
    expect(keys.size).toBe(items(demo, 'Indicators').length);
    for (const item of empty) {
      expect(['Female', 'Male', 'Diverse', 'NotStated', 'Source', 'ValueComment'].map((name) => item.fields[name])).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    }
  });

  it('creates the year folders of every department: read-only in the locked year, to fill in otherwise', () => {
    const yearFolders = demo.folders.filter((folder) => folder.list === 'IndicatorValues' && folder.parent !== undefined);
    expect(yearFolders).toHaveLength(12 * 3);
    for (const folder of yearFolders) {
      const level = folder.roleAssignments.find((assignment) => assignment.group === `FB ${folder.parent} Mitglieder`)?.role;
      expect({ year: folder.name, level }).toEqual({ year: folder.name, level: folder.name === '2024' ? 'Read' : 'IP Werte eintragen' });
    }
  });

  it('creates the period folders of every department: read-only in a closed period, editable in the adopted one and the draft', () => {
    const periodFolders = demo.folders.filter((folder) => folder.list === 'Measures' && folder.parent !== undefined);
    const periods = items(demo, 'PlanPeriods');
    expect(periodFolders).toHaveLength(12 * periods.length);
    for (const folder of periodFolders) {
      const period = periods.find((item) => `FS${field(item, 'UpdateNumber')}` === folder.name)!;
      const level = folder.roleAssignments.find((assignment) => assignment.group === `FB ${folder.parent} Mitglieder`)?.role;
      expect({ period: folder.name, level }).toEqual({ period: folder.name, level: field(period, 'PeriodStatus') === 'Abgeschlossen' ? 'Read' : 'IP Bearbeiten ohne Löschen' });
      expect(folder.roleAssignments).toContainEqual({ group: 'Integrationsplanung Besitzer', role: 'Full Control' });
    }
    // A closed period says when and by whom; an open one has no such record.
    for (const period of periods) {
      const isClosed = field(period, 'PeriodStatus') === 'Abgeschlossen';
      expect({ closedAt: field(period, 'ClosedAt') !== undefined, closedBy: field(period, 'ClosedBy') }).toEqual({ closedAt: isClosed, closedBy: isClosed ? 'koordination@stadt.example' : undefined });
    }
  });

  it('dates plan periods around today: earlier ones closed, the running one adopted, the next a draft', () => {
    const periods = items(demo, 'PlanPeriods').map((item) => ({ title: field(item, 'Title'), status: field(item, 'PeriodStatus'), adopted: field<string | undefined>(item, 'AdoptionDate') }));
    expect(periods[1]).toEqual({ title: '2. Fortschreibung 2019–2021', status: 'Abgeschlossen', adopted: '2019-03-14T23:00:00.000Z' });
    expect(periods.filter((period) => period.status === 'Beschlossen').map((period) => period.title)).toEqual(['4. Fortschreibung 2025–2027']);
    expect(periods[periods.length - 1]).toEqual({ title: '5. Fortschreibung 2028–2030', status: 'Entwurf', adopted: undefined });
    // The catalogue belongs to the running period.
    const current = items(demo, 'PlanPeriods').findIndex((item) => field(item, 'PeriodStatus') === 'Beschlossen') + 1;
    expect(new Set(items(demo, 'Measures').map((item) => field(item, 'PlanPeriodId')))).toEqual(new Set([current]));
  });

  it('has values for the last three years only, one per indicator and year, keyed as the upsert expects', () => {
    const values = reported(demo);
    expect(new Set(values.map((value) => field(value, 'ValueYear')))).toEqual(new Set([2023, 2024, 2025]));
    for (const value of values) {
      expect(field(value, 'ValueKey')).toBe(`${field(value, 'IndicatorId')}-${field(value, 'ValueYear')}`);
      const indicator = byId(demo, 'Indicators', field(value, 'IndicatorId'));
      expect(field(value, 'DepartmentId')).toBe(field(indicator, 'DepartmentId'));
    }
    // A department that is late leaves a gap, which the dashboard reports as missing.
    const lastYear = values.filter((value) => field(value, 'ValueYear') === 2025).length;
    const firstYear = values.filter((value) => field(value, 'ValueYear') === 2023).length;
    expect(lastYear).toBeLessThan(firstYear);
  });

  it('splits gender-split values into parts that add up to the total, and only those', () => {
    let splitValues = 0;
    for (const value of reported(demo)) {
      const indicator = byId(demo, 'Indicators', field(value, 'IndicatorId'));
      const parts = ['Female', 'Male', 'Diverse', 'NotStated'].map((name) => field<number | undefined>(value, name));
      if (field(indicator, 'IsGenderSplit')) {
        splitValues += 1;
        expect(parts.every((part) => Number.isInteger(part) && part! >= 0)).toBe(true);
        expect(parts.reduce((sum: number, part) => sum + part!, 0)).toBe(field(value, 'Total'));
      } else {
        expect(parts).toEqual([undefined, undefined, undefined, undefined]);
      }
    }
    expect(splitValues).toBeGreaterThan(50);
  });

  it('keeps values plausible: non-negative, percentages at most 100, counts whole numbers', () => {
    for (const value of reported(demo)) {
      const indicator = byId(demo, 'Indicators', field(value, 'IndicatorId'));
      const total = field<number>(value, 'Total');
      expect(total).toBeGreaterThanOrEqual(0);
      if (field(indicator, 'Unit') === 'Prozent') {
        expect(total).toBeLessThanOrEqual(100);
      }
      if (['Anzahl', 'Personen'].includes(field(indicator, 'Unit'))) {
        expect(Number.isInteger(total)).toBe(true);
      }
    }
    for (const list of Object.values(demo.lists)) {
      for (const item of list) {
        expect(String(item.fields.Title).length).toBeLessThanOrEqual(255);
      }
    }
  });

  it('has initial reviews keyed by measure, for measures of the reviewed department', () => {
    const reviews = items(demo, 'InitialReviews');
    expect(reviews.length).toBeGreaterThan(5);
    for (const review of reviews) {
      expect(field(review, 'ReviewKey')).toBe(String(field(review, 'MeasureId')));
      expect(field(byId(demo, 'Measures', field(review, 'MeasureId')), 'LeadDepartmentId')).toBe(field(review, 'DepartmentId'));
      expect(Date.parse(field(review, 'ReviewDate'))).toBeLessThan(today.getTime());
    }
  });

  it('has goal agreements per department and year, last year for every department, reviewed ones with achievements', () => {
    const agreements = items(demo, 'GoalAgreements');
    for (const agreement of agreements) {
      expect(field(agreement, 'AgreementKey')).toBe(`${field(agreement, 'DepartmentId')}-${field(agreement, 'AgreementYear')}`);
      expect(field(agreement, 'ReviewedOn') !== undefined).toBe(field(agreement, 'AgreementStatus') === 'überprüft');
      const previous = field<number | undefined>(agreement, 'PreviousAgreementId');
      if (previous !== undefined) {
        const before = byId(demo, 'GoalAgreements', previous);
        expect([field(before, 'DepartmentId'), field(before, 'AgreementYear')]).toEqual([field(agreement, 'DepartmentId'), field<number>(agreement, 'AgreementYear') - 1]);
      }
    }
    expect(new Set(agreements.filter((agreement) => field(agreement, 'AgreementYear') === 2025).map((agreement) => field(agreement, 'DepartmentId'))).size).toBe(12);
    const agreementItems = items(demo, 'AgreementItems');
    const statusOf = (item: SeedItem): string => field(byId(demo, 'GoalAgreements', field(item, 'AgreementId')), 'AgreementStatus');
    const reviewedAchievements = agreementItems.filter((item) => statusOf(item) === 'überprüft').map((item) => field<string>(item, 'Achievement'));
    expect(reviewedAchievements.length).toBeGreaterThan(12);
    expect(reviewedAchievements).not.toContain('offen');
    expect(reviewedAchievements).toEqual(expect.arrayContaining(['erreicht', 'teilweise erreicht', 'nicht erreicht']));
    expect(agreementItems.filter((item) => statusOf(item) === 'vereinbart').every((item) => field(item, 'Achievement') === 'offen')).toBe(true);
  });

  it('carries unfinished agreed measures into the next agreement of the same department', () => {
    const agreementItems = items(demo, 'AgreementItems');
    const carried = agreementItems.filter((item) => field(item, 'CarriedOverFromId') !== undefined);
    expect(carried.length).toBeGreaterThan(0);
    for (const item of carried) {
      const source = byId(demo, 'AgreementItems', field(item, 'CarriedOverFromId'));
      expect(['teilweise erreicht', 'nicht erreicht']).toContain(field(source, 'Achievement'));
      expect(field(source, 'MeasureId')).toBe(field(item, 'MeasureId'));
      const from = byId(demo, 'GoalAgreements', field(source, 'AgreementId'));
      const to = byId(demo, 'GoalAgreements', field(item, 'AgreementId'));
      expect(field(to, 'PreviousAgreementId')).toBe(field(source, 'AgreementId'));
      expect(field(to, 'DepartmentId')).toBe(field(from, 'DepartmentId'));
    }
  });

  it('records the meeting of every agreement, and the booked, proposed and missing agreement meetings of this year', () => {
    const meetings = items(demo, 'Meetings');
    const agreementMeetings = meetings.filter((meeting) => field(meeting, 'MeetingKind') === 'Zielvereinbarungsgespräch');
    for (const agreement of items(demo, 'GoalAgreements')) {
      const own = agreementMeetings.filter((meeting) => field(meeting, 'DepartmentId') === field(agreement, 'DepartmentId') && field(meeting, 'MeetingYear') === field(agreement, 'AgreementYear'));
      expect({ key: field(agreement, 'AgreementKey'), states: own.map((meeting) => field(meeting, 'MeetingState')) }).toEqual({ key: field(agreement, 'AgreementKey'), states: ['gebucht'] });
    }
    for (const meeting of meetings) {
      expect(Date.parse(field(meeting, 'MeetingStart'))).toBeLessThan(Date.parse(field(meeting, 'MeetingEnd')));
      // The organizer is not among the attendees; the department's contacts are.
      expect(field<string>(meeting, 'Attendees')).not.toContain('koordination@stadt.example');
    }
    const thisYear = agreementMeetings.filter((meeting) => field(meeting, 'MeetingYear') === 2026);
    const booked = new Set(thisYear.filter((meeting) => field(meeting, 'MeetingState') === 'gebucht').map((meeting) => field(meeting, 'DepartmentId')));
    const proposed = thisYear.filter((meeting) => field(meeting, 'MeetingState') === 'vorgeschlagen');
    expect(booked.size).toBeGreaterThanOrEqual(4);
    expect(proposed).toHaveLength(1);
    expect(booked.size + proposed.length).toBeLessThan(12);
    expect(thisYear.filter((meeting) => Date.parse(field(meeting, 'MeetingStart')) > today.getTime()).length).toBeGreaterThanOrEqual(2);
    expect(meetings.filter((meeting) => field(meeting, 'MeetingKind') === 'Erstgespräch')).toHaveLength(4);
  });

  it('keeps agreements, their measures and the departments\' comments in the department folders', () => {
    const departmentNumber = (id: number): string => field(byId(demo, 'Departments', id), 'DepartmentNumber');
    for (const agreement of items(demo, 'GoalAgreements')) {
      expect(agreement.folder).toBe(departmentNumber(field(agreement, 'DepartmentId')));
    }
    for (const list of ['AgreementItems', 'AgreementComments']) {
      for (const item of items(demo, list)) {
        expect({ list, folder: item.folder }).toEqual({ list, folder: byId(demo, 'GoalAgreements', field(item, 'AgreementId')).folder });
      }
    }
    expect(items(demo, 'AgreementComments').length).toBeGreaterThanOrEqual(2);
    const withContact = items(demo, 'AgreementItems').filter((item) => field(item, 'ResponsibleContactId') !== undefined);
    for (const item of withContact) {
      const agreement = byId(demo, 'GoalAgreements', field(item, 'AgreementId'));
      expect(field(byId(demo, 'Contacts', field(item, 'ResponsibleContactId')), 'DepartmentId')).toBe(field(agreement, 'DepartmentId'));
    }
    expect(withContact.length).toBe(items(demo, 'AgreementItems').length);
  });

  it('has two steering group meetings in every past year except one, so the warning shows', () => {
    const perYear = new Map<number, number>();
    for (const meeting of items(demo, 'SteeringMeetings')) {
      const year = new Date(field<string>(meeting, 'MeetingDate')).getUTCFullYear();
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    expect([2023, 2024, 2025].map((year) => perYear.get(year))).toEqual([2, 1, 2]);
    const upcoming = items(demo, 'SteeringMeetings').filter((meeting) => Date.parse(field(meeting, 'MeetingDate')) > today.getTime());
    expect(upcoming).toHaveLength(1);
    expect(field(upcoming[0], 'Decisions')).toBeUndefined();
  });

  it('has goal changes in every state, with committee dates only once decided or rejected', () => {
    const changes = items(demo, 'GoalChanges');
    expect(new Set(changes.map((change) => field(change, 'ChangeStatus')))).toEqual(new Set(['vorgeschlagen', 'Beirat zugestimmt', 'beschlossen', 'abgelehnt']));
    for (const change of changes) {
      const status = field(change, 'ChangeStatus');
      expect(field(change, 'CommitteeDate') !== undefined).toBe(status === 'beschlossen' || status === 'abgelehnt');
      expect(field(change, 'AdvisoryBoardDate') !== undefined).toBe(status !== 'vorgeschlagen');
      const dates = ['ProposedDate', 'AdvisoryBoardDate', 'CommitteeDate'].map((name) => field<string | undefined>(change, name)).filter((date): date is string => date !== undefined);
      expect([...dates].sort()).toEqual(dates);
    }
  });
});

describe('empty and large seeds', () => {
  it("'empty' holds users, groups, permissions and department folders only", () => {
    const empty = buildSeed('empty', today);
    expect(empty.lists).toEqual({});
    expect(empty.calendars).toEqual({});
    expect(empty.users).toHaveLength(demo.users.length);
    // No plan period and no year yet: the department folders only.
    expect(empty.folders).toEqual(demo.folders.filter((folder) => folder.parent === undefined));
    expect(empty.webRoleAssignments).toEqual(demo.webRoleAssignments);
  });

  it("'large' is the demo plus 5,000 measures spread over goals and departments, in their folders of the period", () => {
    const large = buildSeed('large', today);
    expect(items(large, 'Measures')).toHaveLength(items(demo, 'Measures').length + 5000);
    expect(items(large, 'Measures').slice(0, 42)).toEqual(items(demo, 'Measures'));
    const { Measures: _largeMeasures, ...largeRest } = large.lists;
    const { Measures: _demoMeasures, ...demoRest } = demo.lists;
    expect(largeRest).toEqual(demoRest);
    const extra = items(large, 'Measures').slice(42);
    const perDepartment = new Map<number, number>();
    const perGoal = new Map<number, number>();
    for (const measure of extra) {
      perDepartment.set(field(measure, 'LeadDepartmentId'), (perDepartment.get(field(measure, 'LeadDepartmentId')) ?? 0) + 1);
      perGoal.set(field(measure, 'GoalId'), (perGoal.get(field(measure, 'GoalId')) ?? 0) + 1);
      expect(measure.folder).toBe(`${field<string>(byId(large, 'Departments', field(measure, 'LeadDepartmentId')), 'DepartmentNumber')}/FS${field<number>(byId(large, 'PlanPeriods', field(measure, 'PlanPeriodId')), 'UpdateNumber')}`);
    }
    expect(perDepartment.size).toBe(12);
    expect(perGoal.size).toBe(10);
    expect(Math.min(...perDepartment.values())).toBeGreaterThan(300);
  });
});

describe('determinism', () => {
  it('builds the same seed twice for the same day without Math.random', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    try {
      expect(buildSeed('demo', today)).toEqual(buildSeed('demo', new Date(today.getTime())));
      expect(JSON.stringify(buildSeed('large', today))).toBe(JSON.stringify(buildSeed('large', today)));
    } finally {
      random.mockRestore();
    }
  });

  it('moves dates with today but keeps the catalogue', () => {
    const later = buildSeed('demo', new Date('2026-11-30T08:00:00Z'));
    expect(later.lists.Measures).toEqual(demo.lists.Measures);
    expect(later.lists.IndicatorValues).toEqual(demo.lists.IndicatorValues);
    expect(later.lists.InitialReviews).not.toEqual(demo.lists.InitialReviews);
    expect(later.calendars).not.toEqual(demo.calendars);
  });

  it('places everything in the past relative to any today, except planned meetings', () => {
    for (const day of ['2027-01-04T07:00:00Z', '2026-06-15T07:00:00Z', '2030-03-31T22:30:00Z']) {
      const seed = buildSeed('demo', new Date(day));
      const now = Date.parse(day);
      const past = [
        ...items(seed, 'InitialReviews').map((item) => field<string>(item, 'ReviewDate')),
        ...items(seed, 'GoalAgreements').map((item) => field<string | undefined>(item, 'ReviewedOn')),
        ...items(seed, 'Meetings')
          .filter((item) => field<number>(item, 'MeetingYear') < new Date(day).getUTCFullYear() || field(item, 'MeetingKind') === 'Erstgespräch')
          .map((item) => field<string>(item, 'MeetingStart')),
        ...items(seed, 'GoalChanges').map((item) => field<string>(item, 'ProposedDate'))
      ].filter((date): date is string => date !== undefined);
      expect({ day, future: past.filter((date) => Date.parse(date) >= now) }).toEqual({ day, future: [] });
      expect(items(seed, 'PlanPeriods').filter((item) => field(item, 'PeriodStatus') === 'Beschlossen')).toHaveLength(1);
    }
  });
});
