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

/**
 * The catalogue's rows in tree order, built once per loaded catalogue: filtering and sorting
 * then only walk this index. The search text of a row is built the first time someone
 * searches, so the first paint of 5,000 measures does not pay for it.
 */
export interface CatalogueIndex {
  readonly goalsInOrder: readonly { readonly field: FieldOfAction; readonly goals: readonly Goal[] }[];
  readonly rowsByGoal: ReadonlyMap<number, readonly CatalogueRow[]>;
  readonly rowById: ReadonlyMap<number, CatalogueRow>;
  readonly total: number;
  readonly statusOrder: readonly MeasureStatus[];
  /** Rows of each goal sorted by a key, made on first use. */
  readonly sorted: Map<CatalogueSortKey, ReadonlyMap<number, readonly CatalogueRow[]>>;
  readonly haystacks: WeakMap<CatalogueRow, string>;
}

function haystackOf(index: CatalogueIndex, row: CatalogueRow): string {
  let haystack = index.haystacks.get(row);
  if (haystack === undefined) {
    const { measure } = row;
    haystack = searchable(
      [measure.number, measure.title, measure.description ?? '', row.goal.title, row.fieldOfAction.title, row.leadDepartment?.name ?? '', ...row.indicators.map((indicator) => indicator.title)].join(' ')
    );
    index.haystacks.set(row, haystack);
  }
  return haystack;
}

function matches(index: CatalogueIndex, row: CatalogueRow, filters: CatalogueFilters, words: readonly string[]): boolean {
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
  const haystack = haystackOf(index, row);
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

/** One pass over the measures: each gets its goal, field of action, department, concept and indicators. */
export function indexCatalogue(data: CatalogueData, statusOrder: readonly MeasureStatus[]): CatalogueIndex {
  const goals = new Map(data.goals.map((goal) => [goal.id, goal]));
  const fields = new Map(data.fieldsOfAction.map((field) => [field.id, field]));
  const departments = new Map(data.departments.map((department) => [department.id, department]));
  const concepts = new Map(data.concepts.map((concept) => [concept.id, concept]));
  const indicatorsOf = new Map<number, Indicator[]>();
  for (const indicator of data.indicators ?? []) {
    if (indicator.measureId !== undefined) {
      const list = indicatorsOf.get(indicator.measureId);
      if (list) {
        list.push(indicator);
      } else {
        indicatorsOf.set(indicator.measureId, [indicator]);
      }
    }
  }
  const rowsByGoal = new Map<number, CatalogueRow[]>();
  const rowById = new Map<number, CatalogueRow>();
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
    rowById.set(measure.id, row);
    const list = rowsByGoal.get(goal.id);
    if (list) {
      list.push(row);
    } else {
      rowsByGoal.set(goal.id, [row]);
    }
  }
  const goalsOfField = new Map<number, Goal[]>();
  for (const goal of data.goals) {
    goalsOfField.set(goal.fieldOfActionId, [...(goalsOfField.get(goal.fieldOfActionId) ?? []), goal]);
  }
  const goalsInOrder = [...data.fieldsOfAction]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((field) => ({ field, goals: (goalsOfField.get(field.id) ?? []).sort((a, b) => collator.compare(a.number, b.number)) }));
  return { goalsInOrder, rowsByGoal, rowById, total: data.measures.length, statusOrder, sorted: new Map(), haystacks: new WeakMap() };
}

function sortedRows(index: CatalogueIndex, sort: CatalogueSortKey): ReadonlyMap<number, readonly CatalogueRow[]> {
  let sorted = index.sorted.get(sort);
  if (!sorted) {
    const compare = compareWithin(sort, index.statusOrder);
    sorted = new Map([...index.rowsByGoal].map(([goalId, rows]) => [goalId, [...rows].sort(compare)]));
    index.sorted.set(sort, sorted);
  }
  return sorted;
}

/**
 * The catalogue as a tree: field of action → goal → measures, filtered and sorted within each
 * goal, with counts per group. Walks the index once; sorting happens once per sort key.
 */
export function viewCatalogue(index: CatalogueIndex, filters: CatalogueFilters, sort: CatalogueSortKey): CatalogueView {
  const words = searchable(filters.text ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const isFiltered = words.length > 0 || filters.departmentId !== undefined || filters.status !== undefined || filters.conceptId !== undefined;
  const byGoal = sortedRows(index, sort);
  const rows: CatalogueRow[] = [];
  const groups: CatalogueGroup[] = [];
  for (const { field, goals } of index.goalsInOrder) {
    const fieldStart = rows.length;
    const children: CatalogueGroup[] = [];
    for (const goal of goals) {
      const all = byGoal.get(goal.id) ?? [];
      const goalRows = isFiltered ? all.filter((row) => matches(index, row, filters, words)) : all;
      if (goalRows.length === 0) {
        continue;
      }
      children.push({ key: `goal-${goal.id}`, name: `${goal.number} ${goal.title}`.trim(), startIndex: rows.length, count: goalRows.length, level: 1 });
      for (const row of goalRows) {
        rows.push(row);
      }
    }
    if (children.length > 0) {
      groups.push({ key: `field-${field.id}`, name: `${field.sortOrder}. ${field.title}`, startIndex: fieldStart, count: rows.length - fieldStart, level: 0, children });
    }
  }
  return { rows, groups, total: index.total };
}

/** The view in one call, for a catalogue shown once (an export, a test). */
export function buildCatalogueView(data: CatalogueData, filters: CatalogueFilters, sort: CatalogueSortKey, statusOrder: readonly MeasureStatus[]): CatalogueView {
  return viewCatalogue(indexCatalogue(data, statusOrder), filters, sort);
}
