import type { MeasureStatus } from './choices';
import { MeasureStatusChoices } from './choices';
import { FieldProblem, fieldProblem } from './problems';
import { withoutInvisibleCharacters } from './text';

/** SharePoint's single line of text holds at most 255 characters. */
export const maxTitleLength = 255;

/**
 * A measure as a form or an import row describes it, before validation. Goal and lead
 * department may be missing or ambiguous there (a spreadsheet cell naming two goals), so
 * both accept a list.
 */
export interface MeasureCandidate {
  readonly title?: string;
  readonly goalId?: number | readonly number[];
  readonly leadDepartmentId?: number | readonly number[];
  /** A status code; anything else is reported. */
  readonly status?: string;
}

/** Ids that exist, when the caller knows them (the goals of the plan period, all departments). */
export interface MeasureReferences {
  readonly goalIds?: Iterable<number>;
  readonly departmentIds?: Iterable<number>;
}

/** Every measure belongs to exactly one goal, has exactly one lead department, a title and a known status. */
export function validateMeasure(candidate: MeasureCandidate, references: MeasureReferences = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];

  const title = normaliseTitle(candidate.title);
  if (title.length === 0) {
    problems.push(fieldProblem('title', 'measure.titleRequired'));
  } else if (title.length > maxTitleLength) {
    problems.push(fieldProblem('title', 'measure.titleTooLong', { length: title.length, max: maxTitleLength }));
  }

  checkExactlyOne(problems, 'goalId', candidate.goalId, references.goalIds, {
    missing: 'measure.goalRequired',
    ambiguous: 'measure.goalAmbiguous',
    unknown: 'measure.goalUnknown'
  });
  checkExactlyOne(problems, 'leadDepartmentId', candidate.leadDepartmentId, references.departmentIds, {
    missing: 'measure.leadDepartmentRequired',
    ambiguous: 'measure.leadDepartmentAmbiguous',
    unknown: 'measure.departmentUnknown'
  });

  if (!isMeasureStatus(candidate.status)) {
    problems.push(fieldProblem('status', 'measure.statusInvalid', { status: candidate.status ?? '' }));
  }
  return problems;
}

export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return MeasureStatusChoices.isCode(value);
}

/** Trimmed, with inner runs of blanks (pasted line breaks, tabs) collapsed to one space. */
export function normaliseTitle(title: string | undefined): string {
  // A title pasted from Word or a web page may carry soft hyphens or zero-width spaces: the same title to a reader, and to a re-import.
  return withoutInvisibleCharacters(title ?? '').replace(/\s+/g, ' ').trim();
}

function checkExactlyOne(
  problems: FieldProblem[],
  field: string,
  value: number | readonly number[] | undefined,
  known: Iterable<number> | undefined,
  keys: { missing: 'measure.goalRequired' | 'measure.leadDepartmentRequired'; ambiguous: 'measure.goalAmbiguous' | 'measure.leadDepartmentAmbiguous'; unknown: 'measure.goalUnknown' | 'measure.departmentUnknown' }
): void {
  const ids = [...new Set(value === undefined ? [] : typeof value === 'number' ? [value] : value)].filter((id) => Number.isInteger(id) && id > 0);
  if (ids.length === 0) {
    problems.push(fieldProblem(field, keys.missing));
  } else if (ids.length > 1) {
    problems.push(fieldProblem(field, keys.ambiguous, { count: ids.length }));
  } else if (known && !new Set(known).has(ids[0])) {
    problems.push(fieldProblem(field, keys.unknown, { id: ids[0] }));
  }
}
