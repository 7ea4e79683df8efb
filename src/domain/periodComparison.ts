import type { FieldOfAction, Goal, GuidingGoal, Measure } from './catalogue';
import type { Indicator } from './indicators';
import { normaliseTitle } from './measure';

/**
 * The item of the previous period this one continues. Set when the next update is prepared
 * from the current one; items typed in later have none and are matched by title instead.
 */
export interface PredecessorLink {
  readonly predecessorId?: number;
}

/** The year by which an indicator's target is to be reached, where the plan period names one. */
export interface IndicatorTarget {
  readonly targetYear?: number;
}

export type ComparedGuidingGoal = GuidingGoal & PredecessorLink;
export type ComparedFieldOfAction = FieldOfAction & PredecessorLink;
export type ComparedGoal = Goal & PredecessorLink;
export type ComparedMeasure = Measure & PredecessorLink;
export type ComparedIndicator = Indicator & PredecessorLink & IndicatorTarget;

/**
 * The indicators that belong to a catalogue: an indicator of a measure goes with its measure, one
 * measured for a goal as a whole with its goal.
 */
export function indicatorsOfCatalogue<I extends Pick<Indicator, 'measureId' | 'goalId'>>(
  indicators: readonly I[],
  goals: ReadonlyArray<{ readonly id: number }>,
  measures: ReadonlyArray<{ readonly id: number }>
): I[] {
  const goalIds = new Set(goals.map((goal) => goal.id));
  const measureIds = new Set(measures.map((measure) => measure.id));
  return indicators.filter((indicator) => (indicator.measureId !== undefined ? measureIds.has(indicator.measureId) : indicator.goalId !== undefined && goalIds.has(indicator.goalId)));
}

/**
 * The catalogue of one plan period as compared: all items of the period, each level complete.
 * Guiding goals (Leitziele) stand beside the fields of action, not above them (a field names no
 * guiding goal), and are matched like fields of action; a period without any may leave them out.
 */
export interface CatalogueSnapshot {
  readonly guidingGoals?: readonly ComparedGuidingGoal[];
  readonly fieldsOfAction: readonly ComparedFieldOfAction[];
  readonly goals: readonly ComparedGoal[];
  readonly measures: readonly ComparedMeasure[];
  readonly indicators: readonly ComparedIndicator[];
}

/** The levels in the order the council paper's attachment lists them. */
export const comparisonLevels = ['guidingGoal', 'fieldOfAction', 'goal', 'measure', 'indicator'] as const;
export type ComparisonLevel = (typeof comparisonLevels)[number];

export const differenceKinds = ['added', 'dropped', 'changed'] as const;
export type DifferenceKind = (typeof differenceKinds)[number];

/**
 * What can change about an item. `parent` is the field of action of a goal, the goal of a
 * measure, the measure (or goal) of an indicator: a move, shown by the parent's number or title.
 */
export type ComparedField = 'title' | 'description' | 'parent' | 'status' | 'leadDepartment' | 'department' | 'unit' | 'targetValue' | 'targetYear' | 'seriesContinuity';

export interface FieldChange {
  readonly field: ComparedField;
  readonly before?: string | number;
  readonly after?: string | number;
}

interface ItemsByLevel {
  readonly guidingGoal: ComparedGuidingGoal;
  readonly fieldOfAction: ComparedFieldOfAction;
  readonly goal: ComparedGoal;
  readonly measure: ComparedMeasure;
  readonly indicator: ComparedIndicator;
}

/** One line of the attachment: an item of the previous period (`before`), of the new one (`after`), or both. */
export interface ItemDifference<L extends ComparisonLevel = ComparisonLevel> {
  readonly level: L;
  readonly kind: DifferenceKind;
  readonly before?: ItemsByLevel[L];
  readonly after?: ItemsByLevel[L];
  /** Empty unless `kind` is `changed`. */
  readonly changes: readonly FieldChange[];
}

export type AnyItemDifference = { [L in ComparisonLevel]: ItemDifference<L> }[ComparisonLevel];

/** The differences of the new period against the previous one, per level, each in reading order. */
export interface PeriodComparison {
  readonly guidingGoals: readonly ItemDifference<'guidingGoal'>[];
  readonly fieldsOfAction: readonly ItemDifference<'fieldOfAction'>[];
  readonly goals: readonly ItemDifference<'goal'>[];
  readonly measures: readonly ItemDifference<'measure'>[];
  readonly indicators: readonly ItemDifference<'indicator'>[];
}

/**
 * Compares the new period's catalogue with the previous one's. An item is the same as its
 * predecessor when it links to it; without a (usable) link, when its normalised title equals an
 * unclaimed item's under the same parent, the parents matched first, top down. Items under a
 * dropped parent therefore count as dropped, and a measure moved to another goal without a link
 * as dropped there and added here: the title alone does not say it is the same measure.
 */
export function comparePlanPeriods(previous: CatalogueSnapshot, next: CatalogueSnapshot): PeriodComparison {
  const previousGuidingGoals = previous.guidingGoals ?? [];
  const nextGuidingGoals = next.guidingGoals ?? [];
  const guidingGoalMatches = matchItems(previousGuidingGoals, nextGuidingGoals, () => '', () => '');
  const fieldMatches = matchItems(previous.fieldsOfAction, next.fieldsOfAction, () => '', () => '');
  const goalMatches = matchItems(
    previous.goals,
    next.goals,
    (goal) => mappedKey(fieldMatches, goal.fieldOfActionId),
    (goal) => String(goal.fieldOfActionId)
  );
  const measureMatches = matchItems(
    previous.measures,
    next.measures,
    (measure) => mappedKey(goalMatches, measure.goalId),
    (measure) => String(measure.goalId)
  );
  const indicatorMatches = matchItems(
    previous.indicators,
    next.indicators,
    (indicator) => indicatorParentKey(indicator, (id) => mappedKey(measureMatches, id), (id) => mappedKey(goalMatches, id)),
    (indicator) => indicatorParentKey(indicator, String, String)
  );

  const fieldLabels = { before: labels(previous.fieldsOfAction, fieldOfActionLabel), after: labels(next.fieldsOfAction, fieldOfActionLabel) };
  const goalLabels = { before: labels(previous.goals, numberedLabel), after: labels(next.goals, numberedLabel) };
  const measureLabels = { before: labels(previous.measures, numberedLabel), after: labels(next.measures, numberedLabel) };
  const goalNumbers = { before: numbers(previous.goals), after: numbers(next.goals) };
  const measureNumbers = { before: numbers(previous.measures), after: numbers(next.measures) };
  const indicatorParent = (indicator: ComparedIndicator, side: 'before' | 'after'): string | undefined =>
    indicator.measureId !== undefined
      ? measureLabels[side].get(indicator.measureId)
      : indicator.goalId !== undefined
        ? goalLabels[side].get(indicator.goalId)
        : undefined;

  return {
    guidingGoals: differences('guidingGoal', previousGuidingGoals, nextGuidingGoals, guidingGoalMatches, textChanges, (guidingGoal) => String(guidingGoal.sortOrder)),
    fieldsOfAction: differences('fieldOfAction', previous.fieldsOfAction, next.fieldsOfAction, fieldMatches, textChanges, (field) => String(field.sortOrder)),
    goals: differences(
      'goal',
      previous.goals,
      next.goals,
      goalMatches,
      (before, after) => [
        ...textChanges(before, after),
        ...parentChange(fieldMatches, before.fieldOfActionId, after.fieldOfActionId, fieldLabels.before, fieldLabels.after)
      ],
      (goal) => goal.number
    ),
    measures: differences(
      'measure',
      previous.measures,
      next.measures,
      measureMatches,
      (before, after) => [
        ...textChanges(before, after),
        ...parentChange(goalMatches, before.goalId, after.goalId, goalLabels.before, goalLabels.after),
        ...valueChange('status', before.status, after.status),
        ...valueChange('leadDepartment', before.leadDepartmentId, after.leadDepartmentId)
      ],
      (measure) => measure.number
    ),
    indicators: differences(
      'indicator',
      previous.indicators,
      next.indicators,
      indicatorMatches,
      (before, after) => [
        ...textChanges(before, after),
        ...indicatorParentChange(before, after, measureMatches, goalMatches, indicatorParent),
        ...valueChange('department', before.departmentId, after.departmentId),
        ...valueChange('unit', before.unit.trim(), after.unit.trim()),
        ...valueChange('targetValue', before.targetValue, after.targetValue),
        ...valueChange('targetYear', before.targetYear, after.targetYear),
        ...seriesBreak(before, after)
      ],
      // Indicators carry no number of their own: they stand under their measure's or goal's.
      (indicator, side) =>
        indicator.measureId !== undefined
          ? measureNumbers[side].get(indicator.measureId)
          : indicator.goalId !== undefined
            ? goalNumbers[side].get(indicator.goalId)
            : undefined
    )
  };
}

export interface DifferenceFilter {
  /** Only these levels; all when absent or empty. */
  readonly levels?: readonly ComparisonLevel[];
  /** Only these kinds; all when absent or empty. */
  readonly kinds?: readonly DifferenceKind[];
  /**
   * Only what concerns this department: measures it leads (before or after, so a handover shows
   * to both), indicators it reports. Guiding goals, fields of action and goals belong to no department and drop out.
   */
  readonly departmentId?: number;
}

/** The differences the filter lets through, per level, in the same order. */
export function filterDifferences(comparison: PeriodComparison, filter: DifferenceFilter): PeriodComparison {
  const keep = <L extends ComparisonLevel>(items: readonly ItemDifference<L>[]): ItemDifference<L>[] =>
    items.filter((item) => isShown(item as AnyItemDifference, filter));
  return {
    guidingGoals: keep(comparison.guidingGoals),
    fieldsOfAction: keep(comparison.fieldsOfAction),
    goals: keep(comparison.goals),
    measures: keep(comparison.measures),
    indicators: keep(comparison.indicators)
  };
}

/** All differences in reading order: level by level. */
export function allDifferences(comparison: PeriodComparison): AnyItemDifference[] {
  return [...comparison.guidingGoals, ...comparison.fieldsOfAction, ...comparison.goals, ...comparison.measures, ...comparison.indicators];
}

function isShown(difference: AnyItemDifference, filter: DifferenceFilter): boolean {
  if (filter.levels?.length && !filter.levels.includes(difference.level)) return false;
  if (filter.kinds?.length && !filter.kinds.includes(difference.kind)) return false;
  if (filter.departmentId === undefined) return true;
  return departmentsOf(difference).includes(filter.departmentId);
}

function departmentsOf(difference: AnyItemDifference): number[] {
  switch (difference.level) {
    case 'measure':
      return [difference.before?.leadDepartmentId, difference.after?.leadDepartmentId].filter(isDefined);
    case 'indicator':
      return [difference.before?.departmentId, difference.after?.departmentId].filter(isDefined);
    default:
      return [];
  }
}

interface Item {
  readonly id: number;
  readonly title: string;
  readonly predecessorId?: number;
}

/** New item id by previous item id. */
type Matches = ReadonlyMap<number, number>;

/**
 * `previousParentKey` must give, for a previous item, the key of its parent's match in the new
 * period (or a key no new item has when the parent was dropped); `nextParentKey` the new item's.
 */
function matchItems<T extends Item>(
  previous: readonly T[],
  next: readonly T[],
  previousParentKey: (item: T) => string,
  nextParentKey: (item: T) => string
): Matches {
  const previousIds = new Set(previous.map((item) => item.id));
  const matches = new Map<number, number>();
  const unmatchedNext: T[] = [];
  // By id, so that two successors of one item (a measure split in two) resolve the same way on every run.
  for (const item of [...next].sort((a, b) => a.id - b.id)) {
    const predecessorId = item.predecessorId;
    if (predecessorId !== undefined && previousIds.has(predecessorId) && !matches.has(predecessorId)) {
      matches.set(predecessorId, item.id);
    } else {
      unmatchedNext.push(item);
    }
  }

  const byKey = new Map<string, T[]>();
  for (const item of [...previous].sort((a, b) => a.id - b.id)) {
    if (matches.has(item.id)) continue;
    const key = titleKey(previousParentKey(item), item.title);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  for (const item of unmatchedNext) {
    const candidate = byKey.get(titleKey(nextParentKey(item), item.title))?.shift();
    if (candidate) matches.set(candidate.id, item.id);
  }
  return matches;
}

function titleKey(parentKey: string, title: string): string {
  return `${parentKey}\u0000${normaliseTitle(title)}`;
}

/** An indicator stands under a measure or, measured for the goal as a whole, under a goal. */
function indicatorParentKey(indicator: ComparedIndicator, measureKey: (id: number) => string, goalKey: (id: number) => string): string {
  if (indicator.measureId !== undefined) return `measure:${measureKey(indicator.measureId)}`;
  if (indicator.goalId !== undefined) return `goal:${goalKey(indicator.goalId)}`;
  return '';
}

/** A key no new item's parent has: the parent was dropped, so nothing under it matches by title. */
function mappedKey(matches: Matches, previousParentId: number): string {
  const nextId = matches.get(previousParentId);
  return nextId === undefined ? `dropped:${previousParentId}` : String(nextId);
}

const byNumber = new Intl.Collator('de', { numeric: true });
const byTitle = new Intl.Collator('de');
/** Under the same number and title, the old item is read before the new one that replaces it. */
const tieOrder: readonly DifferenceKind[] = ['dropped', 'changed', 'added'];

function differences<L extends ComparisonLevel>(
  level: L,
  previous: readonly ItemsByLevel[L][],
  next: readonly ItemsByLevel[L][],
  matches: Matches,
  changesOf: (before: ItemsByLevel[L], after: ItemsByLevel[L]) => FieldChange[],
  numberOf: (item: ItemsByLevel[L], side: 'before' | 'after') => string | undefined
): ItemDifference<L>[] {
  const nextById = new Map(next.map((item) => [item.id, item]));
  const matchedNextIds = new Set(matches.values());
  const found: { difference: ItemDifference<L>; number?: string; title: string }[] = [];

  for (const before of previous) {
    const nextId = matches.get(before.id);
    const after = nextId === undefined ? undefined : nextById.get(nextId);
    if (!after) {
      found.push({ difference: { level, kind: 'dropped', before, changes: [] }, number: numberOf(before, 'before'), title: before.title });
      continue;
    }
    const changes = changesOf(before, after);
    if (changes.length > 0) {
      found.push({ difference: { level, kind: 'changed', before, after, changes }, number: numberOf(after, 'after'), title: after.title });
    }
  }
  for (const after of next) {
    if (!matchedNextIds.has(after.id)) {
      found.push({ difference: { level, kind: 'added', after, changes: [] }, number: numberOf(after, 'after'), title: after.title });
    }
  }

  return found
    .sort(
      (a, b) =>
        compareNumbers(a.number, b.number) ||
        byTitle.compare(normaliseTitle(a.title), normaliseTitle(b.title)) ||
        tieOrder.indexOf(a.difference.kind) - tieOrder.indexOf(b.difference.kind) ||
        (a.difference.before?.id ?? a.difference.after?.id ?? 0) - (b.difference.before?.id ?? b.difference.after?.id ?? 0)
    )
    .map((entry) => entry.difference);
}

/** Unnumbered items after the numbered ones, as in the council paper. */
function compareNumbers(a: string | undefined, b: string | undefined): number {
  const left = a?.trim() ?? '';
  const right = b?.trim() ?? '';
  if (left === right) return 0;
  if (left === '') return 1;
  if (right === '') return -1;
  return byNumber.compare(left, right);
}

/** Invisible characters and reflowed blanks are no change a reader could see. */
function textChanges(before: { title: string; description?: string }, after: { title: string; description?: string }): FieldChange[] {
  const changes: FieldChange[] = [];
  if (normaliseTitle(before.title) !== normaliseTitle(after.title)) {
    changes.push({ field: 'title', before: before.title, after: after.title });
  }
  if (normaliseTitle(before.description) !== normaliseTitle(after.description)) {
    changes.push({ field: 'description', before: emptyToUndefined(before.description), after: emptyToUndefined(after.description) });
  }
  return changes;
}

/**
 * A redefined indicator measures something else from now on: its series breaks (see
 * indicatorSeries.ts), which the attachment says even when the title stayed. Only `after` is set.
 */
function seriesBreak(before: ComparedIndicator, after: ComparedIndicator): FieldChange[] {
  return after.seriesContinuity === 'redefined' && after.predecessorId === before.id ? [{ field: 'seriesContinuity', after: 'redefined' }] : [];
}

function valueChange(field: ComparedField, before: string | number | undefined, after: string | number | undefined): FieldChange[] {
  return before === after ? [] : [{ field, before, after }];
}

/** Moved when the new parent is not the successor of the old one. */
function parentChange(
  parentMatches: Matches,
  beforeParentId: number,
  afterParentId: number,
  beforeLabels: ReadonlyMap<number, string>,
  afterLabels: ReadonlyMap<number, string>
): FieldChange[] {
  if (parentMatches.get(beforeParentId) === afterParentId) return [];
  return [{ field: 'parent', before: beforeLabels.get(beforeParentId), after: afterLabels.get(afterParentId) }];
}

function indicatorParentChange(
  before: ComparedIndicator,
  after: ComparedIndicator,
  measureMatches: Matches,
  goalMatches: Matches,
  parentLabel: (indicator: ComparedIndicator, side: 'before' | 'after') => string | undefined
): FieldChange[] {
  const isSameParent =
    before.measureId !== undefined
      ? after.measureId !== undefined && measureMatches.get(before.measureId) === after.measureId
      : before.goalId !== undefined
        ? after.measureId === undefined && after.goalId !== undefined && goalMatches.get(before.goalId) === after.goalId
        : after.measureId === undefined && after.goalId === undefined;
  return isSameParent ? [] : [{ field: 'parent', before: parentLabel(before, 'before'), after: parentLabel(after, 'after') }];
}

function labels<T extends Item>(items: readonly T[], labelOf: (item: T) => string): Map<number, string> {
  return new Map(items.map((item) => [item.id, labelOf(item)]));
}

function numbers(items: readonly { id: number; number?: string }[]): Map<number, string | undefined> {
  return new Map(items.map((item) => [item.id, item.number]));
}

function numberedLabel(item: { title: string; number?: string }): string {
  const number = item.number?.trim();
  return number ? `${number} ${normaliseTitle(item.title)}` : normaliseTitle(item.title);
}

function fieldOfActionLabel(field: ComparedFieldOfAction): string {
  return normaliseTitle(field.title);
}

function emptyToUndefined(text: string | undefined): string | undefined {
  return text?.trim() ? text : undefined;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
