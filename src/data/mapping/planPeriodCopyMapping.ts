import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { IndicatorDirectionChoices, MeasureStatusChoices, PlanPeriodStatusChoices } from '../../domain';
import type { AnyCopyStep, CopyLevel, NextPeriod } from '../../domain/planPeriodCopy';
import { ServiceError } from '../../http/serviceError';
import type { CreateKey, KeyedWrite } from '../sp/keyedCreate';
import type { ComparedFieldOfAction, ComparedGoal, ComparedGuidingGoal, ComparedIndicator, ComparedMeasure } from '../../domain/periodComparison';
import { FormFieldValue, noDecimals, toFormValues } from '../sp/formValues';
import { multiLookupFormText } from './catalogueImportMapping';
import { numberOr, optionalNumber, optionalText } from './spValues';

/**
 * The fields of the copies written into the next plan period. Each copy keeps what the office
 * revises (titles, numbers, descriptions, targets), points to its parents' copies and links to
 * its original through the Predecessor column.
 */

type Row = Record<string, unknown>;

export function draftPeriodFields(next: NextPeriod, createKey: string): Row {
  return {
    Title: next.title,
    UpdateNumber: next.updateNumber,
    StartYear: next.startYear,
    EndYear: next.endYear,
    PeriodStatus: PlanPeriodStatusChoices.toLabel('draft'),
    CreateKey: createKey
  };
}

/** Optional texts are left out when empty, so nothing is cleared that a column default would fill. */
function withOptional(fields: Row, optional: Row): Row {
  for (const [name, value] of Object.entries(optional)) {
    if (value !== undefined && value !== null && value !== '') {
      fields[name] = value;
    }
  }
  return fields;
}

export function guidingGoalCopyFields(source: ComparedGuidingGoal, planPeriodId: number, key: string): Row {
  return withOptional({ Title: source.title, SortOrder: source.sortOrder, PlanPeriodId: planPeriodId, PredecessorGuidingGoalId: source.id, CreateKey: key }, { Description: source.description });
}

export function fieldOfActionCopyFields(source: ComparedFieldOfAction, planPeriodId: number, key: string): Row {
  return withOptional({ Title: source.title, SortOrder: source.sortOrder, PlanPeriodId: planPeriodId, PredecessorFieldOfActionId: source.id, CreateKey: key }, { Description: source.description });
}

export function goalCopyFields(source: ComparedGoal, fieldOfActionId: number, planPeriodId: number, key: string): Row {
  return withOptional(
    { Title: source.title, FieldOfActionId: fieldOfActionId, PlanPeriodId: planPeriodId, PredecessorGoalId: source.id, CreateKey: key },
    { GoalNumber: source.number, Description: source.description }
  );
}

/**
 * Form values of a measure's copy (AddValidateUpdateItemUsingPath, which puts it into its lead
 * department's folder). The contact person goes by claims, the way the list form sends a person.
 */
export function measureCopyFormValues(source: ComparedMeasure, goalId: number, planPeriodId: number, importKey: string): IListItemFormUpdateValue[] {
  const values: Record<string, FormFieldValue> = {
    Title: { type: 'text', value: source.title },
    Goal: { type: 'lookup', id: goalId },
    PlanPeriod: { type: 'lookup', id: planPeriodId },
    LeadDepartment: { type: 'lookup', id: source.leadDepartmentId },
    MeasureStatus: { type: 'text', value: MeasureStatusChoices.toLabel(source.status) },
    ImportKey: { type: 'text', value: importKey },
    PredecessorMeasure: { type: 'lookup', id: source.id }
  };
  if (source.number) {
    values.MeasureNumber = { type: 'text', value: source.number };
  }
  if (source.involvedDepartmentIds.length > 0) {
    values.InvolvedDepartments = { type: 'text', value: multiLookupFormText(source.involvedDepartmentIds) };
  }
  if (source.sourceConceptId !== undefined) {
    values.SourceConcept = { type: 'lookup', id: source.sourceConceptId };
  }
  if (source.description) {
    values.Description = { type: 'text', value: source.description };
  }
  if (source.contact?.email) {
    values.Contact = { type: 'text', value: JSON.stringify([{ Key: `i:0#.f|membership|${source.contact.email}` }]) };
  }
  return toFormValues(values, noDecimals);
}

/** An indicator's copy: same unit, direction, target and department; its measure's or goal's copy as parent. */
export function indicatorCopyFields(source: ComparedIndicator, parents: { readonly measureId?: number; readonly goalId?: number }, key: string): Row {
  return withOptional(
    {
      Title: source.title,
      DepartmentId: source.departmentId,
      Direction: IndicatorDirectionChoices.toLabel(source.direction),
      IsGenderSplit: source.isGenderSplit,
      PredecessorIndicatorId: source.id,
      CreateKey: key
    },
    {
      MeasureId: parents.measureId,
      GoalId: parents.goalId,
      Unit: source.unit,
      TargetValue: source.targetValue,
      Description: source.description,
      BudgetProduct: source.budgetProduct
    }
  );
}

/** An item of the draft that carries a key: its id and the key. */
export function toKeyedItem(row: Row, keyField: string): { readonly id: number; readonly key?: string; readonly planPeriodId?: number } {
  return { id: numberOr(row.Id, 0), key: optionalText(row[keyField]), planPeriodId: optionalNumber(row.PlanPeriodId) };
}

/** What the write of one copy needs besides its step. */
export interface CopyWriteContext {
  readonly listUrl: string;
  readonly key: CreateKey;
  readonly draftId: number;
  /** The id of a parent's copy in the draft, `undefined` while it is not written. */
  parentOf(level: CopyLevel, sourceId: number | undefined): number | undefined;
  measureFolderOf(measure: ComparedMeasure): string;
}

/**
 * The keyed create of one copy. A copy whose parent's copy is missing (its write failed in this
 * run) is not sent: 424, and the next run writes both.
 */
export function copyWrite(step: AnyCopyStep, context: CopyWriteContext): KeyedWrite {
  const { listUrl, key, draftId } = context;
  const missing = (what: string): ServiceError => new ServiceError(424, `${what} wurde nicht kopiert; die Kopie folgt beim Fortsetzen.`, 'CopyParentMissing');
  switch (step.level) {
    case 'guidingGoal':
      return { kind: 'add', listUrl, fields: guidingGoalCopyFields(step.source, draftId, step.key), key };
    case 'fieldOfAction':
      return { kind: 'add', listUrl, fields: fieldOfActionCopyFields(step.source, draftId, step.key), key };
    case 'goal': {
      const fieldId = context.parentOf('fieldOfAction', step.source.fieldOfActionId);
      if (fieldId === undefined) {
        throw missing('Das Handlungsfeld');
      }
      return { kind: 'add', listUrl, fields: goalCopyFields(step.source, fieldId, draftId, step.key), key };
    }
    case 'measure': {
      const goalId = context.parentOf('goal', step.source.goalId);
      if (goalId === undefined) {
        throw missing('Das Einzelziel');
      }
      const folderPath = context.measureFolderOf(step.source);
      return { kind: 'addToFolder', listUrl, folderPath, formValues: measureCopyFormValues(step.source, goalId, draftId, step.key), key };
    }
    case 'indicator': {
      const measureId = context.parentOf('measure', step.source.measureId);
      const goalId = context.parentOf('goal', step.source.goalId);
      if (step.source.measureId !== undefined ? measureId === undefined : goalId === undefined) {
        throw missing('Die Maßnahme oder das Einzelziel');
      }
      return { kind: 'add', listUrl, fields: indicatorCopyFields(step.source, { measureId, goalId }, step.key), key };
    }
  }
}
