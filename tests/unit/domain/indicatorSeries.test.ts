import { predecessorChain, predecessorIdsOf, seriesAcrossPeriods } from '../../../src/domain/indicatorSeries';
import type { Indicator } from '../../../src/domain';

const indicator = (id: number, title: string, link: Partial<Pick<Indicator, 'predecessorId' | 'seriesContinuity'>> = {}): Indicator => ({
  id,
  title,
  departmentId: 5,
  unit: 'Personen',
  direction: 'higherIsBetter',
  isGenderSplit: false,
  ...link
});
const value = (indicatorId: number, year: number, total: number) => ({ indicatorId, year, total });

// 2nd update 2019–2021 (id 1), 3rd 2022–2024 (id 2, renamed), 4th 2025– (id 3 continued; id 4 redefined from id 5).
const second = indicator(1, 'Teilnehmende Integrationskurse');
const third = indicator(2, 'Teilnehmende an Integrationskursen der VHS', { predecessorId: 1, seriesContinuity: 'renamed' });
const fourth = indicator(3, 'Teilnehmende an Integrationskursen', { predecessorId: 2, seriesContinuity: 'same' });
const oldCount = indicator(5, 'Kinder mit Sprachförderbedarf');
const share = indicator(4, 'Anteil Kinder mit Sprachförderbedarf', { predecessorId: 5, seriesContinuity: 'redefined' });
const byId = new Map([second, third, fourth, oldCount, share].map((item) => [item.id, item]));

describe('an indicator series across plan periods', () => {
  it('follows the predecessor links back, nearest first, and stops at a loop or a missing link', () => {
    expect(predecessorChain(fourth, byId).map((item) => item.id)).toEqual([2, 1]);
    const looped = new Map([...byId, [1, { ...second, predecessorId: 3 }]]);
    expect(predecessorChain(fourth, looped).map((item) => item.id)).toEqual([2, 1]);
    expect(predecessorChain(indicator(9, 'x', { predecessorId: 99 }), byId)).toEqual([]);
    expect(predecessorIdsOf([fourth, share, third], byId)).toEqual([1, 5]);
  });

  it('continues through renamed and continued indicators: older years come from the predecessors', () => {
    const values = [value(1, 2020, 480), value(1, 2021, 500), value(2, 2022, 510), value(2, 2023, 515), value(2, 2024, 520), value(3, 2023, 530), value(3, 2024, 540), value(3, 2025, 560), value(8, 2019, 1)];
    const series = seriesAcrossPeriods(fourth, byId, values);
    expect(series.values.map((entry) => [entry.year, entry.value.total, entry.indicatorId, entry.isFromPredecessor, entry.segment])).toEqual([
      [2020, 480, 1, true, 0],
      [2021, 500, 1, true, 0],
      [2022, 510, 2, true, 0],
      // The indicator's own values win over the predecessor's of the same year.
      [2023, 530, 3, false, 0],
      [2024, 540, 3, false, 0],
      [2025, 560, 3, false, 0]
    ]);
    expect(series.breaks).toEqual([]);
  });

  it('breaks the series where an indicator was redefined: older values in their own segment, the break year named', () => {
    const series = seriesAcrossPeriods(share, byId, [value(5, 2022, 190), value(5, 2023, 180), value(5, 2024, 175), value(4, 2024, 29.5), value(4, 2025, 27)]);
    expect(series.values.map((entry) => [entry.year, entry.segment, entry.isFromPredecessor])).toEqual([
      [2022, 1, true],
      [2023, 1, true],
      [2024, 0, false],
      [2025, 0, false]
    ]);
    expect(series.breaks).toEqual([{ year: 2024, previousTitle: 'Kinder mit Sprachförderbedarf' }]);
  });

  it('shows no break when nothing older was reported, and just its own values without a predecessor', () => {
    expect(seriesAcrossPeriods(share, byId, [value(4, 2025, 27)]).breaks).toEqual([]);
    expect(seriesAcrossPeriods(second, byId, [value(1, 2020, 480), value(2, 2022, 510)]).values.map((entry) => entry.year)).toEqual([2020]);
  });

  it('counts an indicator copied without a continuity as continued', () => {
    const copied = indicator(6, 'Teilnehmende an Integrationskursen', { predecessorId: 2 });
    const series = seriesAcrossPeriods(copied, new Map([...byId, [6, copied]]), [value(2, 2024, 520), value(6, 2025, 560)]);
    expect(series.breaks).toEqual([]);
    expect(series.values.map((entry) => entry.segment)).toEqual([0, 0]);
  });
});
