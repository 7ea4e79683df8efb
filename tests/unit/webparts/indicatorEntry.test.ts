import { indicatorEntryDeepLinkId, indicatorEntryLinkOf } from '../../../src/webparts/indicatorEntry/indicatorEntryLink';

describe('indicator entry links', () => {
  it('takes the year from the deep link (year-2025) or from ?year=, and the department number from ?department=', () => {
    expect(indicatorEntryDeepLinkId(2025)).toBe('year-2025');
    expect(indicatorEntryLinkOf('year-2025', '')).toEqual({ year: 2025 });
    expect(indicatorEntryLinkOf(undefined, '?year=2024&department=50')).toEqual({ year: 2024, departmentNumber: '50' });
    // The deep link wins over the address, as the Teams tab's subEntityId names the target.
    expect(indicatorEntryLinkOf('year-2023', '?year=2024')).toEqual({ year: 2023 });
  });

  it('ignores what is no reporting year or department number', () => {
    expect(indicatorEntryLinkOf('measure-12', '?year=20x5')).toEqual({});
    expect(indicatorEntryLinkOf('year-12345', '?year=1850')).toEqual({});
    expect(indicatorEntryLinkOf(undefined, '?department=%3Cscript%3E')).toEqual({});
  });
});
