import type { Contact, Department, FieldOfAction, Goal, Indicator, IndicatorValue, Measure, MeasureStatus } from '../../../../src/domain';
import {
  completenessOf,
  entryLink,
  goalOptions,
  recipientsOf,
  reminderMail,
  reportingYearOf,
  seriesOfGoal
} from '../../../../src/app/indicatorDashboard/dashboardModel';

const fields: FieldOfAction[] = [
  { id: 2, title: 'Arbeit', sortOrder: 2, planPeriodId: 1 },
  { id: 1, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 1 }
];
const goals: Goal[] = [
  { id: 20, title: 'Zugang zum Arbeitsmarkt', number: '2.1', fieldOfActionId: 2, planPeriodId: 1 },
  { id: 11, title: 'Sprachkurse für alle', number: '1.10', fieldOfActionId: 1, planPeriodId: 1 },
  { id: 10, title: 'Frühe Bildung', number: '1.2', fieldOfActionId: 1, planPeriodId: 1 }
];
const departments: Department[] = [
  { id: 1, number: '40', name: 'Schule', groupName: 'FB 40 Mitglieder' },
  { id: 2, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' },
  { id: 3, number: '61', name: 'Stadtplanung', groupName: 'FB 61 Mitglieder' }
];

function measure(id: number, goalId: number, leadDepartmentId: number, status: MeasureStatus, number: string): Measure {
  return { id, title: `Maßnahme ${id}`, number, goalId, planPeriodId: 1, leadDepartmentId, involvedDepartmentIds: [], status };
}

const measures: Measure[] = [
  measure(100, 10, 1, 'inProgress', '1.2.2'),
  measure(101, 10, 1, 'implemented', '1.2.1'),
  measure(102, 20, 2, 'ongoing', '2.1.1'),
  measure(103, 20, 2, 'planned', '2.1.2'),
  measure(104, 20, 3, 'dropped', '2.1.3')
];

function indicator(id: number, measureId: number, departmentId: number, extra: Partial<Indicator> = {}): Indicator {
  return { id, title: `Kennzahl ${id}`, measureId, departmentId, unit: 'Personen', direction: 'higherIsBetter', isGenderSplit: false, ...extra };
}

const indicators: Indicator[] = [
  indicator(1, 100, 1, { isGenderSplit: true, targetValue: 100 }),
  indicator(2, 101, 1, { targetValue: 10, direction: 'lowerIsBetter' }),
  indicator(3, 102, 2),
  indicator(4, 102, 2),
  indicator(5, 103, 2),
  indicator(6, 104, 3),
  // An indicator attached to a goal directly, without a measure.
  indicator(7, 0, 2, { measureId: undefined, goalId: 11 })
];

const values: IndicatorValue[] = [
  { indicatorId: 1, year: 2023, total: 80, female: 40, male: 38, diverse: 1, notStated: 1 },
  { indicatorId: 1, year: 2025, total: 104, female: 50, male: 50, diverse: 2, notStated: 2 },
  { indicatorId: 2, year: 2024, total: 14 },
  { indicatorId: 2, year: 2025, total: 12 },
  { indicatorId: 3, year: 2025, total: 7 },
  { indicatorId: 6, year: 2024, total: 3 }
];

const contacts: Contact[] = [
  { id: 1, name: 'Markus Schulz', departmentId: 1, isPrimary: false, email: 'markus.schulz@stadt.example' },
  { id: 2, name: 'Julia Hoffmann', departmentId: 1, isPrimary: true, user: { email: 'julia.hoffmann@stadt.example' } },
  { id: 3, name: 'Julia Hoffmann (Vertretung)', departmentId: 1, isPrimary: false, email: 'JULIA.HOFFMANN@stadt.example' },
  { id: 4, name: 'Ohne Adresse', departmentId: 2, isPrimary: true }
];

describe('indicator dashboard model', () => {
  it('takes the year before the current one as the reporting year', () => {
    expect(reportingYearOf(new Date(2026, 0, 15))).toBe(2025);
    expect(reportingYearOf(new Date(2026, 11, 31))).toBe(2025);
  });

  it('lists goals in field-of-action order, numbered naturally, with their indicator counts', () => {
    const options = goalOptions(fields, goals, indicators, measures);
    expect(options.map((option) => `${option.goal.number}:${option.indicatorCount}`)).toEqual(['1.2:2', '1.10:1', '2.1:4']);
    expect(options[0].fieldOfAction?.title).toBe('Sprache und Bildung');
  });

  it('builds one series per indicator of the goal over the years, with gaps where nothing was reported', () => {
    const series = seriesOfGoal(10, indicators, measures, values, [2025, 2023, 2024]);
    // Measure order: 1.2.1 (indicator 2) before 1.2.2 (indicator 1).
    expect(series.map((item) => item.indicator.id)).toEqual([2, 1]);
    const genderSplit = series[1];
    expect(genderSplit.points.map((point) => [point.year, point.value?.total, point.target])).toEqual([
      [2023, 80, 100],
      [2024, undefined, 100],
      [2025, 104, 100]
    ]);
    expect(genderSplit.hasGenderSplit).toBe(true);
    expect(genderSplit.isTargetReached).toBe(true);
    // Lower is better: 12 against a target of 10 is not reached yet.
    expect(series[0].hasGenderSplit).toBe(false);
    expect(series[0].isTargetReached).toBe(false);
  });

  it('finds indicators attached to a goal directly', () => {
    expect(seriesOfGoal(11, indicators, measures, values, [2025]).map((item) => item.indicator.id)).toEqual([7]);
  });

  it('counts owed and delivered values per department and overall; planned and dropped measures owe nothing', () => {
    const result = completenessOf(2025, indicators, measures, values, departments, contacts);
    expect(result.departments.map((row) => [row.department.number, row.delivered, row.expected, row.missing.map((missing) => missing.indicator.id)])).toEqual([
      ['40', 2, 2, []],
      ['50', 1, 3, [4, 7]]
    ]);
    expect(result.expected).toBe(5);
    expect(result.delivered).toBe(3);
    expect(result.ratio).toBeCloseTo(0.6);
    const previousYear = completenessOf(2024, indicators, measures, values, departments, contacts);
    expect(previousYear.departments.find((row) => row.department.number === '40')?.missing.map((missing) => missing.indicator.id)).toEqual([1]);
  });

  it('is complete when nothing is owed', () => {
    const result = completenessOf(2025, [], measures, values, departments, contacts);
    expect(result.departments).toEqual([]);
    expect(result.ratio).toBe(1);
  });

  it('mails the department contacts with an address, primary first, each address once', () => {
    expect(recipientsOf(1, contacts)).toEqual([
      { address: 'julia.hoffmann@stadt.example', name: 'Julia Hoffmann' },
      { address: 'markus.schulz@stadt.example', name: 'Markus Schulz' }
    ]);
    expect(recipientsOf(2, contacts)).toEqual([]);
  });

  it('writes a German reminder naming the missing values with a link straight to the entry for the year', () => {
    const row = completenessOf(2025, indicators, measures, values, departments, contacts).departments[1];
    const link = entryLink('http://127.0.0.1:4321/?view=excel&year={year}&fb={department}', 2025, row.department);
    expect(link).toBe('http://127.0.0.1:4321/?view=excel&year=2025&fb=50');
    const mail = reminderMail(row, 2025, link, 'Büro für Integration <Koordination>');
    expect(mail.subject).toBe('Kennzahlen 2025: noch 2 Werte offen – Fachbereich 50 Soziales');
    expect(mail.html).toContain('für das Berichtsjahr 2025 fehlen aus dem Fachbereich 50 Soziales noch 2 von 3 Kennzahlwerten');
    expect(mail.html).toContain('<li>Kennzahl 4 (Maßnahme 2.1.1 Maßnahme 102)</li>');
    expect(mail.html).toContain(`<a href="${link.replace(/&/g, '&amp;')}">Kennzahlen 2025 erfassen</a>`);
    // The sender's name is text, not markup.
    expect(mail.html).toContain('Büro für Integration &lt;Koordination&gt;');
  });
});
