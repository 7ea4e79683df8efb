import type { Indicator, IndicatorValue, GenderPartName, ValueMismatch } from './indicators';
import type { Department } from './organisation';
import { genderPartNames } from './indicators';
import { FieldProblem, fieldProblem } from './problems';

/**
 * A value as entered in a sheet or form, before validation: cells may hold anything
 * (text, an empty string, NaN), so the numbers are `unknown` here.
 */
export interface IndicatorValueInput {
  readonly indicatorId: number;
  readonly year: number;
  readonly total: unknown;
  readonly female?: unknown;
  readonly male?: unknown;
  readonly diverse?: unknown;
  readonly notStated?: unknown;
  readonly source?: string;
  readonly comment?: string;
  readonly departmentId?: number;
}

export interface IndicatorValueRules {
  /** Relative change against last year's total above which a comment is required (0.5 = 50 %). */
  readonly changeThreshold: number;
}

export const defaultIndicatorValueRules: IndicatorValueRules = { changeThreshold: 0.5 };

export interface IndicatorValueValidation {
  /** The checked value, present only when there are no problems. */
  readonly value?: IndicatorValue;
  readonly problems: readonly FieldProblem[];
}

/**
 * Checks one value of an indicator for one year: numbers only, non-negative, whole numbers
 * for counts of persons, gender parts complete and adding up to the total, and an
 * explanation for a large change against last year's value.
 */
export function validateIndicatorValue(
  input: IndicatorValueInput,
  indicator: Indicator,
  previous?: IndicatorValue,
  rules: IndicatorValueRules = defaultIndicatorValueRules
): IndicatorValueValidation {
  const problems: FieldProblem[] = [];
  const wholeNumbers = countsPersons(indicator);

  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2999) {
    problems.push(fieldProblem('year', 'value.yearInvalid', { year: String(input.year) }));
  }

  const total = readNumber('total', input.total, wholeNumbers, problems);
  if (total === undefined && isBlank(input.total)) {
    problems.push(fieldProblem('total', 'value.required'));
  }

  const parts = new Map<GenderPartName, number>();
  const given = genderPartNames.filter((name) => !isBlank(input[name]));
  for (const name of given) {
    const part = readNumber(name, input[name], wholeNumbers, problems);
    if (part !== undefined) {
      parts.set(name, part);
    }
  }

  if (given.length > 0 && !indicator.isGenderSplit) {
    // Parts of an indicator that is not split would be stored but never shown or summed.
    for (const name of given) {
      problems.push(fieldProblem(name, 'value.genderPartsNotSplit'));
    }
  } else if (given.length > 0 && given.length < genderPartNames.length) {
    for (const name of genderPartNames.filter((n) => !given.includes(n))) {
      problems.push(fieldProblem(name, 'value.genderPartsIncomplete'));
    }
  } else if (given.length === genderPartNames.length && parts.size === genderPartNames.length && total !== undefined) {
    const sum = [...parts.values()].reduce((a, b) => a + b, 0);
    // Parts are counts of persons (whole numbers, checked above), so the sum is exact.
    if (sum !== total) {
      problems.push(fieldProblem('total', 'value.genderSumMismatch', { sum, total }));
    }
  }

  const comment = input.comment?.trim() ?? '';
  if (total !== undefined && previous && comment.length === 0) {
    const change = relativeChange(previous.total, total);
    if (change > rules.changeThreshold) {
      problems.push(
        fieldProblem('comment', 'value.commentRequired', {
          percent: Number.isFinite(change) ? Math.round(change * 100) : 100,
          previous: previous.total
        })
      );
    }
  }

  if (problems.length > 0 || total === undefined) {
    return { problems };
  }
  const value: IndicatorValue = {
    indicatorId: input.indicatorId,
    year: input.year,
    total,
    ...(given.length > 0 ? Object.fromEntries(parts) : {}),
    ...(input.source?.trim() ? { source: input.source.trim() } : {}),
    ...(comment ? { comment } : {}),
    ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {})
  };
  return { value, problems };
}

/**
 * Units that count persons (participants, pupils, staff …) take whole numbers only.
 * A gender-split indicator counts persons by definition.
 */
export function countsPersons(indicator: Pick<Indicator, 'unit' | 'isGenderSplit'>): boolean {
  return indicator.isGenderSplit || personUnitPattern.test(indicator.unit.trim());
}

const personUnitPattern = /(person|teilnehm|participant|kinder|kind$|jugendliche|schüler|pupil|beschäftigte|mitarbeit|bewohner|besucher|ratsuchende|geflüchtete|familien|haushalte|anzahl|^count$|^number$)/i;

/** |new − old| / old; any change away from zero counts as unbounded. */
export function relativeChange(previous: number, current: number): number {
  if (previous === current) {
    return 0;
  }
  return previous === 0 ? Number.POSITIVE_INFINITY : Math.abs(current - previous) / Math.abs(previous);
}

function readNumber(field: string, raw: unknown, wholeNumbers: boolean, problems: FieldProblem[]): number | undefined {
  if (isBlank(raw)) {
    return undefined;
  }
  // Text is rejected even when it looks numeric: "1.234" means 1234 to a German user and
  // 1.234 to the parser, so the sheet must deliver real numbers.
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    problems.push(fieldProblem(field, 'value.notANumber'));
    return undefined;
  }
  if (raw < 0) {
    problems.push(fieldProblem(field, 'value.negative'));
    return undefined;
  }
  if (wholeNumbers && !Number.isInteger(raw)) {
    problems.push(fieldProblem(field, 'value.notInteger'));
    return undefined;
  }
  return raw;
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * A value item the office prepared when it opened the year, still empty: "not reported yet",
 * never a value of 0. A department fills it in (an update on its ETag); it cannot add items.
 */
export interface PreparedValue {
  readonly id: number;
  readonly etag?: string;
  readonly indicatorId: number;
  readonly year: number;
  readonly departmentId?: number;
  readonly folder?: string;
}

/**
 * Whether a stored value belongs to its indicator: the value's department must be the indicator's,
 * and its folder that department's (`<number>` or `<number>/<year>`). SharePoint's permissions keep
 * departments to their own folders, but not to their own indicators inside them, and values written
 * before the year folders existed may lie elsewhere; such a value is shown as a warning, not counted.
 */
export function placementMismatch(
  value: Pick<IndicatorValue, 'year' | 'departmentId' | 'folder'>,
  indicator: Pick<Indicator, 'departmentId'>,
  departmentNumberOf: (departmentId: number) => string | undefined
): ValueMismatch | undefined {
  if (value.departmentId !== indicator.departmentId) {
    return 'department';
  }
  if (value.folder === undefined) {
    return undefined; // not read with its folder: nothing to compare
  }
  const [departmentFolder, yearFolder, ...deeper] = value.folder.split('/').filter((part) => part !== '');
  const expected = departmentNumberOf(indicator.departmentId);
  const isYearRight = yearFolder === undefined || yearFolder === String(value.year);
  return expected !== undefined && departmentFolder === expected && isYearRight && deeper.length === 0 ? undefined : 'folder';
}

export interface SortedValues {
  /** Values that belong to their indicator. */
  readonly values: IndicatorValue[];
  /** Values with `mismatch` set: shown as a warning, never counted as their indicator's. */
  readonly misplaced: IndicatorValue[];
}

/** Sorts read values into those that belong to their indicator and the misplaced ones; values of unknown indicators stay as they are. */
export function sortByPlacement(values: readonly IndicatorValue[], indicators: readonly Pick<Indicator, 'id' | 'departmentId'>[], departments: readonly Department[]): SortedValues {
  const indicatorsById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const numbers = new Map(departments.map((department) => [department.id, department.number]));
  const sorted: SortedValues = { values: [], misplaced: [] };
  for (const value of values) {
    const indicator = indicatorsById.get(value.indicatorId);
    const mismatch = indicator ? placementMismatch(value, indicator, (id) => numbers.get(id)) : undefined;
    if (mismatch) {
      sorted.misplaced.push({ ...value, mismatch });
    } else {
      sorted.values.push(value);
    }
  }
  return sorted;
}

/**
 * The writer's message for a value that has no prepared item: departments only fill in the items
 * the office created when it opened the year. The entry shows it in the user's language.
 */
export const valueNotPreparedMessage = 'No prepared value item: the office must open the reporting year or add the indicator first.';
