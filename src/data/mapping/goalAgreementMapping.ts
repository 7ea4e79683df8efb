import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { AchievementChoices, AgreementStatusChoices, agreementKey, isoDay, localDate } from '../../domain';
import type { AgreementItem, AgreementStatus, GoalAgreement, Meeting } from '../../domain';
import { wallClockToUtc } from '../../domain/wallClockTime';
import { FormFieldValue, noDecimals, toFormValues } from '../sp/formValues';
import { etagOf, numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const agreementSelect = ['Id', 'Title', 'DepartmentId', 'AgreementYear', 'AgreementStatus', 'ReviewedOn', 'PreviousAgreementId', 'AgreementNotes', 'AgreementKey'];
export const agreementItemSelect = ['Id', 'Title', 'AgreementId', 'MeasureId', 'Target', 'Achievement', 'AchievementReason', 'CarriedOverFromId', 'ResponsibleContactId', 'ItemNotes'];
export const agreementCommentSelect = ['Id', 'AgreementId', 'CommentText', 'Created', 'AuthorId', 'Author/Title'];
export const agreementCommentExpand = ['Author'];

/** What the meeting decides about one measure; `id` for an item stored already. */
export interface AgreementItemInput {
  readonly id?: number;
  readonly measureId: number;
  readonly title: string;
  readonly target?: string;
  readonly responsibleContactId?: number;
  readonly notes?: string;
  readonly carriedOverFrom?: number;
}

/** A department's remark on its agreement. */
export interface AgreementComment {
  readonly id: number;
  readonly agreementId: number;
  readonly text: string;
  /** Display name of the person who wrote it. */
  readonly author: string;
  /** Site user id of the person who wrote it: only they (and the office) may change it. */
  readonly authorId: number;
  /** ISO instant. */
  readonly created: string;
  readonly etag?: string;
}

/** A date-only column holds midnight in Germany as a UTC instant; the domain wants the day. */
function dayOf(value: unknown): string | undefined {
  const iso = optionalText(value);
  const day = iso ? localDate(iso) : undefined;
  return day ? isoDay(day) : undefined;
}

export function toGoalAgreement(row: Row, meeting?: Meeting): GoalAgreement {
  const reviewedOn = dayOf(row.ReviewedOn);
  const previousAgreementId = optionalNumber(row.PreviousAgreementId);
  const notes = optionalText(row.AgreementNotes);
  const etag = etagOf(row);
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    departmentId: numberOr(row.DepartmentId, 0),
    year: numberOr(row.AgreementYear, 0),
    status: AgreementStatusChoices.toCode(row.AgreementStatus) ?? 'draft',
    ...(meeting ? { meeting } : {}),
    ...(reviewedOn ? { reviewedOn } : {}),
    ...(previousAgreementId !== undefined ? { previousAgreementId } : {}),
    ...(notes ? { notes } : {}),
    ...(etag ? { etag } : {})
  };
}

export function toAgreementItem(row: Row): AgreementItem {
  const target = optionalText(row.Target);
  const reason = optionalText(row.AchievementReason);
  const carriedOverFrom = optionalNumber(row.CarriedOverFromId);
  const responsibleContactId = optionalNumber(row.ResponsibleContactId);
  const notes = optionalText(row.ItemNotes);
  const etag = etagOf(row);
  return {
    id: numberOr(row.Id, 0),
    agreementId: numberOr(row.AgreementId, 0),
    measureId: numberOr(row.MeasureId, 0),
    title: text(row.Title),
    ...(target ? { target } : {}),
    ...(responsibleContactId !== undefined ? { responsibleContactId } : {}),
    ...(notes ? { notes } : {}),
    achievement: AchievementChoices.toCode(row.Achievement) ?? 'open',
    ...(reason ? { achievementReason: reason } : {}),
    ...(carriedOverFrom !== undefined ? { carriedOverFrom } : {}),
    ...(etag ? { etag } : {})
  };
}

export function toAgreementComment(row: Row): AgreementComment {
  const author = (row.Author as { Title?: unknown } | undefined)?.Title;
  return {
    id: numberOr(row.Id, 0),
    agreementId: numberOr(row.AgreementId, 0),
    text: text(row.CommentText),
    author: text(author),
    authorId: numberOr(row.AuthorId, 0),
    created: text(row.Created),
    ...(etagOf(row) ? { etag: etagOf(row) } : {})
  };
}

/** Form values of a new agreement (created in the department's folder); the key makes a second one for the same year fail. */
export function agreementCreation(
  agreement: { readonly title: string; readonly departmentId: number; readonly year: number; readonly previousAgreementId?: number; readonly notes?: string }
): IListItemFormUpdateValue[] {
  const fields: Record<string, FormFieldValue> = {
    Title: { type: 'text', value: agreement.title },
    Department: { type: 'lookup', id: agreement.departmentId },
    AgreementYear: { type: 'number', value: agreement.year },
    AgreementStatus: { type: 'text', value: AgreementStatusChoices.toLabel('draft') },
    AgreementKey: { type: 'text', value: agreementKey(agreement.departmentId, agreement.year) }
  };
  if (agreement.previousAgreementId !== undefined) {
    fields.PreviousAgreement = { type: 'lookup', id: agreement.previousAgreementId };
  }
  if (agreement.notes) {
    fields.AgreementNotes = { type: 'text', value: agreement.notes };
  }
  // Texts, ids and a year: no decimals, so the site's separator does not matter.
  return toFormValues(fields, noDecimals);
}

/** `createKey`: generated before the first send (see `keyedCreate`), so a lost answer is read back, not stored twice. */
export function agreementItemCreation(agreementId: number, item: AgreementItemInput, createKey: string): IListItemFormUpdateValue[] {
  const fields: Record<string, FormFieldValue> = {
    Title: { type: 'text', value: item.title.slice(0, 255) },
    Agreement: { type: 'lookup', id: agreementId },
    Measure: { type: 'lookup', id: item.measureId },
    Achievement: { type: 'text', value: AchievementChoices.toLabel('open') },
    CreateKey: { type: 'text', value: createKey }
  };
  if (item.target) {
    fields.Target = { type: 'text', value: item.target };
  }
  if (item.responsibleContactId !== undefined) {
    fields.ResponsibleContact = { type: 'lookup', id: item.responsibleContactId };
  }
  if (item.notes) {
    fields.ItemNotes = { type: 'text', value: item.notes };
  }
  if (item.carriedOverFrom !== undefined) {
    fields.CarriedOverFrom = { type: 'lookup', id: item.carriedOverFrom };
  }
  // Texts and ids only (the target is text): the site's separator does not matter.
  return toFormValues(fields, noDecimals);
}

/** Form values of a department's comment on its agreement. */
export function agreementCommentCreation(agreement: { readonly id: number; readonly title: string }, text: string, createKey: string): IListItemFormUpdateValue[] {
  return toFormValues(
    {
      Title: { type: 'text', value: `${agreement.title}: ${text}`.slice(0, 255) },
      Agreement: { type: 'lookup', id: agreement.id },
      CommentText: { type: 'text', value: text },
      CreateKey: { type: 'text', value: createKey }
    },
    // Texts and an id only: the decimal separator never comes into play.
    noDecimals
  );
}

/** The MERGE body of an edited item: what the meeting may change, cleared fields as null. */
export function agreementItemUpdateFields(item: AgreementItemInput): Record<string, unknown> {
  return {
    Title: item.title.slice(0, 255),
    MeasureId: item.measureId,
    Target: item.target || null,
    ResponsibleContactId: item.responsibleContactId ?? null,
    ItemNotes: item.notes || null
  };
}

/** Whether an edited item differs from the stored one (unchanged items are not written). */
export function isItemChanged(stored: AgreementItem, input: AgreementItemInput): boolean {
  return (
    stored.title !== input.title ||
    stored.measureId !== input.measureId ||
    (stored.target ?? '') !== (input.target ?? '') ||
    stored.responsibleContactId !== input.responsibleContactId ||
    (stored.notes ?? '') !== (input.notes ?? '')
  );
}

export function achievementFields(item: AgreementItem): Record<string, unknown> {
  return { Achievement: AchievementChoices.toLabel(item.achievement), AchievementReason: item.achievementReason ?? null };
}

export function statusFields(status: AgreementStatus, reviewedOn?: string): Record<string, unknown> {
  return {
    AgreementStatus: AgreementStatusChoices.toLabel(status),
    // A date-only column stores midnight in Germany.
    ...(reviewedOn ? { ReviewedOn: wallClockToUtc(`${reviewedOn}T00:00`) } : {})
  };
}

/** The input that stands for a stored item (to keep it as it is). */
export function itemInputOf(item: AgreementItem): AgreementItemInput {
  return {
    ...(item.id !== undefined ? { id: item.id } : {}),
    measureId: item.measureId,
    title: item.title,
    ...(item.target !== undefined ? { target: item.target } : {}),
    ...(item.responsibleContactId !== undefined ? { responsibleContactId: item.responsibleContactId } : {}),
    ...(item.notes !== undefined ? { notes: item.notes } : {}),
    ...(item.carriedOverFrom !== undefined ? { carriedOverFrom: item.carriedOverFrom } : {})
  };
}

/** An item as our own create stored it, for when reading it back is not possible. */
export function createdItem(agreementId: number, id: number, item: AgreementItemInput, etag?: string): AgreementItem {
  return {
    id,
    agreementId,
    measureId: item.measureId,
    title: item.title.slice(0, 255),
    ...(item.target ? { target: item.target } : {}),
    ...(item.responsibleContactId !== undefined ? { responsibleContactId: item.responsibleContactId } : {}),
    ...(item.notes ? { notes: item.notes } : {}),
    achievement: 'open',
    ...(item.carriedOverFrom !== undefined ? { carriedOverFrom: item.carriedOverFrom } : {}),
    ...(etag ? { etag } : {})
  };
}

/** A stored item after our own update of it answered `etag`. */
export function updatedItem(stored: AgreementItem, item: AgreementItemInput, etag: string | undefined): AgreementItem {
  const updated: AgreementItem = {
    ...stored,
    title: item.title.slice(0, 255),
    measureId: item.measureId,
    target: item.target || undefined,
    responsibleContactId: item.responsibleContactId,
    notes: item.notes || undefined,
    etag
  };
  // A cleared field reads as a missing one, as `toAgreementItem` maps it.
  return Object.fromEntries(Object.entries(updated).filter(([, value]) => value !== undefined)) as unknown as AgreementItem;
}
