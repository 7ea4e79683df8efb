import { formatMessage, Language, MessageKey, MessageParams } from './messages';

/** An expected failure of a rule on one field of a form or domain object. */
export interface FieldProblem {
  readonly field: string;
  readonly message: MessageKey;
  readonly params?: MessageParams;
}

/** The same for a cell of a sheet or import file: rows count from 1 as the user sees them. */
export interface CellProblem {
  readonly row: number;
  readonly column: string;
  readonly message: MessageKey;
  readonly params?: MessageParams;
}

export function fieldProblem(field: string, message: MessageKey, params?: MessageParams): FieldProblem {
  return params ? { field, message, params } : { field, message };
}

/**
 * Places the field problems of one row on its cells. `columnOf` maps a field to the sheet's
 * column (e.g. `total` → `"D"`); without it the field name is the column.
 */
export function atRow(row: number, problems: readonly FieldProblem[], columnOf: (field: string) => string = (field) => field): CellProblem[] {
  return problems.map((p) => (p.params ? { row, column: columnOf(p.field), message: p.message, params: p.params } : { row, column: columnOf(p.field), message: p.message }));
}

/** The text of a problem for the user. */
export function describeProblem(problem: FieldProblem | CellProblem, language: Language = 'de'): string {
  return formatMessage(problem.message, problem.params, language);
}
