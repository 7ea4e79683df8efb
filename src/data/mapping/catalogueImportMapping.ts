import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { IndicatorDirectionChoices, MeasureStatusChoices } from '../../domain';
import type { FieldOfActionCreation, MeasureChanges as ImportChanges, MeasureImportFields } from '../../catalogueImport/importPlan';
import { measureFields } from './catalogueMapping';
import { FormFieldValue, noDecimals, toFormValues } from '../sp/formValues';

/** Ids and plain texts only: the site's decimal separator never comes into play. */
const idsOnly = noDecimals;

/** `createKey`: generated before the first send (see `keyedCreate`), so a lost answer is read back, not stored twice. */
export function fieldOfActionFields(creation: FieldOfActionCreation, createKey: string): Record<string, unknown> {
  return { Title: creation.title, SortOrder: creation.sortOrder, PlanPeriodId: creation.planPeriodId, CreateKey: createKey };
}

export function goalFields(title: string, fieldOfActionId: number, planPeriodId: number, createKey: string): Record<string, unknown> {
  return { Title: title, FieldOfActionId: fieldOfActionId, PlanPeriodId: planPeriodId, CreateKey: createKey };
}

/** SharePoint's form text of a multi-value lookup: `1;#;#2;#` (id, empty display text, repeated). */
export function multiLookupFormText(ids: readonly number[]): string {
  return ids.map((id) => `${id};#`).join(';#');
}

/**
 * Form values of a new measure for AddValidateUpdateItemUsingPath. Empty optional columns are
 * left out rather than sent as '', so a column default (if a site owner adds one) still applies.
 */
export function measureCreationFormValues(fields: MeasureImportFields, goalId: number, planPeriodId: number, importKey: string): IListItemFormUpdateValue[] {
  const values: Record<string, FormFieldValue> = {
    Title: { type: 'text', value: fields.title },
    Goal: { type: 'lookup', id: goalId },
    PlanPeriod: { type: 'lookup', id: planPeriodId },
    LeadDepartment: { type: 'lookup', id: fields.leadDepartmentId },
    MeasureStatus: { type: 'text', value: MeasureStatusChoices.toLabel(fields.status) },
    ImportKey: { type: 'text', value: importKey }
  };
  if (fields.number !== undefined) {
    values.MeasureNumber = { type: 'text', value: fields.number };
  }
  if (fields.involvedDepartmentIds.length > 0) {
    values.InvolvedDepartments = { type: 'text', value: multiLookupFormText(fields.involvedDepartmentIds) };
  }
  if (fields.sourceConceptId !== undefined) {
    values.SourceConcept = { type: 'lookup', id: fields.sourceConceptId };
  }
  if (fields.description !== undefined) {
    values.Description = { type: 'text', value: fields.description };
  }
  return toFormValues(values, idsOnly);
}

/**
 * The MERGE body for the fields the plan found changed. The plan marks "clear this column" by
 * a present key with `undefined`, which `measureFields` would drop; those go out as null.
 */
export function measureUpdateFields(changes: ImportChanges, goalId: number | undefined): Record<string, unknown> {
  const fields = measureFields({
    title: changes.title,
    number: changes.number,
    goalId,
    leadDepartmentId: changes.leadDepartmentId,
    involvedDepartmentIds: changes.involvedDepartmentIds,
    sourceConceptId: changes.sourceConceptId,
    status: changes.status,
    description: changes.description,
    importKey: changes.importKey
  });
  const clear = (key: keyof ImportChanges, column: string): void => {
    if (key in changes && changes[key] === undefined) {
      fields[column] = null;
    }
  };
  clear('number', 'MeasureNumber');
  clear('sourceConceptId', 'SourceConceptId');
  clear('description', 'Description');
  return fields;
}

export function indicatorFields(title: string, measureId: number, goalId: number, departmentId: number, createKey: string): Record<string, unknown> {
  // Direction is required; "higher is better" is the list's default and the office adjusts it later.
  return { Title: title, MeasureId: measureId, GoalId: goalId, DepartmentId: departmentId, Direction: IndicatorDirectionChoices.toLabel('higherIsBetter'), CreateKey: createKey };
}
