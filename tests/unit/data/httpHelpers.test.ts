import { retryAfterMs } from '../../../src/data/sp/resilientFetch';
import { relativeNextLink } from '../../../src/scheduling/graphPaging';
import { toFormValues } from '../../../src/data/sp/formValues';

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates, ignores garbage', () => {
    expect(retryAfterMs(new Response(null, { status: 429, headers: { 'Retry-After': '3' } }))).toBe(3000);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const fromDate = retryAfterMs(new Response(null, { status: 503, headers: { 'Retry-After': inTenSeconds } }))!;
    expect(fromDate).toBeGreaterThan(8000);
    expect(fromDate).toBeLessThanOrEqual(10_000);
    expect(retryAfterMs(new Response(null, { status: 429, headers: { 'Retry-After': 'soon' } }))).toBeUndefined();
    expect(retryAfterMs(new Response(null, { status: 429 }))).toBeUndefined();
  });
});

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
