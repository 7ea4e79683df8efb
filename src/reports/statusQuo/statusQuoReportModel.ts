import type { Department, FieldOfAction, Goal, InitialReview, Language, Measure, MeasureStatus, PlanPeriod, ReviewAnswer, StatusCount } from '../../domain';
import { countByStatus } from '../../domain';
import { formatReportDate } from './reportDates';
import { reportText } from './statusQuoMessages';

/** Everything the status-quo report is built from; records of other plan periods are left out. */
export interface StatusQuoReportInput {
  readonly planPeriod: PlanPeriod;
  /** `YYYY-MM-DD` or an ISO date-time (taken in the city's time zone). */
  readonly reportDate: string;
  /** e.g. "Büro für Integration"; also the document's author. */
  readonly officeName: string;
  /** e.g. "Stadt Musterstadt". */
  readonly cityName?: string;
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly departments: readonly Department[];
  readonly initialReviews: readonly InitialReview[];
}

export interface StatusQuoReportOptions {
  /** German unless asked otherwise: the report goes to the council. */
  readonly language?: Language;
}

export interface AnswerCounts {
  readonly yes: number;
  readonly no: number;
  readonly open: number;
}

/** How far the interviews have come for a set of measures. */
export interface ReviewCounts {
  readonly measureCount: number;
  readonly reviewedCount: number;
  /** Unreviewed measures count as open, so yes + no + open is always the measure count. */
  readonly current: AnswerCounts;
  readonly appropriate: AnswerCounts;
  /** Every status in the choice table's order, zeros included, so table columns stay fixed. */
  readonly statusCounts: readonly StatusCount[];
}

export interface FieldOfActionReviewRow extends ReviewCounts {
  readonly fieldOfActionId: number;
  readonly number: number;
  readonly title: string;
}

export interface DepartmentReviewRow extends ReviewCounts {
  readonly departmentId: number;
  /** "50 Soziales" */
  readonly label: string;
}

export interface MeasureReportRow {
  readonly measureId: number;
  readonly number: string;
  readonly title: string;
  /** "50 Soziales", or a note that the department is unknown. */
  readonly leadDepartment: string;
  readonly isReviewed: boolean;
  /** The status found in the interview; the catalogue's status where there was none yet. */
  readonly status: MeasureStatus;
  readonly isCurrent: ReviewAnswer;
  readonly isAppropriate: ReviewAnswer;
  readonly notes: string;
}

export interface GoalReportSection {
  readonly goalId: number;
  readonly number: string;
  readonly title: string;
  readonly measures: readonly MeasureReportRow[];
}

export interface FieldOfActionReportSection {
  readonly fieldOfActionId: number;
  readonly number: number;
  readonly title: string;
  readonly goals: readonly GoalReportSection[];
}

/** A measure that needs attention, with its lead department, for the list of open points. */
export interface OpenPoint {
  readonly measureId: number;
  readonly number: string;
  readonly title: string;
  readonly leadDepartment: string;
}

export interface OpenPoints {
  readonly notReviewed: readonly OpenPoint[];
  readonly notCurrent: readonly OpenPoint[];
  readonly notAppropriate: readonly OpenPoint[];
}

/** A record the report had to leave out, so the office can correct the catalogue. */
export interface StatusQuoReportProblem {
  readonly measureId: number;
  readonly reason: 'goalNotInPeriod';
}

/** The report as plain data: what the document shows, in the order it shows it. */
export interface StatusQuoReportModel {
  readonly language: Language;
  readonly title: string;
  readonly periodLabel: string;
  readonly dateLabel: string;
  readonly officeName: string;
  readonly cityName?: string;
  readonly totals: ReviewCounts;
  readonly byFieldOfAction: readonly FieldOfActionReviewRow[];
  readonly byDepartment: readonly DepartmentReviewRow[];
  readonly sections: readonly FieldOfActionReportSection[];
  readonly openPoints: OpenPoints;
  readonly problems: readonly StatusQuoReportProblem[];
}

interface ReviewedMeasure {
  readonly measure: Measure;
  readonly review: InitialReview | undefined;
  readonly row: MeasureReportRow;
}

/** The plan period as the council names it, e.g. "2. Fortschreibung 2019–2021". */
export function planPeriodLabel(period: Pick<PlanPeriod, 'updateNumber' | 'startYear' | 'endYear'>, language: Language): string {
  return reportText('report.period', language, { number: period.updateNumber, start: period.startYear, end: period.endYear });
}

export function buildStatusQuoReportModel(input: StatusQuoReportInput, options: StatusQuoReportOptions = {}): StatusQuoReportModel {
  const language = options.language ?? 'de';
  const periodId = input.planPeriod.id;
  const fields = input.fieldsOfAction.filter((field) => field.planPeriodId === periodId).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const fieldIds = new Set(fields.map((field) => field.id));
  const goals = input.goals.filter((goal) => goal.planPeriodId === periodId && fieldIds.has(goal.fieldOfActionId)).sort((a, b) => compareNumbers(a.number, b.number) || a.id - b.id);
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const periodMeasures = input.measures.filter((measure) => measure.planPeriodId === periodId);
  const problems: StatusQuoReportProblem[] = periodMeasures
    .filter((measure) => !goalById.has(measure.goalId))
    .map((measure) => ({ measureId: measure.id, reason: 'goalNotInPeriod' }));

  const departmentById = new Map(input.departments.map((department) => [department.id, department]));
  const departmentLabel = (id: number): string => {
    const department = departmentById.get(id);
    return department ? `${department.number} ${department.name}` : reportText('department.unknown', language);
  };
  const reviewByMeasure = latestReviews(input.initialReviews);

  const goalOrder = new Map(goals.map((goal, index) => [goal.id, index]));
  const reviewed: ReviewedMeasure[] = periodMeasures
    .filter((measure) => goalById.has(measure.goalId))
    .sort((a, b) => (goalOrder.get(a.goalId) ?? 0) - (goalOrder.get(b.goalId) ?? 0) || compareNumbers(a.number ?? '', b.number ?? '') || a.id - b.id)
    .map((measure) => {
      const review = reviewByMeasure.get(measure.id);
      return {
        measure,
        review,
        row: {
          measureId: measure.id,
          number: measure.number ?? '',
          title: measure.title,
          leadDepartment: departmentLabel(measure.leadDepartmentId),
          isReviewed: review !== undefined,
          status: review?.implementationStatus ?? measure.status,
          isCurrent: review?.isCurrent ?? 'open',
          isAppropriate: review?.isAppropriate ?? 'open',
          notes: review?.notes?.trim() ?? ''
        }
      };
    });

  const fieldOfGoal = (goalId: number): number | undefined => goalById.get(goalId)?.fieldOfActionId;
  const fieldNumber = new Map(fields.map((field, index) => [field.id, index + 1]));

  return {
    language,
    title: reportText('report.title', language),
    periodLabel: planPeriodLabel(input.planPeriod, language),
    dateLabel: formatReportDate(input.reportDate, language),
    officeName: input.officeName,
    ...(input.cityName ? { cityName: input.cityName } : {}),
    totals: countReviews(reviewed),
    byFieldOfAction: fields.map((field) => ({
      fieldOfActionId: field.id,
      number: fieldNumber.get(field.id) ?? 0,
      title: field.title,
      ...countReviews(reviewed.filter((entry) => fieldOfGoal(entry.measure.goalId) === field.id))
    })),
    byDepartment: [...input.departments]
      .sort((a, b) => compareNumbers(a.number, b.number) || a.id - b.id)
      .map((department) => ({ department, entries: reviewed.filter((entry) => entry.measure.leadDepartmentId === department.id) }))
      // Departments without a measure of this period have nothing to report.
      .filter(({ entries }) => entries.length > 0)
      .map(({ department, entries }) => ({ departmentId: department.id, label: departmentLabel(department.id), ...countReviews(entries) })),
    sections: fields.map((field) => ({
      fieldOfActionId: field.id,
      number: fieldNumber.get(field.id) ?? 0,
      title: field.title,
      goals: goals
        .filter((goal) => goal.fieldOfActionId === field.id)
        .map((goal) => ({
          goalId: goal.id,
          number: goal.number,
          title: goal.title,
          measures: reviewed.filter((entry) => entry.measure.goalId === goal.id).map((entry) => entry.row)
        }))
    })),
    openPoints: {
      notReviewed: reviewed.filter((entry) => !entry.row.isReviewed).map((entry) => openPoint(entry.row)),
      notCurrent: reviewed.filter((entry) => entry.row.isCurrent === 'no').map((entry) => openPoint(entry.row)),
      notAppropriate: reviewed.filter((entry) => entry.row.isAppropriate === 'no').map((entry) => openPoint(entry.row))
    },
    problems
  };
}

/** One review per measure is the rule; should a second slip in, the latest interview counts. */
function latestReviews(reviews: readonly InitialReview[]): Map<number, InitialReview> {
  const latest = new Map<number, InitialReview>();
  for (const review of reviews) {
    const known = latest.get(review.measureId);
    if (!known || isLater(review, known)) {
      latest.set(review.measureId, review);
    }
  }
  return latest;
}

function isLater(candidate: InitialReview, known: InitialReview): boolean {
  const candidateTime = candidate.reviewDate ? Date.parse(candidate.reviewDate) : NaN;
  const knownTime = known.reviewDate ? Date.parse(known.reviewDate) : NaN;
  if (!Number.isNaN(candidateTime) && !Number.isNaN(knownTime) && candidateTime !== knownTime) {
    return candidateTime > knownTime;
  }
  return candidate.id > known.id;
}

function countReviews(entries: readonly ReviewedMeasure[]): ReviewCounts {
  const rows = entries.map((entry) => entry.row);
  return {
    measureCount: rows.length,
    reviewedCount: rows.filter((row) => row.isReviewed).length,
    current: countAnswers(rows.map((row) => row.isCurrent)),
    appropriate: countAnswers(rows.map((row) => row.isAppropriate)),
    statusCounts: countByStatus(rows)
  };
}

function countAnswers(answers: readonly ReviewAnswer[]): AnswerCounts {
  return {
    yes: answers.filter((answer) => answer === 'yes').length,
    no: answers.filter((answer) => answer === 'no').length,
    open: answers.filter((answer) => answer === 'open').length
  };
}

function openPoint(row: MeasureReportRow): OpenPoint {
  return { measureId: row.measureId, number: row.number, title: row.title, leadDepartment: row.leadDepartment };
}

/** Goal and measure numbers such as "1.10" sort after "1.9", as readers expect. */
function compareNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'de', { numeric: true });
}
