import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import type { IndicatorValue } from '../../domain';
import { indicatorValueKey } from '../../domain';
import { FormFieldValue, RegionalFormat, toFormValues } from '../sp/formValues';

/** Form values for AddValidateUpdateItemUsingPath: the only create that places an item in a folder. */
export function indicatorValueCreation(value: IndicatorValue, regional: RegionalFormat): IListItemFormUpdateValue[] {
  const fields: Record<string, FormFieldValue> = {
    ValueKey: { type: 'text', value: indicatorValueKey(value.indicatorId, value.year) },
    Indicator: { type: 'lookup', id: value.indicatorId },
    ValueYear: { type: 'number', value: value.year },
    Total: { type: 'number', value: value.total },
    Department: { type: 'lookup', id: value.departmentId }
  };
  for (const [field, part] of [
    ['Female', value.female],
    ['Male', value.male],
    ['Diverse', value.diverse],
    ['NotStated', value.notStated]
  ] as const) {
    if (part !== undefined) {
      fields[field] = { type: 'number', value: part };
    }
  }
  if (value.source) {
    fields.Source = { type: 'text', value: value.source };
  }
  if (value.comment) {
    fields.ValueComment = { type: 'text', value: value.comment };
  }
  if (value.isCorrection) {
    fields.IsCorrection = { type: 'boolean', value: true };
    fields.CorrectionReason = { type: 'text', value: value.correctionReason ?? '' };
  }
  return toFormValues(fields, regional);
}

/**
 * The MERGE body of an update: every entered field, cleared ones as null, so the stored item equals
 * the sheet. The correction mark is only ever set, never cleared: a corrected value stays visible as one.
 */
export function indicatorValueUpdateFields(value: IndicatorValue): Record<string, unknown> {
  return {
    Total: value.total,
    Female: value.female ?? null,
    Male: value.male ?? null,
    Diverse: value.diverse ?? null,
    NotStated: value.notStated ?? null,
    Source: value.source ?? null,
    ValueComment: value.comment ?? null,
    ...(value.isCorrection ? { IsCorrection: true, CorrectionReason: value.correctionReason ?? null } : {})
  };
}
