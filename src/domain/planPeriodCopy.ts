import type { PlanPeriod } from './catalogue';
import type { MeasureStatus } from './choices';
import { indicatorsOfCatalogue } from './periodComparison';
import type { CatalogueSnapshot, ComparedFieldOfAction, ComparedGoal, ComparedGuidingGoal, ComparedIndicator, ComparedMeasure } from './periodComparison';

/**
 * "Nächste Fortschreibung vorbereiten": what of the current period goes into the next draft.
 * Guiding goals, fields of action and goals are all carried over (the council paper revises them,
 * it does not start from nothing); measures only in the statuses the office chooses; indicators
 * with their targets only where their measure (or goal) is carried over. Every copy links to its original.
 */

/** The period's catalogue as the copy reads it: the same levels a comparison reads. */
export type CopySource = CatalogueSnapshot;

/** By default implemented and dropped measures stay behind: they are done or given up. */
export const defaultCarriedStatuses: readonly MeasureStatus[] = ['planned', 'inProgress', 'ongoing', 'suspended'];

export type CopyLevel = 'guidingGoal' | 'fieldOfAction' | 'goal' | 'measure' | 'indicator';

/** The order of the writes: a parent is created before anything that points to it. */
export const copyLevels: readonly CopyLevel[] = ['guidingGoal', 'fieldOfAction', 'goal', 'measure', 'indicator'];

interface CopyItems {
  readonly guidingGoal: ComparedGuidingGoal;
  readonly fieldOfAction: ComparedFieldOfAction;
  readonly goal: ComparedGoal;
  readonly measure: ComparedMeasure;
  readonly indicator: ComparedIndicator;
}

/** One item to create in the draft. Its parents are named by their source ids, mapped at write time. */
export interface CopyStep<L extends CopyLevel = CopyLevel> {
  readonly level: L;
  /**
   * The create key of the copy: the same for the same source item and target period, so a copy
   * that is run again after a failure finds what it already wrote instead of writing it twice.
   */
  readonly key: string;
  readonly source: CopyItems[L];
}

export type AnyCopyStep = { [L in CopyLevel]: CopyStep<L> }[CopyLevel];

export interface CopyPlan {
  readonly steps: readonly AnyCopyStep[];
  /** Measures left behind because of their status, for the office's summary. */
  readonly leftBehind: readonly ComparedMeasure[];
  /** The key of each carried item's copy, by `level:sourceId`. */
  readonly keys: ReadonlyMap<string, string>;
  /**
   * Carried measures that would get the same key (the same number, or without one the same field,
   * goal and title): the draft's unique key column would take only the first. Nothing may be
   * written while there are any; the office renumbers or renames one of them first.
   */
  readonly duplicateKeys: readonly (readonly ComparedMeasure[])[];
}

export function copyKey(targetPeriodId: number, level: CopyLevel, sourceId: number): string {
  return `copy-${targetPeriodId}-${level}-${sourceId}`;
}

export interface CopyOptions {
  /** The measure statuses carried over; by default `defaultCarriedStatuses`. */
  readonly carriedStatuses?: readonly MeasureStatus[];
  /**
   * The key of a measure's copy. Measures are keyed by their import key (plan period, number,
   * field, goal, title), so the caller passes that rule: a later import of the same row into the
   * draft then finds the copy instead of adding the measure a second time.
   */
  readonly measureKey?: (measure: ComparedMeasure) => string;
}

export function planPeriodCopy(source: CopySource, targetPeriodId: number, options: CopyOptions = {}): CopyPlan {
  const carriedStatuses = options.carriedStatuses ?? defaultCarriedStatuses;
  const carried = new Set(carriedStatuses);
  const measures = source.measures.filter((measure) => carried.has(measure.status));
  const indicators = indicatorsOfCatalogue(source.indicators, source.goals, measures);
  const keyOf = (level: CopyLevel, item: CopyItems[CopyLevel]): string =>
    level === 'measure' && options.measureKey ? options.measureKey(item as ComparedMeasure) : copyKey(targetPeriodId, level, item.id);
  const step = <L extends CopyLevel>(level: L, item: CopyItems[L]): CopyStep<L> => ({ level, key: keyOf(level, item), source: item });
  const steps: AnyCopyStep[] = [
    ...[...(source.guidingGoals ?? [])].sort(bySortOrder).map((item) => step('guidingGoal', item)),
    ...[...source.fieldsOfAction].sort(bySortOrder).map((item) => step('fieldOfAction', item)),
    ...[...source.goals].sort(byId).map((item) => step('goal', item)),
    ...[...measures].sort(byId).map((item) => step('measure', item)),
    ...[...indicators].sort(byId).map((item) => step('indicator', item))
  ];
  const keys = new Map(steps.map((candidate) => [`${candidate.level}:${candidate.source.id}`, candidate.key]));
  const byKey = new Map<string, ComparedMeasure[]>();
  for (const candidate of steps) {
    if (candidate.level === 'measure') {
      byKey.set(candidate.key, [...(byKey.get(candidate.key) ?? []), candidate.source]);
    }
  }
  const duplicateKeys = [...byKey.values()].filter((sharing) => sharing.length > 1);
  return { steps, leftBehind: source.measures.filter((measure) => !carried.has(measure.status)), keys, duplicateKeys };
}

/** The steps of one level, in the plan's order. */
export function stepsOf<L extends CopyLevel>(plan: CopyPlan, level: L): CopyStep<L>[] {
  return plan.steps.filter((candidate) => candidate.level === level) as unknown as CopyStep<L>[];
}

/** How many items of each level the plan copies. */
export function copyCounts(plan: CopyPlan): Record<CopyLevel, number> {
  const counts = { guidingGoal: 0, fieldOfAction: 0, goal: 0, measure: 0, indicator: 0 };
  for (const candidate of plan.steps) {
    counts[candidate.level] += 1;
  }
  return counts;
}

/** How many measures of the period are in each status, for choosing which to carry over. */
export function measuresByStatus(measures: readonly ComparedMeasure[]): ReadonlyMap<MeasureStatus, number> {
  const counts = new Map<MeasureStatus, number>();
  for (const measure of measures) {
    counts.set(measure.status, (counts.get(measure.status) ?? 0) + 1);
  }
  return counts;
}

/** The period that follows `source`: the next number, as many years, starting the year after it ends. */
export interface NextPeriod {
  readonly updateNumber: number;
  readonly startYear: number;
  readonly endYear: number;
  /** As the council papers name it: "3. Fortschreibung 2022–2024". */
  readonly title: string;
}

export function nextPeriodOf(source: Pick<PlanPeriod, 'updateNumber' | 'startYear' | 'endYear'>): NextPeriod {
  const updateNumber = source.updateNumber + 1;
  const startYear = source.endYear + 1;
  const endYear = startYear + (source.endYear - source.startYear);
  return { updateNumber, startYear, endYear, title: `${updateNumber}. Fortschreibung ${startYear}–${endYear}` };
}

/**
 * Whether the next update can be prepared from `source`: an adopted or closed period whose
 * successor does not exist yet or is still a draft (an adopted successor is not written over).
 */
export function canPrepareNextFrom(source: PlanPeriod, periods: readonly PlanPeriod[]): boolean {
  if (source.status === 'draft') {
    return false;
  }
  const next = periods.find((period) => period.updateNumber === source.updateNumber + 1);
  return next === undefined || next.status === 'draft';
}

/**
 * The steps still to do after an interrupted run: those whose key the draft does not hold yet.
 * `written` maps each key found in the draft to the id of the item written under it, which the
 * remaining steps need to point to their parents' copies.
 */
export function remainingSteps(plan: CopyPlan, written: ReadonlyMap<string, number>): AnyCopyStep[] {
  return plan.steps.filter((candidate) => !written.has(candidate.key));
}

/** The id of the copy of a source item, once written; `undefined` when it was not carried over. */
export function copiedId(plan: CopyPlan, written: ReadonlyMap<string, number>, level: CopyLevel, sourceId: number | undefined): number | undefined {
  const key = sourceId === undefined ? undefined : plan.keys.get(`${level}:${sourceId}`);
  return key === undefined ? undefined : written.get(key);
}

function bySortOrder(a: { readonly sortOrder: number; readonly id: number }, b: { readonly sortOrder: number; readonly id: number }): number {
  return a.sortOrder - b.sortOrder || a.id - b.id;
}

function byId(a: { readonly id: number }, b: { readonly id: number }): number {
  return a.id - b.id;
}
