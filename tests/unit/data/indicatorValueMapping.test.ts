import { folderInList, preparedValueCreation, toStoredIndicatorValue } from '../../../src/data/mapping/indicatorValueMapping';

const listUrl = '/sites/integration/Lists/IndicatorValues';

describe('reading indicator value items', () => {
  it('reads an item without a Total as prepared ("not reported yet"), never as a value of 0', () => {
    const row = { Id: 5, IndicatorId: 11, ValueYear: 2025, Total: null, DepartmentId: 7, FileDirRef: `${listUrl}/50/2025`, 'odata.etag': '"1"' };
    expect(toStoredIndicatorValue(row, listUrl)).toEqual({ kind: 'prepared', prepared: { id: 5, indicatorId: 11, year: 2025, departmentId: 7, folder: '50/2025', etag: '"1"' } });
  });

  it('reads a reported value with its folder, a 0 included', () => {
    const row = { Id: 6, IndicatorId: 11, ValueYear: 2024, Total: 0, Female: null, DepartmentId: 7, FileDirRef: `${listUrl}/50/2024`, 'odata.etag': '"3"' };
    expect(toStoredIndicatorValue(row, listUrl)).toEqual({
      kind: 'value',
      value: expect.objectContaining({ id: 6, indicatorId: 11, year: 2024, total: 0, departmentId: 7, folder: '50/2024', etag: '"3"' })
    });
  });

  it('turns FileDirRef into the folder inside the list', () => {
    expect(folderInList(`${listUrl}/50/2025`, listUrl)).toBe('50/2025');
    expect(folderInList(listUrl.toLowerCase(), listUrl)).toBe('');
    expect(folderInList('/sites/other/Lists/IndicatorValues/50', listUrl)).toBeUndefined();
    expect(folderInList(undefined, listUrl)).toBeUndefined();
  });

  it('prepares an item with its key, indicator, year and department, and no Total', () => {
    const fields = Object.fromEntries(preparedValueCreation(11, 2025, 7).map((value) => [value.FieldName, value.FieldValue]));
    expect(fields).toEqual({ ValueKey: '11-2025', Indicator: '11', ValueYear: '2025', Department: '7' });
  });
});
