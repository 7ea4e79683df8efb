import { formNumber, toFormValues } from '../../../src/data/sp/formValues';
import { regionalFormatOf } from '../../../src/data/sp/regionalSettings';

describe('numbers in form values', () => {
  const german = { decimalSeparator: ',' };
  const english = { decimalSeparator: '.' };

  it('writes decimals with the site separator and never groups digits', () => {
    expect(formNumber(3.5, german)).toBe('3,5');
    expect(formNumber(3.5, english)).toBe('3.5');
    expect(formNumber(1234567.25, german)).toBe('1234567,25');
    expect(formNumber(1234567.25, english)).toBe('1234567.25');
    expect(formNumber(-0.125, german)).toBe('-0,125');
    expect(formNumber(2025, german)).toBe('2025');
  });

  it('refuses what no number column can hold', () => {
    expect(() => formNumber(Number.NaN, german)).toThrow(RangeError);
    expect(() => formNumber(Number.POSITIVE_INFINITY, english)).toThrow(RangeError);
  });

  it('applies the format to number fields only', () => {
    expect(toFormValues({ Total: { type: 'number', value: 3.5 }, Source: { type: 'text', value: 'Quote 3.5' } }, german)).toEqual([
      { FieldName: 'Total', FieldValue: '3,5' },
      { FieldName: 'Source', FieldValue: 'Quote 3.5' }
    ]);
  });

  it("takes the site's decimal separator from its regional settings, and refuses to guess one", () => {
    expect(regionalFormatOf({ DecimalSeparator: '.' })).toEqual(english);
    expect(regionalFormatOf({ DecimalSeparator: ',' })).toEqual(german);
    expect(() => regionalFormatOf({})).toThrow(/decimal separator/);
    expect(() => regionalFormatOf({ DecimalSeparator: '' })).toThrow(/decimal separator/);
  });
});
