import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { MeasureStatusChoices, ReviewAnswerChoices, initialReviewKey } from '../../domain';
import type { InitialReview, MeasureStatus, ReviewAnswer } from '../../domain';
import { FormFieldValue, noDecimals, toFormValues } from '../sp/formValues';
import { etagOf, numberOr, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

/** An initial review as read from SharePoint, with the ETag a later save must match. */
export interface StoredInitialReview extends InitialReview {
  readonly etag?: string;
}

/** What the interview records for one measure; the list item's id and key follow from the measure. */
export interface InitialReviewInput {
  readonly measureId: number;
  /** The measure's lead department, so the list can be filtered and grouped by department. */
  readonly departmentId: number;
  /** e.g. "Erstgespräch 1.2.3 – FB 50": readable in the list itself. */
  readonly title: string;
  readonly isCurrent: ReviewAnswer;
  readonly isAppropriate: ReviewAnswer;
  readonly implementationStatus?: MeasureStatus;
  readonly notes?: string;
  /** ISO date-time of the interview. */
  readonly reviewDate: string;
}

export const initialReviewSelect = ['Id', 'Title', 'MeasureId', 'DepartmentId', 'IsCurrent', 'IsAppropriate', 'ImplementationStatus', 'ReviewNotes', 'ReviewDate', 'ReviewKey'];

export function toInitialReview(row: Row): StoredInitialReview {
  const status = MeasureStatusChoices.toCode(row.ImplementationStatus);
  const notes = optionalText(row.ReviewNotes);
  const reviewDate = optionalText(row.ReviewDate);
  const etag = etagOf(row);
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    measureId: numberOr(row.MeasureId, 0),
    departmentId: numberOr(row.DepartmentId, 0),
    // A value the list does not offer (choices edited on the site) reads as "open": still to be asked.
    isCurrent: ReviewAnswerChoices.toCode(row.IsCurrent) ?? 'open',
    isAppropriate: ReviewAnswerChoices.toCode(row.IsAppropriate) ?? 'open',
    ...(status ? { implementationStatus: status } : {}),
    ...(notes ? { notes } : {}),
    ...(reviewDate ? { reviewDate } : {}),
    ...(etag ? { etag } : {})
  };
}

/** The SharePoint fields of a review; the key makes a second create for the same measure fail instead of duplicating it. */
export function initialReviewFields(input: InitialReviewInput): Record<string, unknown> {
  return {
    Title: input.title,
    MeasureId: input.measureId,
    DepartmentId: input.departmentId,
    IsCurrent: ReviewAnswerChoices.toLabel(input.isCurrent),
    IsAppropriate: ReviewAnswerChoices.toLabel(input.isAppropriate),
    ImplementationStatus: input.implementationStatus ? MeasureStatusChoices.toLabel(input.implementationStatus) : null,
    ReviewNotes: input.notes?.trim() ? input.notes.trim() : null,
    ReviewDate: input.reviewDate,
    ReviewKey: initialReviewKey(input.measureId)
  };
}

/**
 * Form values of a new review in its department's folder, without the interview's date: the
 * validating create parses dates only in the site's locale (refusing ISO), so the date follows as
 * a JSON MERGE of `reviewDateFields`.
 */
export function initialReviewFolderCreation(input: InitialReviewInput): IListItemFormUpdateValue[] {
  const fields: Record<string, FormFieldValue> = {
    Title: { type: 'text', value: input.title },
    Measure: { type: 'lookup', id: input.measureId },
    Department: { type: 'lookup', id: input.departmentId },
    IsCurrent: { type: 'text', value: ReviewAnswerChoices.toLabel(input.isCurrent) },
    IsAppropriate: { type: 'text', value: ReviewAnswerChoices.toLabel(input.isAppropriate) },
    ImplementationStatus: { type: 'text', value: input.implementationStatus ? MeasureStatusChoices.toLabel(input.implementationStatus) : undefined },
    ReviewNotes: { type: 'text', value: input.notes?.trim() ? input.notes.trim() : undefined },
    ReviewKey: { type: 'text', value: initialReviewKey(input.measureId) }
  };
  // Texts and ids only: the site's decimal separator does not matter.
  return toFormValues(fields, noDecimals);
}

export function reviewDateFields(input: InitialReviewInput): Record<string, unknown> {
  return { ReviewDate: input.reviewDate };
}
