import { ValueReviewDecisionChoices } from '../../domain';
import type { NewValueReview, ValueReview } from '../../domain';
import { numberOr, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const valueReviewSelect = ['Id', 'ValueKey', 'IndicatorId', 'ReportingYear', 'DepartmentId', 'Decision', 'ReviewComment', 'ReviewedETag', 'ReviewedAt', 'ReviewedBy/Title'] as const;
export const valueReviewExpand = ['ReviewedBy'] as const;

/**
 * Reads one decision. An item whose Decision is not one of the list's choices (typed by hand)
 * is no decision: it is left out rather than read as an acceptance.
 */
export function toValueReview(row: Row): ValueReview | undefined {
  const decision = ValueReviewDecisionChoices.toCode(row.Decision);
  if (!decision) return undefined;
  const comment = optionalText(row.ReviewComment);
  const reviewedBy = optionalText((row.ReviewedBy as { Title?: unknown } | null | undefined)?.Title);
  return {
    id: numberOr(row.Id, 0),
    valueKey: text(row.ValueKey),
    indicatorId: numberOr(row.IndicatorId, 0),
    year: numberOr(row.ReportingYear, 0),
    departmentId: numberOr(row.DepartmentId, 0),
    decision,
    ...(comment ? { comment } : {}),
    reviewedETag: text(row.ReviewedETag),
    reviewedAt: text(row.ReviewedAt),
    ...(reviewedBy ? { reviewedBy } : {})
  };
}

/** The item of a new decision; `siteUserId` is who decided (the signed-in office member). */
export function valueReviewCreation(review: NewValueReview, siteUserId: number | undefined): Record<string, unknown> {
  return {
    Title: `${review.valueKey} ${ValueReviewDecisionChoices.toLabel(review.decision)}`,
    ValueKey: review.valueKey,
    IndicatorId: review.indicatorId,
    ReportingYear: review.year,
    DepartmentId: review.departmentId,
    Decision: ValueReviewDecisionChoices.toLabel(review.decision),
    ReviewComment: review.comment ?? null,
    ReviewedETag: review.reviewedETag,
    ReviewedAt: review.reviewedAt,
    ...(siteUserId !== undefined ? { ReviewedById: siteUserId } : {}),
    CreateKey: review.createKey
  };
}
