import type { ChartSpec } from '../word/documentModel';

/** The value axis: from `min` to `max` in steps of `step` (1, 2 or 5 times a power of ten). */
export interface ValueAxis {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

/**
 * A value axis that starts at zero (bars must, or their lengths lie) and ends at a round number
 * above the highest bar, stack or target, with about `tickCount` gridlines.
 */
export function valueAxis(spec: ChartSpec, tickCount = 5): ValueAxis {
  const { low, high } = valueRange(spec);
  const span = high - low || Math.abs(high) || 1;
  const step = niceStep(span / tickCount);
  const min = Math.floor(low / step) * step;
  const max = Math.max(Math.ceil(high / step) * step, min + step);
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 2; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return { min, max, step, ticks };
}

function valueRange(spec: ChartSpec): { low: number; high: number } {
  let low = 0;
  let high = 0;
  const bars = spec.series.filter((series) => series.role !== 'target');
  const targets = spec.series.filter((series) => series.role === 'target');
  spec.categories.forEach((_, index) => {
    const values = bars.map((series) => series.values[index]).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
    if (spec.stacked) {
      high = Math.max(high, values.filter((value) => value > 0).reduce((sum, value) => sum + value, 0));
      low = Math.min(low, values.filter((value) => value < 0).reduce((sum, value) => sum + value, 0));
    } else {
      high = Math.max(high, ...values);
      low = Math.min(low, ...values);
    }
    for (const target of targets) {
      const value = target.values[index];
      if (typeof value === 'number' && Number.isFinite(value)) {
        high = Math.max(high, value);
        low = Math.min(low, value);
      }
    }
  });
  return { low, high };
}

/** The smallest of 1, 2, 5 × 10ⁿ that is at least `rough`. */
export function niceStep(rough: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}
