import { countsPersons, relativeChange, validateIndicatorValue, IndicatorValueInput } from '../../../src/domain/indicatorValue';
import type { Indicator, IndicatorValue } from '../../../src/domain/indicators';

const participants: Indicator = {
  id: 7,
  title: 'Teilnehmende an Integrationskursen',
  departmentId: 3,
  unit: 'Personen',
  direction: 'higherIsBetter',
  isGenderSplit: true
};

const budget: Indicator = {
  id: 8,
  title: 'Fördermittel für Sprachkurse',
  departmentId: 3,
  unit: 'Euro',
  direction: 'higherIsBetter',
  isGenderSplit: false
};

function input(values: Partial<IndicatorValueInput>): IndicatorValueInput {
  return { indicatorId: 7, year: 2024, total: 10, ...values };
}

function keys(result: ReturnType<typeof validateIndicatorValue>): string[] {
  return result.problems.map((p) => `${p.field}:${p.message}`);
}

describe('validateIndicatorValue', () => {
  it('accepts a complete gender split and returns the checked value', () => {
    const result = validateIndicatorValue(input({ total: 120, female: 70, male: 45, diverse: 1, notStated: 4, source: ' VHS-Statistik ' }), participants);
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ indicatorId: 7, year: 2024, total: 120, female: 70, male: 45, diverse: 1, notStated: 4, source: 'VHS-Statistik' });
  });

  it.each([
    ['text', '12'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a boolean', true]
  ])('rejects %s as total', (_name, total) => {
    const result = validateIndicatorValue(input({ total }), budget);
    expect(keys(result)).toEqual(['total:value.notANumber']);
    expect(result.value).toBeUndefined();
  });

  it('requires a total', () => {
    expect(keys(validateIndicatorValue(input({ total: '  ' }), budget))).toEqual(['total:value.required']);
    expect(keys(validateIndicatorValue(input({ total: null }), budget))).toEqual(['total:value.required']);
  });

  it('rejects negative numbers in total and parts', () => {
    expect(keys(validateIndicatorValue(input({ total: -1 }), budget))).toEqual(['total:value.negative']);
    const result = validateIndicatorValue(input({ total: 10, female: -2, male: 12, diverse: 0, notStated: 0 }), participants);
    expect(keys(result)).toContain('female:value.negative');
  });

  it('requires whole numbers for counts of persons but not for amounts', () => {
    expect(keys(validateIndicatorValue(input({ total: 10.5 }), participants))).toEqual(['total:value.notInteger']);
    expect(validateIndicatorValue(input({ indicatorId: 8, total: 10.5 }), budget).value?.total).toBe(10.5);
  });

  it('knows which units count persons', () => {
    expect(countsPersons({ unit: 'Teilnehmende', isGenderSplit: false })).toBe(true);
    expect(countsPersons({ unit: 'Anzahl', isGenderSplit: false })).toBe(true);
    expect(countsPersons({ unit: 'Schüler*innen', isGenderSplit: false })).toBe(true);
    expect(countsPersons({ unit: '%', isGenderSplit: false })).toBe(false);
    expect(countsPersons({ unit: 'Euro', isGenderSplit: false })).toBe(false);
    expect(countsPersons({ unit: 'Stunden', isGenderSplit: true })).toBe(true);
  });

  it('reports parts that do not add up to the total', () => {
    const result = validateIndicatorValue(input({ total: 100, female: 50, male: 40, diverse: 0, notStated: 5 }), participants);
    expect(result.problems).toEqual([{ field: 'total', message: 'value.genderSumMismatch', params: { sum: 95, total: 100 } }]);
  });

  it('refuses decimal parts, since gender parts count persons', () => {
    const hours: Indicator = { ...budget, unit: 'Stunden', isGenderSplit: true };
    expect(keys(validateIndicatorValue(input({ total: 1, female: 0.5, male: 0.5, diverse: 0, notStated: 0 }), hours)).sort()).toEqual(['female:value.notInteger', 'male:value.notInteger']);
  });

  it('allows a split indicator without parts, but not with only some of them', () => {
    expect(validateIndicatorValue(input({ total: 12 }), participants).problems).toEqual([]);
    const partial = validateIndicatorValue(input({ total: 12, female: 6, male: 6 }), participants);
    expect(keys(partial).sort()).toEqual(['diverse:value.genderPartsIncomplete', 'notStated:value.genderPartsIncomplete']);
  });

  it('refuses parts for an indicator that is not split', () => {
    expect(keys(validateIndicatorValue(input({ indicatorId: 8, total: 12, female: 12 }), budget))).toEqual(['female:value.genderPartsNotSplit']);
  });

  describe('large changes against last year', () => {
    const lastYear: IndicatorValue = { indicatorId: 7, year: 2023, total: 100 };

    it('requires a comment above the threshold', () => {
      const result = validateIndicatorValue(input({ total: 151 }), participants, lastYear);
      expect(result.problems).toEqual([{ field: 'comment', message: 'value.commentRequired', params: { percent: 51, previous: 100 } }]);
    });

    it('accepts the change with a comment, and a change at the threshold without one', () => {
      expect(validateIndicatorValue(input({ total: 151, comment: 'Zusätzlicher Kurs ab März' }), participants, lastYear).value?.comment).toBe('Zusätzlicher Kurs ab März');
      expect(validateIndicatorValue(input({ total: 150 }), participants, lastYear).problems).toEqual([]);
      expect(validateIndicatorValue(input({ total: 50 }), participants, lastYear).problems).toEqual([]);
    });

    it('treats a blank comment as missing and drops of more than the threshold too', () => {
      expect(keys(validateIndicatorValue(input({ total: 40, comment: '   ' }), participants, lastYear))).toEqual(['comment:value.commentRequired']);
    });

    it('takes a configurable threshold', () => {
      expect(keys(validateIndicatorValue(input({ total: 125 }), participants, lastYear, { changeThreshold: 0.2 }))).toEqual(['comment:value.commentRequired']);
    });

    it('treats a change away from zero as large', () => {
      expect(relativeChange(0, 0)).toBe(0);
      expect(relativeChange(0, 5)).toBe(Number.POSITIVE_INFINITY);
      const result = validateIndicatorValue(input({ total: 5 }), participants, { ...lastYear, total: 0 });
      expect(result.problems).toEqual([{ field: 'comment', message: 'value.commentRequired', params: { percent: 100, previous: 0 } }]);
    });
  });

  it('rejects an impossible year', () => {
    expect(keys(validateIndicatorValue(input({ year: 20.5 }), participants))).toEqual(['year:value.yearInvalid']);
  });
});
