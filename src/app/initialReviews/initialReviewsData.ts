import { currentPlanPeriod } from '../../domain';
import type { Department, Measure, MeetingRecord, PlanPeriod } from '../../domain';
import type { CurrentUser } from '../../data/userRepository';
import type { StoredInitialReview } from '../../data/initialReviewRepository';
import type { ProductServices } from '../services';

/** What the initial-interview views read and write. */
export type InitialReviewServices = Pick<ProductServices, 'locale' | 'users' | 'catalogue' | 'departments' | 'meetings' | 'initialReviews' | 'reports'>;

export interface LoadedInitialReviews {
  readonly user: CurrentUser;
  readonly periods: readonly PlanPeriod[];
  readonly period?: PlanPeriod;
  readonly departments: readonly Department[];
  readonly measures: readonly Measure[];
  readonly reviews: readonly StoredInitialReview[];
  /** This year's initial-interview meetings booked in Outlook. */
  readonly interviews: readonly MeetingRecord[];
}

/** Interviews are booked in the year they take place. */
export const interviewYear = (): number => new Date().getFullYear();

export async function loadInitialReviews(
  services: Pick<InitialReviewServices, 'users' | 'catalogue' | 'departments' | 'meetings' | 'initialReviews'>,
  planPeriodId: number | undefined
): Promise<LoadedInitialReviews> {
  const [user, periods, departments, interviews] = await Promise.all([
    services.users.currentUser(),
    services.catalogue.planPeriods(),
    services.departments.departments(),
    services.meetings.meetingsOf(interviewYear(), 'initialInterview')
  ]);
  const period = periods.find((candidate) => candidate.id === planPeriodId) ?? currentPlanPeriod(periods);
  if (!period) {
    return { user, periods, departments, measures: [], reviews: [], interviews };
  }
  const measures = await services.catalogue.measures(period.id);
  const reviews = await services.initialReviews.reviews(measures.map((measure) => measure.id));
  return { user, periods, period, departments, measures, reviews, interviews };
}
