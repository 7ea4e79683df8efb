import type { Concept, Department, FieldOfAction, Goal, Indicator, Measure, MeasureStatus } from '../../domain';

export interface CatalogueData {
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly departments: readonly Department[];
  readonly concepts: readonly Concept[];
  /** Indicators of any period; each row gets those of its measure. */
  readonly indicators?: readonly Indicator[];
}

export interface CatalogueFilters {
  readonly departmentId?: number;
  readonly status?: MeasureStatus;
  readonly conceptId?: number;
  readonly text?: string;
}

export type CatalogueSortKey = 'number' | 'title' | 'status' | 'department';

export interface CatalogueRow {
  readonly measure: Measure;
  readonly goal: Goal;
  readonly fieldOfAction: FieldOfAction;
  readonly leadDepartment?: Department;
  readonly concept?: Concept;
  readonly indicators: readonly Indicator[];
}

/** A group as Fluent's GroupedList/DetailsList takes it: a slice of the row array, nested. */
export interface CatalogueGroup {
  readonly key: string;
  readonly name: string;
  readonly startIndex: number;
  readonly count: number;
  readonly level: number;
  readonly children?: CatalogueGroup[];
}

export interface CatalogueView {
  readonly rows: CatalogueRow[];
  readonly groups: CatalogueGroup[];
  readonly total: number;
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/** Lower-cased, umlauts folded, so "massnahme" finds "Maßnahme" and "ubersetzung" finds "Übersetzung". */
export function searchable(value: string): string {
  return value
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function matches(row: CatalogueRow, filters: CatalogueFilters, words: readonly string[]): boolean {
  const { measure } = row;
  if (filters.departmentId !== undefined && measure.leadDepartmentId !== filters.departmentId && !measure.involvedDepartmentIds.includes(filters.departmentId)) {
    return false;
  }
  if (filters.status !== undefined && measure.status !== filters.status) {
    return false;
  }
  if (filters.conceptId !== undefined && measure.sourceConceptId !== filters.conceptId) {
    return false;
  }
  if (words.length === 0) {
    return true;
  }
  const haystack = searchable(
    [measure.number, measure.title, measure.description ?? '', row.goal.title, row.fieldOfAction.title, row.leadDepartment?.name ?? '', ...row.indicators.map((indicator) => indicator.title)].join(' ')
  );
  return words.every((word) => haystack.includes(word));
}

function compareWithin(sort: CatalogueSortKey, statusOrder: readonly MeasureStatus[]): (a: CatalogueRow, b: CatalogueRow) => number {
  switch (sort) {
    case 'title':
      return (a, b) => collator.compare(a.measure.title, b.measure.title);
    case 'status':
      return (a, b) => statusOrder.indexOf(a.measure.status) - statusOrder.indexOf(b.measure.status) || collator.compare(a.measure.number ?? '', b.measure.number ?? '');
    case 'department':
      return (a, b) => collator.compare(a.leadDepartment?.number ?? '', b.leadDepartment?.number ?? '') || collator.compare(a.measure.number ?? '', b.measure.number ?? '');
    default:
      return (a, b) => collator.compare(a.measure.number ?? '', b.measure.number ?? '') || collator.compare(a.measure.title, b.measure.title);
  }
}

/**
 * The catalogue as a tree: field of action → goal → measures, filtered and sorted within each
 * goal, with counts per group. One pass over the measures, so thousands of rows stay cheap.
 */
export function buildCatalogueView(data: CatalogueData, filters: CatalogueFilters, sort: CatalogueSortKey, statusOrder: readonly MeasureStatus[]): CatalogueView {
  const goals = new Map(data.goals.map((goal) => [goal.id, goal]));
  const fields = new Map(data.fieldsOfAction.map((field) => [field.id, field]));
  const departments = new Map(data.departments.map((department) => [department.id, department]));
  const concepts = new Map(data.concepts.map((concept) => [concept.id, concept]));
  const indicatorsOf = new Map<number, Indicator[]>();
  for (const indicator of data.indicators ?? []) {
    if (indicator.measureId !== undefined) {
      indicatorsOf.set(indicator.measureId, [...(indicatorsOf.get(indicator.measureId) ?? []), indicator]);
    }
  }
  const words = searchable(filters.text ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);

  const byGoal = new Map<number, CatalogueRow[]>();
  for (const measure of data.measures) {
    const goal = goals.get(measure.goalId);
    const fieldOfAction = goal && fields.get(goal.fieldOfActionId);
    if (!goal || !fieldOfAction) {
      continue; // a measure whose goal is outside this period belongs to another catalogue
    }
    const row: CatalogueRow = {
      measure,
      goal,
      fieldOfAction,
      leadDepartment: departments.get(measure.leadDepartmentId),
      concept: measure.sourceConceptId === undefined ? undefined : concepts.get(measure.sourceConceptId),
      indicators: indicatorsOf.get(measure.id) ?? []
    };
    if (matches(row, filters, words)) {
      const list = byGoal.get(goal.id) ?? [];
      list.push(row);
      byGoal.set(goal.id, list);
    }
  }

  const compare = compareWithin(sort, statusOrder);
  const rows: CatalogueRow[] = [];
  const groups: CatalogueGroup[] = [];
  const orderedFields = [...data.fieldsOfAction].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  for (const field of orderedFields) {
    const fieldStart = rows.length;
    const children: CatalogueGroup[] = [];
    const fieldGoals = data.goals.filter((goal) => goal.fieldOfActionId === field.id).sort((a, b) => collator.compare(a.number, b.number));
    for (const goal of fieldGoals) {
      const goalRows = (byGoal.get(goal.id) ?? []).sort(compare);
      if (goalRows.length === 0) {
        continue;
      }
      children.push({ key: `goal-${goal.id}`, name: `${goal.number} ${goal.title}`.trim(), startIndex: rows.length, count: goalRows.length, level: 1 });
      rows.push(...goalRows);
    }
    if (children.length > 0) {
      groups.push({ key: `field-${field.id}`, name: `${field.sortOrder}. ${field.title}`, startIndex: fieldStart, count: rows.length - fieldStart, level: 0, children });
    }
  }
  return { rows, groups, total: data.measures.length };
}
