import type { GenderPartName, GenderParts } from './indicators';
import { genderPartNames } from './indicators';

/**
 * Small-number suppression (Geheimhaltung) of a published count and its gender parts, as the
 * statistics offices do it for case numbers: a count from 1 to 4 could point at a person, so it
 * is shown as "<5" (primary suppression). Because the parts add up to the total, hiding one
 * part alone hides nothing; further cells are hidden (secondary suppression) until no hidden
 * cell can be worked out from the total, the shown parts and what the marks themselves say.
 *
 * Marks (following the German statistics offices' Zeichenerklärung, DIN 55301):
 * - `<5`: the value is smaller than 5 (0 to 4). True for every cell that carries it: primary
 *   cells (1–4) and secondarily hidden zeros or small values.
 * - `.`: "Zahlenwert unbekannt oder geheim zu halten": a secondarily hidden value of 5 or more,
 *   or a gender split that was not recorded for this value.
 * - `x`: "Tabellenfach gesperrt, weil Aussage nicht sinnvoll": the indicator is not split by gender.
 * - Zero is shown as 0: these are whole counts, so 0 means exactly none.
 *
 * What a reader can know about a hidden cell (the attacker's bounds): `<5` → 0…4 (or 1…4 for a
 * reader who takes every "<5" for a primary cell); `.` → 5 or more, at most a shown total. A
 * hidden cell is protected when at least two values fit all shown cells, those bounds and
 * total = sum of the parts. Among the hidden sets that protect
 * every cell, the one hiding the least is chosen: first never the total if avoidable, then the
 * fewest cells, then the smallest sum of hidden values (zeros and small parts before large ones).
 *
 * A small total (1–4) is itself "<5", and its split is not published (every part "."): "<5
 * persons, all of them women" would tell as much as a count, and "<5 = <5 + <5 + <5 + <5"
 * gives away 4 = 1 + 1 + 1 + 1 to a reader who takes "<5" for 1 to 4.
 *
 * Only counts of persons are suppressed: amounts, rates and percentages point at nobody.
 */

/** A count below this and above zero is primarily suppressed. */
export const smallCountLimit = 5;

export type DisclosureCell =
  | { readonly kind: 'shown'; readonly value: number }
  /** "<5": the value lies between 0 and 4. */
  | { readonly kind: 'small' }
  /** ".": hidden so that a small count cannot be derived; the value is 5 or more. */
  | { readonly kind: 'secret' }
  /** ".": the gender split of this value was not recorded. */
  | { readonly kind: 'unknown' }
  /** ".": the split of a total below 5 is not published at all. */
  | { readonly kind: 'withheld' }
  /** "x": the indicator is not split by gender. */
  | { readonly kind: 'notSplit' };

export type DisclosureCellName = 'total' | GenderPartName;

export const disclosureCellNames: readonly DisclosureCellName[] = ['total', ...genderPartNames];

/** A published count: the total and its gender parts, each shown or marked. */
export type PublicCount = { readonly [Name in DisclosureCellName]: DisclosureCell };

export interface CountToPublish extends GenderParts {
  readonly total: number;
}

export interface DisclosureOptions {
  /** The indicator counts persons (`countsPersons`): only then is anything suppressed. */
  readonly isPersonCount: boolean;
  readonly isGenderSplit: boolean;
}

export type DisclosureMark = '<5' | '.' | 'x';

/** The mark of a hidden cell, or undefined for a shown one. */
export function disclosureMark(cell: DisclosureCell): DisclosureMark | undefined {
  switch (cell.kind) {
    case 'shown':
      return undefined;
    case 'small':
      return '<5';
    case 'notSplit':
      return 'x';
    default:
      return '.';
  }
}

/** The marks in the order a legend lists them. */
export const disclosureMarks: readonly DisclosureMark[] = ['<5', '.', 'x'];

/** The cells of one count as published, with primary and secondary suppression applied. */
export function suppressSmallCounts(count: CountToPublish, options: DisclosureOptions): PublicCount {
  const parts = recordedParts(count, options);
  const shown = (value: number): DisclosureCell => ({ kind: 'shown', value });
  const partCell = (name: GenderPartName): DisclosureCell => {
    if (!options.isGenderSplit) return { kind: 'notSplit' };
    return parts ? shown(parts[name]) : { kind: 'unknown' };
  };
  const plain: PublicCount = {
    total: shown(count.total),
    female: partCell('female'),
    male: partCell('male'),
    diverse: partCell('diverse'),
    notStated: partCell('notStated')
  };
  if (!options.isPersonCount) return plain;
  const values = { total: count.total, ...parts };
  const cells = disclosureCellNames.filter((name) => values[name] !== undefined);
  if (isSmall(count.total)) {
    const withheld = (name: GenderPartName): DisclosureCell => (options.isGenderSplit ? { kind: 'withheld' } : plain[name]);
    return { total: { kind: 'small' }, female: withheld('female'), male: withheld('male'), diverse: withheld('diverse'), notStated: withheld('notStated') };
  }
  const primary = cells.filter((name) => isSmall(values[name]!));
  if (primary.length === 0) return plain;
  const hidden = parts ? cheapestProtection(values as CellValues, primary) : new Set(primary);
  const result: Record<DisclosureCellName, DisclosureCell> = { ...plain };
  for (const name of hidden) {
    result[name] = values[name]! < smallCountLimit ? { kind: 'small' } : { kind: 'secret' };
  }
  return result;
}

type CellValues = { readonly [Name in DisclosureCellName]: number };

function isSmall(value: number): boolean {
  return value > 0 && value < smallCountLimit;
}

/** The gender parts when all four are recorded and add up to the total; a partial split protects nothing and is not published. */
function recordedParts(count: CountToPublish, options: DisclosureOptions): Record<GenderPartName, number> | undefined {
  if (!options.isGenderSplit) return undefined;
  const values = genderPartNames.map((name) => count[name]);
  if (values.some((value) => value === undefined || !Number.isFinite(value))) return undefined;
  const parts = Object.fromEntries(genderPartNames.map((name, index) => [name, values[index]!])) as Record<GenderPartName, number>;
  const sum = values.reduce<number>((a, b) => a + b!, 0);
  return sum === count.total ? parts : undefined;
}

/** Every superset of the primary cells, cheapest first; the first that protects every hidden cell. Five cells: 32 sets at most. */
function cheapestProtection(values: CellValues, primary: readonly DisclosureCellName[]): Set<DisclosureCellName> {
  const optional = disclosureCellNames.filter((name) => !primary.includes(name));
  const candidates: Array<Set<DisclosureCellName>> = [];
  for (let mask = 0; mask < 1 << optional.length; mask += 1) {
    candidates.push(new Set([...primary, ...optional.filter((_, index) => (mask & (1 << index)) !== 0)]));
  }
  const cost = (set: Set<DisclosureCellName>): number[] => [set.has('total') ? 1 : 0, set.size, [...set].reduce((sum, name) => sum + values[name], 0)];
  candidates.sort((a, b) => compareCosts(cost(a), cost(b)));
  // Hiding all five always protects: the total's bounds are open upwards or it is small itself.
  return candidates.find((set) => isProtected(values, set)) ?? new Set(disclosureCellNames);
}

function compareCosts(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return a[index] - b[index];
  }
  return 0;
}

/**
 * The values a reader may assume for a cell: its shown value, or the range its mark states.
 * `smallMin` 1 stands for a reader who takes every "<5" for a count of 1 to 4.
 */
export function cellBounds(cell: DisclosureCell, shownTotal?: number, smallMin = 0): { readonly min: number; readonly max: number } {
  switch (cell.kind) {
    case 'shown':
      return { min: cell.value, max: cell.value };
    case 'small':
      return { min: smallMin, max: smallCountLimit - 1 };
    case 'secret':
      return { min: smallCountLimit, max: shownTotal ?? Number.POSITIVE_INFINITY };
    default:
      return { min: 0, max: shownTotal ?? Number.POSITIVE_INFINITY };
  }
}

/**
 * True when no cell of `hidden` has a single possible value, for a reader who reads "<5" as 0–4
 * and also for one who reads it as 1–4 (the primary cells) whenever that reading fits the true
 * values: "12 = 10 + <5 + <5 + 0" would give away 1 and 1 to the second reader.
 */
export function isProtected(values: CellValues, hidden: ReadonlySet<DisclosureCellName>): boolean {
  const hiddenSmall = [...hidden].filter((name) => values[name] < smallCountLimit);
  const isSecondReadingTrue = hiddenSmall.every((name) => values[name] >= 1);
  return hasNoSingleValue(values, hidden, 0) && (!isSecondReadingTrue || hasNoSingleValue(values, hidden, 1));
}

/**
 * The parts add up to the total: with integer bounds per cell, the values one cell can take form
 * an interval, the equation solved for it over the range of the sum of the others.
 */
function hasNoSingleValue(values: CellValues, hidden: ReadonlySet<DisclosureCellName>, smallMin: number): boolean {
  const cell = (name: DisclosureCellName): DisclosureCell => (!hidden.has(name) ? { kind: 'shown', value: values[name] } : values[name] < smallCountLimit ? { kind: 'small' } : { kind: 'secret' });
  const shownTotal = hidden.has('total') ? undefined : values.total;
  const bounds = Object.fromEntries(disclosureCellNames.map((name) => [name, cellBounds(cell(name), shownTotal, smallMin)])) as Record<DisclosureCellName, { min: number; max: number }>;
  // total − Σ parts = 0, written as Σ sign·cell = 0.
  const sign = (name: DisclosureCellName): number => (name === 'total' ? 1 : -1);
  for (const name of hidden) {
    let low = 0;
    let high = 0;
    for (const other of disclosureCellNames.filter((candidate) => candidate !== name)) {
      const { min, max } = bounds[other];
      low += sign(other) > 0 ? min : -max;
      high += sign(other) > 0 ? max : -min;
    }
    // sign(name)·x = −(sum of the others) ∈ [−high, −low]
    const from = sign(name) > 0 ? -high : low;
    const to = sign(name) > 0 ? -low : high;
    const min = Math.max(from, bounds[name].min);
    const max = Math.min(to, bounds[name].max);
    if (max - min < 1) return false;
  }
  return true;
}
