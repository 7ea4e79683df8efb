import type { Achievement } from '../../domain';
import type { AgreementState } from '../../app/goalAgreements/agreementOverview';
import type { AgreementFormProblem } from '../../app/goalAgreements/agreementForm';
import type { ReviewFormProblem } from '../../app/goalAgreements/agreementReview';
import { format } from '../../ui/format';

type Strings = Pick<
  IGoalAgreementsWebPartStrings,
  | 'StateNone'
  | 'StateDraft'
  | 'StateAgreed'
  | 'StateReviewed'
  | 'AchievementAchieved'
  | 'AchievementPartly'
  | 'AchievementNot'
  | 'AchievementDropped'
  | 'AchievementOpen'
  | 'ProblemNoItems'
  | 'ProblemTargetRequired'
  | 'ProblemReviewDate'
  | 'ProblemAchievement'
  | 'ProblemReason'
>;

export function stateLabels(strings: Strings): Readonly<Record<AgreementState, string>> {
  return { none: strings.StateNone, draft: strings.StateDraft, agreed: strings.StateAgreed, reviewed: strings.StateReviewed };
}

export function achievementLabels(strings: Strings): Readonly<Record<Achievement, string>> {
  return {
    open: strings.AchievementOpen,
    achieved: strings.AchievementAchieved,
    partlyAchieved: strings.AchievementPartly,
    notAchieved: strings.AchievementNot,
    dropped: strings.AchievementDropped
  };
}

/** What the user reads for a problem of the agreement form: what is missing and where. */
export function formProblemText(problem: AgreementFormProblem, strings: Strings): string {
  return problem.kind === 'noItems' ? strings.ProblemNoItems : format(strings.ProblemTargetRequired, problem.title);
}

export function reviewProblemText(problem: ReviewFormProblem, strings: Strings): string {
  switch (problem.kind) {
    case 'reviewDateRequired':
      return strings.ProblemReviewDate;
    case 'achievementRequired':
      return format(strings.ProblemAchievement, problem.title);
    case 'reasonRequired':
      return format(strings.ProblemReason, problem.title);
  }
}
