import type { Indicator, IndicatorValue, Measure } from '../../../../src/domain';
import { seriesOfGoal } from '../../../../src/app/indicatorDashboard/dashboardModel';

/** The dashboard's charts across plan periods: the 4th update's indicators with the 3rd's as predecessors. */
const measures: Measure[] = [{ id: 100, title: 'Integrationskurse', number: '1.3.1', goalId: 10, planPeriodId: 4, leadDepartmentId: 1, involvedDepartmentIds: [], status: 'ongoing' }];
const base = { departmentId: 1, unit: 'Personen', direction: 'higherIsBetter', isGenderSplit: false } as const;
const oldCourses: Indicator = { ...base, id: 1, title: 'Teilnehmende an Integrationskursen der VHS', measureId: 50 };
const oldCount: Indicator = { ...base, id: 2, title: 'Kinder mit Sprachförderbedarf', measureId: 50, unit: 'Anzahl' };
const courses: Indicator = { ...base, id: 11, title: 'Teilnehmende an Integrationskursen', measureId: 100, targetValue: 600, predecessorId: 1, seriesContinuity: 'renamed' };
const share: Indicator = { ...base, id: 12, title: 'Anteil Kinder mit Sprachförderbedarf', measureId: 100, unit: 'Prozent', predecessorId: 2, seriesContinuity: 'redefined' };
const years = [2021, 2022, 2023, 2024, 2025];
const own: IndicatorValue[] = [
  { indicatorId: 11, year: 2023, total: 540 },
  { indicatorId: 11, year: 2024, total: 560 },
  { indicatorId: 11, year: 2025, total: 590 },
  { indicatorId: 12, year: 2023, total: 31 },
  { indicatorId: 12, year: 2025, total: 28 }
];
const previous: IndicatorValue[] = [
  { indicatorId: 1, year: 2022, total: 500 },
  { indicatorId: 1, year: 2023, total: 505 },
  { indicatorId: 2, year: 2022, total: 190 }
];

describe('the dashboard charts an indicator across plan periods', () => {
  const [continued, redefined] = seriesOfGoal(10, [courses, share], measures, own, years, { predecessors: [oldCourses, oldCount], values: previous });

  it("fills the years before the indicator's own values with its predecessor's, marked as such", () => {
    expect(continued.points.map((point) => [point.year, point.value?.total, point.predecessor?.id])).toEqual([
      [2021, undefined, undefined],
      [2022, 500, 1],
      [2023, 540, undefined],
      [2024, 560, undefined],
      [2025, 590, undefined]
    ]);
    expect(continued.seriesBreak).toBeUndefined();
    // The target is judged on the indicator's own latest value.
    expect(continued.isTargetReached).toBe(false);
  });

  it('shows a redefined series with its break: the old values in a segment of their own', () => {
    expect(redefined.seriesBreak).toEqual({ year: 2023, previousTitle: 'Kinder mit Sprachförderbedarf' });
    expect(redefined.points.filter((point) => point.value).map((point) => [point.year, point.segment ?? 0])).toEqual([
      [2022, 1],
      [2023, 0],
      [2025, 0]
    ]);
  });

  it('charts only the period\'s own values without predecessors, as before', () => {
    const [alone] = seriesOfGoal(10, [courses], measures, own, years);
    expect(alone.points.filter((point) => point.value).map((point) => point.year)).toEqual([2023, 2024, 2025]);
  });
});
