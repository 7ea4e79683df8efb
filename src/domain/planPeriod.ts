import type { PlanPeriod } from './catalogue';

/** The period the office works in: the latest adopted one, else the latest of any status. */
export function currentPlanPeriod(periods: readonly PlanPeriod[]): PlanPeriod | undefined {
  const latestFirst = [...periods].sort((a, b) => b.startYear - a.startYear);
  return latestFirst.find((period) => period.status === 'adopted') ?? latestFirst[0];
}
