import type { AchievementAssessment, AgreementItem, AgreementWithItems } from '../../domain';

/** The verdicts a review can give; "open" is what the review replaces. */
export type Verdict = 'achieved' | 'partlyAchieved' | 'notAchieved' | 'dropped';
export const verdicts: readonly Verdict[] = ['achieved', 'partlyAchieved', 'notAchieved', 'dropped'];

export interface AssessmentDraft {
  readonly achievement?: Verdict;
  readonly reason: string;
}

export interface ReviewForm {
  /** `YYYY-MM-DD` as the date field holds it. */
  readonly reviewDate: string;
  /** By measure id. */
  readonly assessments: ReadonlyMap<number, AssessmentDraft>;
}

/** The form of a review: whatever the items already record (a reopened review), the date today. */
export function reviewFormOf(current: AgreementWithItems, today: string): ReviewForm {
  const assessments = new Map<number, AssessmentDraft>();
  for (const item of current.items) {
    assessments.set(item.measureId, {
      ...(item.achievement !== 'open' ? { achievement: item.achievement } : {}),
      reason: item.achievementReason ?? ''
    });
  }
  return { reviewDate: today, assessments };
}

export function withAssessment(form: ReviewForm, measureId: number, change: Partial<AssessmentDraft>): ReviewForm {
  const assessments = new Map(form.assessments);
  assessments.set(measureId, { reason: '', ...form.assessments.get(measureId), ...change });
  return { ...form, assessments };
}

export type ReviewFormProblem =
  | { readonly kind: 'reviewDateRequired' }
  | { readonly kind: 'achievementRequired'; readonly measureId: number; readonly title: string }
  | { readonly kind: 'reasonRequired'; readonly measureId: number; readonly title: string };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The council's rule, checked before anything is sent: every agreed measure gets a verdict, and
 * anything not fully achieved a reason (the committee report explains it).
 */
export function reviewFormProblems(items: readonly AgreementItem[], form: ReviewForm): ReviewFormProblem[] {
  const problems: ReviewFormProblem[] = [];
  if (!isoDay.test(form.reviewDate) || Number.isNaN(new Date(`${form.reviewDate}T00:00:00Z`).getTime())) {
    problems.push({ kind: 'reviewDateRequired' });
  }
  for (const item of items) {
    const draft = form.assessments.get(item.measureId);
    if (!draft?.achievement) {
      problems.push({ kind: 'achievementRequired', measureId: item.measureId, title: item.title });
    } else if (draft.achievement !== 'achieved' && draft.reason.trim() === '') {
      problems.push({ kind: 'reasonRequired', measureId: item.measureId, title: item.title });
    }
  }
  return problems;
}

/** The assessments to send; a reason is kept only where it explains something short of achieved. */
export function assessmentsOf(items: readonly AgreementItem[], form: ReviewForm): AchievementAssessment[] {
  return items.flatMap((item): AchievementAssessment[] => {
    const draft = form.assessments.get(item.measureId);
    if (!draft?.achievement) {
      return [];
    }
    const reason = draft.reason.trim();
    return [{ measureId: item.measureId, achievement: draft.achievement, ...(reason && draft.achievement !== 'achieved' ? { reason } : {}) }];
  });
}

/** The items of the next draft that continue one of the reviewed agreement's items. */
export function carriedOverItems(reviewed: AgreementWithItems, next: AgreementWithItems): AgreementItem[] {
  const reviewedIds = new Set(reviewed.items.map((item) => item.id).filter((id): id is number => id !== undefined));
  return next.items.filter((item) => item.carriedOverFrom !== undefined && reviewedIds.has(item.carriedOverFrom));
}
