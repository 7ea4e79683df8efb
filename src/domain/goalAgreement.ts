import type { Achievement, AgreementStatus } from './choices';
import { addMonths, isoDay, localDate } from './calendarDate';
import { FieldProblem, fieldProblem } from './problems';

/** The agreement meeting as the Meetings list records it: UTC ISO date-times, and the Outlook event it lives in. */
export interface Meeting {
  readonly start: string;
  readonly end: string;
  readonly eventId?: string;
}

/** Zielvereinbarung: one per department and year. */
export interface GoalAgreement {
  readonly id?: number;
  readonly title: string;
  readonly departmentId: number;
  readonly year: number;
  readonly status: AgreementStatus;
  /** The Zielvereinbarungsgespräch of the department in the agreement's year (from the Meetings list). */
  readonly meeting?: Meeting;
  /** `YYYY-MM-DD` of the review, about twelve months after the agreement. */
  readonly reviewedOn?: string;
  readonly previousAgreementId?: number;
  readonly notes?: string;
  readonly etag?: string;
}

/** A measure the department agreed to implement, with its target and, once reviewed, its achievement. */
export interface AgreementItem {
  readonly id?: number;
  readonly agreementId?: number;
  readonly measureId: number;
  readonly title: string;
  readonly target?: string;
  /** The department's contact answerable for the measure (item id in Contacts). */
  readonly responsibleContactId?: number;
  readonly notes?: string;
  readonly achievement: Achievement;
  readonly achievementReason?: string;
  /** The item of the previous agreement this one continues. */
  readonly carriedOverFrom?: number;
  /** The stored version, which a change of the item must match. */
  readonly etag?: string;
}

/** An agreement with its items. */
export interface AgreementWithItems {
  readonly agreement: GoalAgreement;
  readonly items: readonly AgreementItem[];
}

export interface ReviewedAgreement extends AgreementWithItems {
  readonly agreement: GoalAgreement & { readonly status: 'reviewed' };
}

/** The key of the unique AgreementKey column: one agreement per department and year. */
export function agreementKey(departmentId: number, year: number): string {
  return `${departmentId}-${year}`;
}

export function isReviewed(value: AgreementWithItems): value is ReviewedAgreement {
  return value.agreement.status === 'reviewed';
}

/** The achievement of one agreed measure as recorded in the review meeting. */
export interface AchievementAssessment {
  readonly measureId: number;
  readonly achievement: Achievement;
  readonly reason?: string;
}

export interface ReviewRules {
  /**
   * The review belongs to the meeting about twelve months later; scheduling slack allows it
   * from this many months after the agreement meeting.
   */
  readonly minimumMonths: number;
}

export const defaultReviewRules: ReviewRules = { minimumMonths: 10 };

export type ReviewResult = { readonly reviewed: ReviewedAgreement; readonly problems: readonly [] } | { readonly reviewed?: undefined; readonly problems: readonly FieldProblem[] };

/**
 * Records the achievement of every agreed measure. Every item needs a verdict other than
 * "open", and anything not fully achieved needs a reason (the committee report explains it).
 */
export function reviewAgreement(
  current: AgreementWithItems,
  assessments: readonly AchievementAssessment[],
  reviewDate: string,
  rules: ReviewRules = defaultReviewRules
): ReviewResult {
  const problems: FieldProblem[] = [];
  const { agreement } = current;

  if (agreement.status === 'draft') {
    problems.push(fieldProblem('status', 'agreement.notAgreed'));
  }
  const meetingDay = agreement.meeting ? localDate(agreement.meeting.start) : undefined;
  const reviewDay = localDate(reviewDate);
  if (!meetingDay) {
    problems.push(fieldProblem('meeting', 'agreement.meetingMissing'));
  } else if (reviewDay) {
    const earliest = isoDay(addMonths(meetingDay, rules.minimumMonths));
    if (isoDay(reviewDay) < earliest) {
      problems.push(fieldProblem('reviewDate', 'agreement.reviewTooEarly', { earliest }));
    }
  } else {
    problems.push(fieldProblem('reviewDate', 'date.required'));
  }

  const byMeasure = new Map<number, AchievementAssessment>();
  for (const assessment of assessments) {
    if (!current.items.some((item) => item.measureId === assessment.measureId)) {
      problems.push(fieldProblem(`measure:${assessment.measureId}`, 'agreement.itemUnknown', { measureId: assessment.measureId }));
    }
    byMeasure.set(assessment.measureId, assessment);
  }

  const items = current.items.map((item): AgreementItem => {
    const assessment = byMeasure.get(item.measureId);
    const achievement = assessment?.achievement ?? item.achievement;
    const reason = (assessment ? assessment.reason : item.achievementReason)?.trim() ?? '';
    const field = `measure:${item.measureId}`;
    if (achievement === 'open') {
      problems.push(fieldProblem(field, 'agreement.achievementMissing', { title: item.title }));
    } else if (achievement !== 'achieved' && reason === '') {
      problems.push(fieldProblem(field, 'agreement.reasonRequired', { title: item.title }));
    }
    const reviewed: { -readonly [K in keyof AgreementItem]: AgreementItem[K] } = { ...item, achievement };
    delete reviewed.achievementReason;
    return reason ? { ...reviewed, achievementReason: reason } : reviewed;
  });

  if (problems.length > 0 || !reviewDay) {
    return { problems };
  }
  return {
    reviewed: { agreement: { ...agreement, status: 'reviewed', reviewedOn: isoDay(reviewDay) }, items },
    problems: []
  };
}

/**
 * What must hold before a draft is agreed in the meeting: at least one measure, each with a
 * target (the review twelve months later measures against it).
 */
export function agreementProblems(current: AgreementWithItems): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (current.agreement.status !== 'draft') {
    problems.push(fieldProblem('status', 'agreement.notDraft'));
  }
  if (current.items.length === 0) {
    problems.push(fieldProblem('items', 'agreement.noItems'));
  }
  for (const item of current.items) {
    if ((item.target ?? '').trim() === '') {
      problems.push(fieldProblem(`measure:${item.measureId}`, 'agreement.targetMissing', { title: item.title }));
    }
  }
  return problems;
}

/** Unfinished measures carry over; achieved and dropped ones are done with. */
const carriedAchievements: ReadonlySet<Achievement> = new Set<Achievement>(['open', 'partlyAchieved', 'notAchieved']);

/**
 * The next year's agreement of the department, a draft, with the unfinished items of the
 * reviewed one: same measure, target and responsible contact, achievement open again, linked to
 * the item they continue.
 */
export function carryOver(reviewed: ReviewedAgreement, nextYear: number): AgreementWithItems {
  const { agreement } = reviewed;
  if (!Number.isInteger(nextYear) || nextYear <= agreement.year) {
    throw new RangeError(`The next agreement must follow the year ${agreement.year}, not ${nextYear}.`);
  }
  const next: GoalAgreement = {
    title: agreement.title.replace(String(agreement.year), String(nextYear)),
    departmentId: agreement.departmentId,
    year: nextYear,
    status: 'draft',
    ...(agreement.id !== undefined ? { previousAgreementId: agreement.id } : {})
  };
  const items = reviewed.items
    .filter((item) => carriedAchievements.has(item.achievement))
    .map(
      (item): AgreementItem => ({
        measureId: item.measureId,
        title: item.title,
        ...(item.target !== undefined ? { target: item.target } : {}),
        ...(item.responsibleContactId !== undefined ? { responsibleContactId: item.responsibleContactId } : {}),
        achievement: 'open',
        ...(item.id !== undefined ? { carriedOverFrom: item.id } : {})
      })
    );
  return { agreement: next, items };
}
