import { kibibytes, median, ratio } from '../../../scripts/bench/statistics';

describe('bench statistics', () => {
  it('takes the middle value of an odd sample regardless of order', () => {
    expect(median([900, 120, 300])).toBe(300);
  });

  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('does not reorder the caller’s array', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });

  it('has no median for no runs', () => {
    expect(median([])).toBeNaN();
  });

  it('rounds ratios to two decimals and refuses a zero or missing divisor', () => {
    expect(ratio(1013, 730)).toBe(1.39);
    expect(ratio(100, 0)).toBeNaN();
    expect(ratio(100, Number.NaN)).toBeNaN();
    expect(ratio(Number.NaN, 100)).toBeNaN();
  });

  it('converts bytes to KB of 1024 bytes with one decimal', () => {
    expect(kibibytes(256_000)).toBe(250);
    expect(kibibytes(23_087)).toBe(22.5);
  });
});
