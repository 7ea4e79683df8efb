import type { FieldOfAction, Goal, Indicator, Measure, MeasureStatus, PlanPeriod } from '../domain';
import { catalogueImportKey, comparableText } from './importKey';
import type { ImportedMeasureRow } from './rowValidation';

/** What the plan period already holds. */
export interface ExistingCatalogue {
  readonly planPeriod: Pick<PlanPeriod, 'id' | 'updateNumber'>;
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  /** Indicators of the period's measures; titles the file adds are planned as new indicators. */
  readonly indicators?: readonly Indicator[];
}

export interface FieldOfActionCreation {
  /** Refers to the field from goal creations before it has an id. */
  readonly key: string;
  readonly title: string;
  readonly sortOrder: number;
  readonly planPeriodId: number;
}

/** A goal is either stored already or created by this plan. */
export type GoalReference = { readonly goalId: number } | { readonly newGoalKey: string };
export type FieldOfActionReference = { readonly fieldOfActionId: number } | { readonly newFieldOfActionKey: string };

export interface GoalCreation {
  readonly key: string;
  readonly title: string;
  readonly fieldOfAction: FieldOfActionReference;
  readonly planPeriodId: number;
}

/** The stored fields of a measure the import sets. */
export interface MeasureImportFields {
  readonly title: string;
  readonly number?: string;
  readonly goal: GoalReference;
  readonly leadDepartmentId: number;
  readonly involvedDepartmentIds: readonly number[];
  readonly sourceConceptId?: number;
  readonly status: MeasureStatus;
  readonly description?: string;
}

/**
 * Only the fields that differ; `undefined` for number, concept or description means "clear it".
 * `importKey` is set when a measure entered by form (without a key) is recognised in the file.
 */
export type MeasureChanges = { -readonly [K in keyof MeasureImportFields]?: MeasureImportFields[K] } & { importKey?: string };

export type MeasureImportStep =
  | { readonly kind: 'create'; readonly row: number; readonly importKey: string; readonly fields: MeasureImportFields; readonly planPeriodId: number; readonly addIndicators: readonly string[] }
  | {
      readonly kind: 'update';
      readonly row: number;
      readonly importKey: string;
      readonly id: number;
      /** The ETag read with the measure: the write fails with 412 when someone changed it meanwhile. */
      readonly etag?: string;
      readonly changes: MeasureChanges;
      readonly addIndicators: readonly string[];
    }
  | { readonly kind: 'unchanged'; readonly row: number; readonly importKey: string; readonly id: number };

export interface CatalogueImportPlan {
  readonly fieldsOfAction: readonly FieldOfActionCreation[];
  readonly goals: readonly GoalCreation[];
  readonly measures: readonly MeasureImportStep[];
  readonly counts: { readonly create: number; readonly update: number; readonly unchanged: number };
}

/**
 * Turns validated rows into the writes that bring the period in line with the file. The plan
 * never deletes: a measure missing from the file stays, because a partial spreadsheet (one
 * department's rows) must not wipe the rest of the catalogue. Indicators are only added,
 * for the same reason. Fields of action and goals are matched by normalised title within the
 * period and planned for creation when the file names new ones.
 */
export function planCatalogueImport(rows: readonly ImportedMeasureRow[], existing: ExistingCatalogue): CatalogueImportPlan {
  const periodId = existing.planPeriod.id;
  const fields = existing.fieldsOfAction.filter((field) => field.planPeriodId === periodId);
  const goals = existing.goals.filter((goal) => goal.planPeriodId === periodId);
  const fieldByTitle = new Map(fields.map((field) => [comparableText(field.title), field]));
  const goalByKey = new Map(goals.map((goal) => [goalKey(goal.fieldOfActionId, goal.title), goal]));
  const measureByKey = new Map<string, Measure>();
  const fieldTitleOf = new Map(fields.map((field) => [field.id, field.title]));
  const goalOf = new Map(goals.map((goal) => [goal.id, goal]));
  for (const measure of existing.measures) {
    if (measure.importKey) {
      measureByKey.set(measure.importKey, measure);
      continue;
    }
    // Measures entered by form carry no key yet; they get the key their row would have, so the
    // first import adopts them instead of creating a second measure with the same content.
    const goal = goalOf.get(measure.goalId);
    const fieldTitle = goal ? fieldTitleOf.get(goal.fieldOfActionId) : undefined;
    if (goal && fieldTitle !== undefined) {
      const key = catalogueImportKey(existing.planPeriod.updateNumber, { number: measure.number, fieldOfAction: fieldTitle, goal: goal.title, title: measure.title });
      if (!measureByKey.has(key)) {
        measureByKey.set(key, measure);
      }
    }
  }
  const indicatorTitles = new Map<number, Set<string>>();
  for (const indicator of existing.indicators ?? []) {
    if (indicator.measureId !== undefined) {
      const titles = indicatorTitles.get(indicator.measureId) ?? new Set<string>();
      titles.add(comparableText(indicator.title));
      indicatorTitles.set(indicator.measureId, titles);
    }
  }

  const newFields = new Map<string, FieldOfActionCreation>();
  const newGoals = new Map<string, GoalCreation>();
  let nextSortOrder = fields.reduce((max, field) => Math.max(max, field.sortOrder), 0) + 1;

  const fieldReference = (title: string): FieldOfActionReference => {
    const known = fieldByTitle.get(comparableText(title));
    if (known) {
      return { fieldOfActionId: known.id };
    }
    const key = comparableText(title);
    if (!newFields.has(key)) {
      newFields.set(key, { key, title, sortOrder: nextSortOrder, planPeriodId: periodId });
      nextSortOrder += 1;
    }
    return { newFieldOfActionKey: key };
  };
  const goalReference = (fieldTitle: string, goalTitle: string): GoalReference => {
    const field = fieldReference(fieldTitle);
    if ('fieldOfActionId' in field) {
      const known = goalByKey.get(goalKey(field.fieldOfActionId, goalTitle));
      if (known) {
        return { goalId: known.id };
      }
    }
    const key = `${'fieldOfActionId' in field ? field.fieldOfActionId : field.newFieldOfActionKey}\u241f${comparableText(goalTitle)}`;
    if (!newGoals.has(key)) {
      newGoals.set(key, { key, title: goalTitle, fieldOfAction: field, planPeriodId: periodId });
    }
    return { newGoalKey: key };
  };

  const steps = rows.map((row): MeasureImportStep => {
    const fields: MeasureImportFields = {
      title: row.title,
      ...(row.number !== undefined ? { number: row.number } : {}),
      goal: goalReference(row.fieldOfAction, row.goal),
      leadDepartmentId: row.leadDepartmentId,
      involvedDepartmentIds: row.involvedDepartmentIds,
      ...(row.sourceConceptId !== undefined ? { sourceConceptId: row.sourceConceptId } : {}),
      status: row.status,
      ...(row.description !== undefined ? { description: row.description } : {})
    };
    const stored = measureByKey.get(row.importKey);
    if (!stored) {
      return { kind: 'create', row: row.row, importKey: row.importKey, fields, planPeriodId: periodId, addIndicators: row.indicators };
    }
    const known = indicatorTitles.get(stored.id) ?? new Set<string>();
    const addIndicators = row.indicators.filter((title) => !known.has(comparableText(title)));
    const changes = changedFields(stored, fields);
    if (stored.importKey !== row.importKey) {
      changes.importKey = row.importKey;
    }
    if (Object.keys(changes).length === 0 && addIndicators.length === 0) {
      return { kind: 'unchanged', row: row.row, importKey: row.importKey, id: stored.id };
    }
    return { kind: 'update', row: row.row, importKey: row.importKey, id: stored.id, ...(stored.etag ? { etag: stored.etag } : {}), changes, addIndicators };
  });

  return {
    fieldsOfAction: [...newFields.values()],
    goals: [...newGoals.values()],
    measures: steps,
    counts: {
      create: steps.filter((step) => step.kind === 'create').length,
      update: steps.filter((step) => step.kind === 'update').length,
      unchanged: steps.filter((step) => step.kind === 'unchanged').length
    }
  };
}

function goalKey(fieldOfActionId: number, title: string): string {
  return `${fieldOfActionId}\u241f${comparableText(title)}`;
}

/** Texts compare exactly apart from surrounding blanks: a corrected typo is a change. */
function sameText(stored: string | undefined, imported: string | undefined): boolean {
  return (stored ?? '').trim() === (imported ?? '').trim();
}

function changedFields(stored: Measure, imported: MeasureImportFields): MeasureChanges {
  const changes: MeasureChanges = {};
  if (!sameText(stored.title, imported.title)) {
    changes.title = imported.title;
  }
  if (!sameText(stored.number, imported.number)) {
    changes.number = imported.number;
  }
  if (!('goalId' in imported.goal) || imported.goal.goalId !== stored.goalId) {
    changes.goal = imported.goal;
  }
  if (stored.leadDepartmentId !== imported.leadDepartmentId) {
    changes.leadDepartmentId = imported.leadDepartmentId;
  }
  const storedInvolved = [...new Set(stored.involvedDepartmentIds)].sort((a, b) => a - b).join(',');
  const importedInvolved = [...new Set(imported.involvedDepartmentIds)].sort((a, b) => a - b).join(',');
  if (storedInvolved !== importedInvolved) {
    changes.involvedDepartmentIds = imported.involvedDepartmentIds;
  }
  if (stored.sourceConceptId !== imported.sourceConceptId) {
    changes.sourceConceptId = imported.sourceConceptId;
  }
  if (stored.status !== imported.status) {
    changes.status = imported.status;
  }
  if (!sameText(stored.description, imported.description)) {
    changes.description = imported.description;
  }
  return changes;
}
