/** Median of a sample; the bench reports medians because single runs on a shared machine jitter. */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Ratio rounded to two decimals; NaN when the divisor is not a positive number. */
export function ratio(numerator: number, denominator: number): number {
  if (!(denominator > 0) || !Number.isFinite(numerator)) {
    return Number.NaN;
  }
  return Math.round((numerator / denominator) * 100) / 100;
}

export function kibibytes(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
