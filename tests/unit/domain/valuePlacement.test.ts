import { placementMismatch, sortByPlacement } from '../../../src/domain';
import type { Department, IndicatorValue } from '../../../src/domain';

const departments: Department[] = [
  { id: 7, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' },
  { id: 8, number: '51', name: 'Jugend und Familie', groupName: 'FB 51 Mitglieder' }
];
const numberOf = (id: number): string | undefined => departments.find((department) => department.id === id)?.number;
const indicator = { id: 11, departmentId: 7 };
const value = (changes: Partial<IndicatorValue>): IndicatorValue => ({ indicatorId: 11, year: 2025, total: 40, departmentId: 7, folder: '50/2025', ...changes });

describe('where a value is stored', () => {
  it.each<[string, Partial<IndicatorValue>, string | undefined]>([
    ['in its department’s folder of its year', {}, undefined],
    ['in its department’s folder (written before the year folders existed)', { folder: '50' }, undefined],
    ['read without its folder', { folder: undefined }, undefined],
    ['entered by another department for this indicator', { departmentId: 8, folder: '51/2025' }, 'department'],
    ['without a department', { departmentId: undefined }, 'department'],
    ['in another department’s folder', { folder: '51/2025' }, 'folder'],
    ['in the folder of another year', { folder: '50/2024' }, 'folder'],
    ['at the list’s root', { folder: '' }, 'folder'],
    ['deeper than a year folder', { folder: '50/2025/alt' }, 'folder']
  ])('%s', (_case, changes, expected) => {
    expect(placementMismatch(value(changes), indicator, numberOf)).toBe(expected);
  });

  it('keeps misplaced values apart, flagged, so that they are not counted as their indicator’s', () => {
    const good = value({ id: 1 });
    const foreign = value({ id: 2, year: 2024, departmentId: 8, folder: '51/2024' });
    const unknownIndicator = value({ id: 3, indicatorId: 99, departmentId: 8, folder: '51/2025' });
    const sorted = sortByPlacement([good, foreign, unknownIndicator], [indicator], departments);
    expect(sorted.values).toEqual([good, unknownIndicator]);
    expect(sorted.misplaced).toEqual([{ ...foreign, mismatch: 'department' }]);
  });
});
