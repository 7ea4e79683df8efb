import { relativeNextLink } from '../../../src/scheduling/graphPaging';
import { toFormValues } from '../../../src/data/sp/formValues';

describe('Graph paging links', () => {
  it('makes an absolute nextLink relative to the client base, for any scheme and host', () => {
    expect(relativeNextLink('https://graph.microsoft.com/v1.0/me/events?$skip=10&$top=10')).toBe('/me/events?$skip=10&$top=10');
    expect(relativeNextLink('http://127.0.0.1:4800/v1.0/me/events?%24skip=20')).toBe('/me/events?%24skip=20');
    expect(relativeNextLink(undefined)).toBeUndefined();
  });
});

describe('form values for validate-and-update', () => {
  it("writes numbers with the site's decimal separator and no grouping, lookups as ids, booleans as 1/0", () => {
    expect(toFormValues({ Total: { type: 'number', value: 1234.5 }, Indicator: { type: 'lookup', id: 7 }, IsGenderSplit: { type: 'boolean', value: true }, Source: { type: 'text', value: 'Statistik' } }, { decimalSeparator: ',' })).toEqual([
      { FieldName: 'Total', FieldValue: '1234,5' },
      { FieldName: 'Indicator', FieldValue: '7' },
      { FieldName: 'IsGenderSplit', FieldValue: '1' },
      { FieldName: 'Source', FieldValue: 'Statistik' }
    ]);
  });

  it('clears a field with an empty string', () => {
    expect(toFormValues({ Female: { type: 'number', value: undefined } }, { decimalSeparator: '.' })).toEqual([{ FieldName: 'Female', FieldValue: '' }]);
  });
});
