import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import type { IndicatorValue, PreparedValue } from '../../domain';
import { indicatorValueKey } from '../../domain';
import { FormFieldValue, noDecimals, RegionalFormat, toFormValues } from '../sp/formValues';
import { etagOf, isTrue, numberOr, optionalNumber, optionalText } from './spValues';

type Row = Record<string, unknown>;

export const indicatorValueSelect = [
  'Id',
  'IndicatorId',
  'ValueYear',
  'Total',
  'Female',
  'Male',
  'Diverse',
  'NotStated',
  'Source',
  'ValueComment',
  'DepartmentId',
  'IsCorrection',
  'CorrectionReason',
  'FileDirRef'
] as const;

/** A stored item of IndicatorValues: a reported value, or an item the office prepared that is still empty. */
export type StoredIndicatorValue = { readonly kind: 'value'; readonly value: IndicatorValue } | { readonly kind: 'prepared'; readonly prepared: PreparedValue };

/**
 * Reads one item. An empty Total is "not reported yet" (the office prepared the item when it
 * opened the year), never a value of 0. `listUrl` (server-relative) turns FileDirRef into the
 * folder inside the list, `<department>/<year>`.
 */
export function toStoredIndicatorValue(row: Row, listUrl: string): StoredIndicatorValue {
  const etag = etagOf(row);
  const folder = folderInList(row.FileDirRef, listUrl);
  const identity = {
    id: numberOr(row.Id, 0),
    indicatorId: numberOr(row.IndicatorId, 0),
    year: numberOr(row.ValueYear, 0),
    ...(optionalNumber(row.DepartmentId) !== undefined ? { departmentId: optionalNumber(row.DepartmentId) } : {}),
    ...(folder !== undefined ? { folder } : {}),
    ...(etag ? { etag } : {})
  };
  const total = optionalNumber(row.Total);
  if (total === undefined) {
    return { kind: 'prepared', prepared: identity };
  }
  return {
    kind: 'value',
    value: {
      ...identity,
      total,
      female: optionalNumber(row.Female),
      male: optionalNumber(row.Male),
      diverse: optionalNumber(row.Diverse),
      notStated: optionalNumber(row.NotStated),
      source: optionalText(row.Source),
      comment: optionalText(row.ValueComment),
      ...(isTrue(row.IsCorrection) ? { isCorrection: true, ...(optionalText(row.CorrectionReason) ? { correctionReason: optionalText(row.CorrectionReason) } : {}) } : {})
    }
  };
}

/** `/sites/x/Lists/IndicatorValues/50/2025` → `50/2025`; '' at the list's root; undefined when not read or elsewhere. */
export function folderInList(fileDirRef: unknown, listUrl: string): string | undefined {
  const path = optionalText(fileDirRef);
  if (path === undefined) {
    return undefined;
  }
  const root = listUrl.replace(/\/$/, '');
  if (path.toLowerCase() === root.toLowerCase()) {
    return '';
  }
  return path.toLowerCase().startsWith(`${root.toLowerCase()}/`) ? path.slice(root.length + 1) : undefined;
}

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

/** Form values of an empty item the office prepares for a department when it opens the year: no Total, so "not reported yet". */
export function preparedValueCreation(indicatorId: number, year: number, departmentId: number): IListItemFormUpdateValue[] {
  // Whole numbers and lookups only: read the same with any decimal separator.
  return toFormValues(
    {
      ValueKey: { type: 'text', value: indicatorValueKey(indicatorId, year) },
      Indicator: { type: 'lookup', id: indicatorId },
      ValueYear: { type: 'number', value: year },
      Department: { type: 'lookup', id: departmentId }
    },
    noDecimals
  );
}
