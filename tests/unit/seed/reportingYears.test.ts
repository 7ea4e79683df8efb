import { buildSeed } from '../../../local/seed';

const today = new Date('2026-11-23T08:00:00Z');
const demo = buildSeed('demo', today);
const fields = (list: string): Array<Record<string, unknown>> => (demo.lists[list] ?? []).map((item) => item.fields);

describe('demo seed: reporting years, corrections and budget products', () => {
  it('locks the year before last (2024 on 23.11.2026) by the office, and leaves last year open with a deadline ahead', () => {
    expect(fields('ReportingYears')).toEqual([
      { Title: '2024', ReportingYear: 2024, IsLocked: true, LockedAt: '2025-03-31T09:30:00Z', LockedBy: 'koordination@stadt.example' },
      // Six weeks ahead on a workday (04.01.2027 is a Monday), stored as a DateOnly column's midnight in Berlin.
      { Title: '2025', ReportingYear: 2025, IsLocked: false, Deadline: '2027-01-03T23:00:00.000Z' }
    ]);
  });

  it('shows one correction with its reason, in the locked year only', () => {
    const corrections = fields('IndicatorValues').filter((value) => value.IsCorrection === true);
    expect(corrections).toHaveLength(1);
    expect(corrections[0].ValueYear).toBe(2024);
    expect(String(corrections[0].CorrectionReason).length).toBeGreaterThan(10);
  });

  it('gives some indicators a budget product and leaves others without one', () => {
    const products = fields('Indicators').map((indicator) => indicator.BudgetProduct);
    const withProduct = products.filter((product): product is string => typeof product === 'string');
    expect(withProduct.length).toBeGreaterThan(10);
    expect(withProduct.length).toBeLessThan(products.length);
    expect(withProduct.every((product) => /^\d\.\d\d\.\d\d \S/.test(product))).toBe(true);
    expect(new Set(withProduct).size).toBeGreaterThan(3);
  });

  it("'empty' has no reporting years", () => {
    expect(buildSeed('empty', today).lists.ReportingYears).toBeUndefined();
  });
});
