import { indicatorsOfCatalogue } from '../../domain';
import type { CatalogueSnapshot, ComparedFieldOfAction, ComparedGoal, ComparedGuidingGoal, ComparedIndicator, ComparedMeasure } from '../../domain';
import { toFieldOfAction, toGoal, toMeasure } from './catalogueMapping';
import { toIndicator } from './indicatorMapping';
import { numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const guidingGoalSnapshotSelect = ['Id', 'Title', 'SortOrder', 'PlanPeriodId', 'Description', 'PredecessorGuidingGoalId'] as const;
export const fieldOfActionSnapshotSelect = ['Id', 'Title', 'SortOrder', 'PlanPeriodId', 'Description', 'PredecessorFieldOfActionId'] as const;
export const goalSnapshotSelect = ['Id', 'Title', 'GoalNumber', 'FieldOfActionId', 'PlanPeriodId', 'Description', 'PredecessorGoalId'] as const;
/** No person fields: a comparison names departments, not contacts, and needs no `$expand`. */
export const measureSnapshotSelect = [
  'Id',
  'Title',
  'MeasureNumber',
  'GoalId',
  'PlanPeriodId',
  'LeadDepartmentId',
  'InvolvedDepartmentsId',
  'SourceConceptId',
  'MeasureStatus',
  'Description',
  'PredecessorMeasureId',
  'FileSystemObjectType'
] as const;

/** The rows of the catalogue lists, as read: any number of periods, folders included. */
export interface CatalogueRows {
  readonly guidingGoals: readonly Row[];
  readonly fieldsOfAction: readonly Row[];
  readonly goals: readonly Row[];
  readonly measures: readonly Row[];
  readonly indicators: readonly Row[];
}

/**
 * The catalogue of one plan period from the rows of all periods: each level's items of the period,
 * the indicators of its measures (or, measured for a goal as a whole, of its goals). Folders are
 * items too in SharePoint and are left out. Ordered as the period reads: by position or number.
 */
export function toCatalogueSnapshot(rows: CatalogueRows, planPeriodId: number): CatalogueSnapshot {
  const ofPeriod = (row: Row): boolean => optionalNumber(row.PlanPeriodId) === planPeriodId && row.FileSystemObjectType !== 1;
  const guidingGoals = rows.guidingGoals.filter(ofPeriod).map(toGuidingGoal).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const fieldsOfAction = rows.fieldsOfAction
    .filter(ofPeriod)
    .map((row): ComparedFieldOfAction => ({ ...toFieldOfAction(row), ...predecessor(row.PredecessorFieldOfActionId) }))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const goals = rows.goals
    .filter(ofPeriod)
    .map((row): ComparedGoal => ({ ...toGoal(row), ...predecessor(row.PredecessorGoalId) }))
    .sort((a, b) => byNumber.compare(a.number, b.number) || a.id - b.id);
  const measures = rows.measures
    .filter(ofPeriod)
    .map((row): ComparedMeasure => ({ ...withoutVersion(toMeasure(row)), ...predecessor(row.PredecessorMeasureId) }))
    .sort((a, b) => byNumber.compare(a.number ?? '', b.number ?? '') || a.id - b.id);
  const indicators = indicatorsOfCatalogue(rows.indicators.map((row): ComparedIndicator => toIndicator(row)), goals, measures);
  return { guidingGoals, fieldsOfAction, goals, measures, indicators };
}

/** A guiding goal with the link to its predecessor (read with `guidingGoalSnapshotSelect`). */
export function toGuidingGoal(row: Row): ComparedGuidingGoal {
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    sortOrder: numberOr(row.SortOrder, 0),
    planPeriodId: numberOr(row.PlanPeriodId, 0),
    description: optionalText(row.Description),
    ...predecessor(row.PredecessorGuidingGoalId)
  };
}

function predecessor(value: unknown): { predecessorId?: number } {
  const predecessorId = optionalNumber(value);
  return predecessorId === undefined ? {} : { predecessorId };
}

/** A snapshot is read to compare, never to save back: it carries no ETag. */
function withoutVersion<T extends { etag?: string }>(item: T): Omit<T, 'etag'> {
  const rest: T = { ...item };
  delete rest.etag;
  return rest;
}

const byNumber = new Intl.Collator('de', { numeric: true });
