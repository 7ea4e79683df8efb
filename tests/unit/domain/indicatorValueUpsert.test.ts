import { indicatorValueKey, planIndicatorValueUpserts } from '../../../src/domain/indicatorValueUpsert';
import type { IndicatorValue } from '../../../src/domain/indicators';

describe('indicatorValueKey', () => {
  it('is "<indicatorId>-<year>"', () => {
    expect(indicatorValueKey(42, 2024)).toBe('42-2024');
  });
});

describe('planIndicatorValueUpserts', () => {
  const stored: IndicatorValue[] = [
    { id: 11, etag: '"3"', indicatorId: 1, year: 2023, total: 10, source: 'Statistik' },
    { id: 12, etag: '"1"', indicatorId: 2, year: 2023, total: 4, female: 2, male: 2, diverse: 0, notStated: 0 }
  ];

  it('creates new keys, updates changed ones with the stored identity, and leaves equal ones alone', () => {
    const plan = planIndicatorValueUpserts(stored, [
      { indicatorId: 1, year: 2023, total: 12, source: 'Statistik' },
      { indicatorId: 2, year: 2023, total: 4, female: 2, male: 2, diverse: 0, notStated: 0 },
      { indicatorId: 3, year: 2023, total: 7 }
    ]);
    expect(plan).toEqual([
      {
        action: 'update',
        key: '1-2023',
        value: { id: 11, etag: '"3"', indicatorId: 1, year: 2023, total: 12, source: 'Statistik' },
        existing: stored[0]
      },
      { action: 'unchanged', key: '2-2023', existing: stored[1] },
      { action: 'create', key: '3-2023', value: { indicatorId: 3, year: 2023, total: 7 } }
    ]);
  });

  it('writes nothing when the same sheet is submitted again', () => {
    const first = planIndicatorValueUpserts([], [{ indicatorId: 5, year: 2024, total: 3, comment: 'neu' }]);
    expect(first.map((p) => p.action)).toEqual(['create']);
    const afterFirst: IndicatorValue[] = [{ id: 20, indicatorId: 5, year: 2024, total: 3, comment: 'neu' }];
    expect(planIndicatorValueUpserts(afterFirst, [{ indicatorId: 5, year: 2024, total: 3, comment: 'neu ' }]).map((p) => p.action)).toEqual(['unchanged']);
  });

  it('never plans two writes for one key, the last occurrence winning', () => {
    const plan = planIndicatorValueUpserts([], [
      { indicatorId: 5, year: 2024, total: 3 },
      { indicatorId: 6, year: 2024, total: 1 },
      { indicatorId: 5, year: 2024, total: 4 }
    ]);
    expect(plan).toEqual([
      { action: 'create', key: '6-2024', value: { indicatorId: 6, year: 2024, total: 1 } },
      { action: 'create', key: '5-2024', value: { indicatorId: 5, year: 2024, total: 4 } }
    ]);
  });

  it('treats the same indicator in another year as another value', () => {
    expect(planIndicatorValueUpserts(stored, [{ indicatorId: 1, year: 2024, total: 10, source: 'Statistik' }])[0].action).toBe('create');
  });

  it('notices a removed gender part or comment as a change', () => {
    const plan = planIndicatorValueUpserts(stored, [{ indicatorId: 2, year: 2023, total: 4 }]);
    expect(plan[0].action).toBe('update');
  });

  it('does not carry an id from the incoming side into a create', () => {
    const [step] = planIndicatorValueUpserts([], [{ id: 99, etag: '"7"', indicatorId: 9, year: 2024, total: 1 }]);
    expect(step).toEqual({ action: 'create', key: '9-2024', value: { indicatorId: 9, year: 2024, total: 1 } });
  });

  it('updates the oldest item should the list hold a key twice', () => {
    const [step] = planIndicatorValueUpserts(
      [
        { id: 31, indicatorId: 4, year: 2024, total: 1 },
        { id: 30, indicatorId: 4, year: 2024, total: 1 }
      ],
      [{ indicatorId: 4, year: 2024, total: 2 }]
    );
    expect(step.action === 'update' && step.value.id).toBe(30);
  });
});
