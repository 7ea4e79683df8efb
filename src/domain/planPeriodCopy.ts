import type { MeasureStatus } from './choices';
import type { CatalogueSnapshot, ComparedFieldOfAction, ComparedGoal, ComparedIndicator, ComparedMeasure } from './periodComparison';

/**
 * "Nächste Fortschreibung vorbereiten": what of the current period goes into the next draft.
 * Fields of action and goals are all carried over (the council paper revises them, it does not
 * start from nothing); measures only in the statuses the office chooses; indicators with their
 * targets only where their measure (or goal) is carried over. Every copy links to its original.
 */

/** By default implemented and dropped measures stay behind: they are done or given up. */
export const defaultCarriedStatuses: readonly MeasureStatus[] = ['planned', 'inProgress', 'ongoing', 'suspended'];

export type CopyLevel = 'fieldOfAction' | 'goal' | 'measure' | 'indicator';

/** The order of the writes: a parent is created before anything that points to it. */
export const copyLevels: readonly CopyLevel[] = ['fieldOfAction', 'goal', 'measure', 'indicator'];

interface CopyItems {
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

export function planPeriodCopy(source: CatalogueSnapshot, targetPeriodId: number, options: CopyOptions = {}): CopyPlan {
  const carriedStatuses = options.carriedStatuses ?? defaultCarriedStatuses;
  const carried = new Set(carriedStatuses);
  const measures = source.measures.filter((measure) => carried.has(measure.status));
  const measureIds = new Set(measures.map((measure) => measure.id));
  const goalIds = new Set(source.goals.map((goal) => goal.id));
  // An indicator of a measure goes with its measure; an indicator of a goal with its goal.
  const indicators = source.indicators.filter((indicator) => (indicator.measureId !== undefined ? measureIds.has(indicator.measureId) : indicator.goalId !== undefined && goalIds.has(indicator.goalId)));
  const keyOf = (level: CopyLevel, item: CopyItems[CopyLevel]): string =>
    level === 'measure' && options.measureKey ? options.measureKey(item as ComparedMeasure) : copyKey(targetPeriodId, level, item.id);
  const step = <L extends CopyLevel>(level: L, item: CopyItems[L]): CopyStep<L> => ({ level, key: keyOf(level, item), source: item });
  const steps: AnyCopyStep[] = [
    ...[...source.fieldsOfAction].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id).map((item) => step('fieldOfAction', item)),
    ...[...source.goals].sort(byId).map((item) => step('goal', item)),
    ...[...measures].sort(byId).map((item) => step('measure', item)),
    ...[...indicators].sort(byId).map((item) => step('indicator', item))
  ];
  const keys = new Map(steps.map((candidate) => [`${candidate.level}:${candidate.source.id}`, candidate.key]));
  return { steps, leftBehind: source.measures.filter((measure) => !carried.has(measure.status)), keys };
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

function byId(a: { readonly id: number }, b: { readonly id: number }): number {
  return a.id - b.id;
}
