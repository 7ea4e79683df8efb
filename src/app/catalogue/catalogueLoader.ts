import { currentPlanPeriod, MeasureStatusChoices } from '../../domain';
import type { PlanPeriod } from '../../domain';
import type { CurrentUser } from '../../data/userRepository';
import type { ProductServices } from '../services';
import { CatalogueData, CatalogueIndex, indexCatalogue } from './catalogueView';
import { nextTask } from './nextTask';

/** What the catalogue reads: the period's tree, departments, concepts, indicators and who is looking. */
export type CatalogueServices = Pick<ProductServices, 'catalogue' | 'departments' | 'indicators' | 'users'>;

export interface LoadedCatalogue extends CatalogueData {
  readonly user: CurrentUser;
  readonly periods: readonly PlanPeriod[];
  readonly period?: PlanPeriod;
  /** The rows in tree order with their goal, department and indicators, built once per load. */
  readonly index: CatalogueIndex;
}

/** The chosen period's catalogue, or the current period's; `onProgress` counts measures as their pages arrive. */
export async function loadCatalogue(services: CatalogueServices, planPeriodId: number | undefined, onProgress: (loaded: number) => void): Promise<LoadedCatalogue> {
  const [user, periods, departments, concepts] = await Promise.all([
    services.users.currentUser(),
    services.catalogue.planPeriods(),
    services.departments.departments(),
    services.catalogue.concepts()
  ]);
  const period = periods.find((candidate) => candidate.id === planPeriodId) ?? currentPlanPeriod(periods);
  if (!period) {
    return withIndex({ user, periods, departments, concepts, fieldsOfAction: [], goals: [], measures: [] });
  }
  const [fieldsOfAction, goals, measures, indicators] = await Promise.all([
    services.catalogue.fieldsOfAction(period.id),
    services.catalogue.goals(period.id),
    services.catalogue.measures(period.id, { onProgress }),
    services.indicators.indicators()
  ]);
  return withIndex({ user, periods, period, departments, concepts, fieldsOfAction, goals, measures, indicators });
}

/**
 * Reading the last response, indexing thousands of measures and rendering them would be one
 * main-thread task of a second: each gets its own task, so the page stays responsive.
 */
async function withIndex(data: Omit<LoadedCatalogue, 'index'>): Promise<LoadedCatalogue> {
  await nextTask();
  const index = indexCatalogue(data, MeasureStatusChoices.codes);
  await nextTask();
  return { ...data, index };
}
