import { buildStatusQuoReportModel, planPeriodLabel } from '../../../src/reports';
import { initialReviews, measures, period, statusQuoInput } from './statusQuoFixture';

describe('status-quo report model', () => {
  const model = buildStatusQuoReportModel(statusQuoInput());

  it('names the report, the period and the date in German by default', () => {
    expect(model.language).toBe('de');
    expect(model.title).toBe('Status-Quo-Bericht zur Umsetzung des Integrationskonzepts');
    expect(model.periodLabel).toBe('2. Fortschreibung 2019–2021');
    expect(model.dateLabel).toBe('23.11.2026');
    expect(model.officeName).toBe('Büro für Integration');
  });

  it('counts the measures of the period only, reviewed ones and the answers', () => {
    expect(model.totals.measureCount).toBe(6);
    expect(model.totals.reviewedCount).toBe(5);
    // Measure 6 is unreviewed and measure 5 answered "open": both count as open.
    expect(model.totals.current).toEqual({ yes: 3, no: 1, open: 2 });
    expect(model.totals.appropriate).toEqual({ yes: 3, no: 1, open: 2 });
  });

  it('takes the status found in the interview, the catalogue status where there was none', () => {
    const counts = Object.fromEntries(model.totals.statusCounts.map((entry) => [entry.status, entry.count]));
    expect(counts).toEqual({ planned: 2, inProgress: 1, implemented: 1, ongoing: 1, suspended: 1, dropped: 0 });
  });

  it('summarises per field of action in the fields’ order', () => {
    expect(model.byFieldOfAction.map((row) => [row.number, row.title, row.measureCount, row.reviewedCount])).toEqual([
      [1, 'Sprache und Bildung', 3, 3],
      [2, 'Arbeit', 3, 2]
    ]);
    expect(model.byFieldOfAction[0].appropriate).toEqual({ yes: 2, no: 1, open: 0 });
  });

  it('summarises per department ordered by number, leaving out departments without measures', () => {
    const withoutMeasures = buildStatusQuoReportModel(
      statusQuoInput({ departments: [...statusQuoInput().departments, { id: 70, number: '70', name: 'Umwelt', groupName: 'FB 70 Mitglieder' }] })
    );
    expect(withoutMeasures.byDepartment.map((row) => [row.label, row.measureCount, row.reviewedCount])).toEqual([
      ['10 Personal', 1, 1],
      ['32 Ordnung', 1, 0],
      ['40 Schule und Bildung', 2, 2],
      ['50 Soziales', 2, 2]
    ]);
    const social = withoutMeasures.byDepartment.find((row) => row.label === '50 Soziales');
    expect(social?.current).toEqual({ yes: 1, no: 1, open: 0 });
  });

  it('lists goals by number and measures with lead department, status, answers and notes', () => {
    const language = model.sections[0];
    expect(language.title).toBe('Sprache und Bildung');
    expect(language.goals.map((goal) => goal.number)).toEqual(['1.1', '1.2']);
    expect(language.goals[0].measures[1]).toEqual({
      measureId: 2,
      number: '1.1.2',
      title: 'Sprachcafé in der Stadtbibliothek',
      leadDepartment: '50 Soziales',
      isReviewed: true,
      status: 'suspended',
      isCurrent: 'no',
      isAppropriate: 'yes',
      notes: 'Bibliothek bietet das Format selbst an.'
    });
    const unreviewed = model.sections[1].goals[0].measures.find((row) => row.measureId === 6);
    expect(unreviewed).toEqual(expect.objectContaining({ isReviewed: false, status: 'planned', isCurrent: 'open', isAppropriate: 'open', leadDepartment: '32 Ordnung' }));
  });

  it('collects the open points with their departments', () => {
    expect(model.openPoints.notReviewed).toEqual([{ measureId: 6, number: '2.1.3', title: 'Ausbildungsmesse', leadDepartment: '32 Ordnung' }]);
    expect(model.openPoints.notCurrent.map((point) => [point.title, point.leadDepartment])).toEqual([['Sprachcafé in der Stadtbibliothek', '50 Soziales']]);
    expect(model.openPoints.notAppropriate.map((point) => [point.title, point.leadDepartment])).toEqual([['Hausaufgabenhilfe', '40 Schule und Bildung']]);
  });

  it('lets the latest interview count when a measure was reviewed twice', () => {
    const again = { ...initialReviews[1], id: 50, isCurrent: 'yes' as const, reviewDate: '2026-11-02T10:00:00Z' };
    const later = buildStatusQuoReportModel(statusQuoInput({ initialReviews: [again, ...initialReviews] }));
    expect(later.totals.reviewedCount).toBe(5);
    expect(later.openPoints.notCurrent).toEqual([]);
  });

  it('reports measures whose goal is not in the period instead of dropping them silently', () => {
    const stray = { ...measures[0], id: 7, goalId: 999 };
    const result = buildStatusQuoReportModel(statusQuoInput({ measures: [...measures, stray] }));
    expect(result.problems).toEqual([{ measureId: 7, reason: 'goalNotInPeriod' }]);
    expect(result.totals.measureCount).toBe(6);
  });

  it('marks a measure of an unknown department rather than failing', () => {
    const orphan = { ...measures[5], leadDepartmentId: 77 };
    const result = buildStatusQuoReportModel(statusQuoInput({ measures: [...measures.slice(0, 5), orphan] }));
    expect(result.openPoints.notReviewed[0].leadDepartment).toBe('Fachbereich unbekannt');
  });

  it('speaks English when asked', () => {
    const english = buildStatusQuoReportModel(statusQuoInput(), { language: 'en' });
    expect(english.title).toBe('Status-quo report on the implementation of the integration concept');
    expect(english.periodLabel).toBe('Update 2, 2019–2021');
    expect(english.dateLabel).toBe('23 November 2026');
    expect(planPeriodLabel(period, 'de')).toBe('2. Fortschreibung 2019–2021');
  });

  it('takes a report date-time in the city’s time zone', () => {
    expect(buildStatusQuoReportModel(statusQuoInput({ reportDate: '2026-12-31T23:30:00Z' })).dateLabel).toBe('01.01.2027');
  });

  it('gives an empty report for a period without measures', () => {
    const empty = buildStatusQuoReportModel(statusQuoInput({ measures: [], initialReviews: [] }));
    expect(empty.totals).toEqual(expect.objectContaining({ measureCount: 0, reviewedCount: 0, current: { yes: 0, no: 0, open: 0 } }));
    expect(empty.byDepartment).toEqual([]);
    expect(empty.sections.map((section) => section.goals.every((goal) => goal.measures.length === 0))).toEqual([true, true]);
  });
});
