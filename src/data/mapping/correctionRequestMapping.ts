import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import type { CorrectionRequest, IndicatorValue, ValueFigures } from '../../domain';
import { CorrectionRequestStatusChoices } from '../../domain';
import { FormFieldValue, RegionalFormat, toFormValues } from '../sp/formValues';
import { etagOf, numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const correctionRequestSelect = [
  'Id',
  'IndicatorId',
  'ReportingYear',
  'DepartmentId',
  'ValueKey',
  'Total',
  'Female',
  'Male',
  'Diverse',
  'NotStated',
  'Source',
  'ValueComment',
  'CorrectionReason',
  'RequestStatus',
  'PreviousTotal',
  'PreviousFemale',
  'PreviousMale',
  'PreviousDiverse',
  'PreviousNotStated',
  'DecidedBy/Title',
  'DecidedAt',
  'DecisionNote',
  'Author/Title',
  'AuthorId',
  'EditorId',
  'Created',
  'CreateKey'
] as const;
export const correctionRequestExpand = ['DecidedBy', 'Author'] as const;

const parts = [
  ['female', 'Female'],
  ['male', 'Male'],
  ['diverse', 'Diverse'],
  ['notStated', 'NotStated']
] as const;

function figures(row: Row, prefix: '' | 'Previous'): ValueFigures | undefined {
  const total = optionalNumber(row[`${prefix}Total`]);
  if (total === undefined) {
    return undefined;
  }
  const result: { -readonly [K in keyof ValueFigures]: ValueFigures[K] } = { total };
  for (const [key, column] of parts) {
    const part = optionalNumber(row[`${prefix}${column}`]);
    if (part !== undefined) {
      result[key] = part;
    }
  }
  return result;
}

function titleOf(value: unknown): string | undefined {
  return optionalText((value as { Title?: unknown } | null | undefined)?.Title);
}

/**
 * SharePoint cannot protect single columns: a department that may add a request can fill in the
 * office's columns (status, value before, decision) as it adds it. It cannot change the request
 * afterwards, though, so those columns count only once someone other than the requester has
 * changed the item, which only the office can.
 */
function isChangedByOther(row: Row): boolean {
  const author = optionalNumber(row.AuthorId);
  const editor = optionalNumber(row.EditorId);
  return author !== undefined && editor !== undefined && author !== editor;
}

export function toCorrectionRequest(row: Row): CorrectionRequest {
  const etag = etagOf(row);
  const byOffice = isChangedByOther(row);
  const previous = byOffice ? figures(row, 'Previous') : undefined;
  const optional = {
    source: optionalText(row.Source),
    comment: optionalText(row.ValueComment),
    requestedBy: titleOf(row.Author),
    requestedAt: optionalText(row.Created),
    decidedBy: byOffice ? titleOf(row.DecidedBy) : undefined,
    decidedAt: byOffice ? optionalText(row.DecidedAt) : undefined,
    decisionNote: byOffice ? optionalText(row.DecisionNote) : undefined
  };
  return {
    id: numberOr(row.Id, 0),
    ...(etag ? { etag } : {}),
    indicatorId: numberOr(row.IndicatorId, 0),
    year: numberOr(row.ReportingYear, 0),
    departmentId: numberOr(row.DepartmentId, 0),
    valueKey: text(row.ValueKey),
    requested: figures(row, '') ?? { total: 0 },
    reason: text(row.CorrectionReason),
    // An unknown status (edited in the list), or one the requester set, is still open: nothing was applied for it.
    status: (byOffice ? CorrectionRequestStatusChoices.toCode(row.RequestStatus) : undefined) ?? 'open',
    ...(previous ? { previous } : {}),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    createKey: text(row.CreateKey)
  };
}

/** Form values of a new request for AddValidateUpdateItemUsingPath, the only create that places an item in a folder. */
export function correctionRequestCreation(request: CorrectionRequest, regional: RegionalFormat): IListItemFormUpdateValue[] {
  const fields: Record<string, FormFieldValue> = {
    Title: { type: 'text', value: request.valueKey },
    Indicator: { type: 'lookup', id: request.indicatorId },
    ReportingYear: { type: 'number', value: request.year },
    Department: { type: 'lookup', id: request.departmentId },
    ValueKey: { type: 'text', value: request.valueKey },
    Total: { type: 'number', value: request.requested.total },
    CorrectionReason: { type: 'text', value: request.reason },
    RequestStatus: { type: 'text', value: CorrectionRequestStatusChoices.toLabel('open') },
    CreateKey: { type: 'text', value: request.createKey }
  };
  for (const [key, column] of parts) {
    if (request.requested[key] !== undefined) {
      fields[column] = { type: 'number', value: request.requested[key] };
    }
  }
  if (request.source) {
    fields.Source = { type: 'text', value: request.source };
  }
  if (request.comment) {
    fields.ValueComment = { type: 'text', value: request.comment };
  }
  return toFormValues(fields, regional);
}

/** The value a request replaces, recorded on the request before the value is written. */
export function previousValueFields(previous: IndicatorValue): Record<string, unknown> {
  return {
    PreviousTotal: previous.total,
    PreviousFemale: previous.female ?? null,
    PreviousMale: previous.male ?? null,
    PreviousDiverse: previous.diverse ?? null,
    PreviousNotStated: previous.notStated ?? null
  };
}

export function decisionFields(status: 'accepted' | 'rejected', siteUserId: number, now: Date, note: string | undefined): Record<string, unknown> {
  return {
    RequestStatus: CorrectionRequestStatusChoices.toLabel(status),
    DecidedById: siteUserId,
    DecidedAt: now.toISOString(),
    DecisionNote: note?.trim() ? note.trim() : null
  };
}

/** The MERGE body that applies a correction to its value item: the numbers, the mark, and who corrected it when. */
export function correctionValueFields(value: IndicatorValue, siteUserId: number, now: Date): Record<string, unknown> {
  return {
    Total: value.total,
    Female: value.female ?? null,
    Male: value.male ?? null,
    Diverse: value.diverse ?? null,
    NotStated: value.notStated ?? null,
    Source: value.source ?? null,
    ValueComment: value.comment ?? null,
    IsCorrection: true,
    CorrectionReason: value.correctionReason ?? null,
    CorrectedById: siteUserId,
    CorrectedAt: now.toISOString()
  };
}
