import type { Concept, Department, FieldOfAction, Goal, Indicator, Measure, PlanPeriod } from '../../domain';
import type { ProductServices } from '../services';

/**
 * What the preview checks a file against and the plan compares it with: the period's
 * catalogue as stored now, with the ETags that make a later write fail when someone changed
 * a measure after the preview.
 */
export interface CatalogueImportSource {
  readonly planPeriod: PlanPeriod;
  readonly departments: readonly Department[];
  readonly concepts: readonly Concept[];
  readonly fieldsOfAction: readonly FieldOfAction[];
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  /** Indicators of the period's measures; the import only adds titles not there yet. */
  readonly indicators: readonly Indicator[];
}

export async function loadCatalogueImportSource(services: Pick<ProductServices, 'catalogue' | 'departments' | 'indicators'>, planPeriod: PlanPeriod): Promise<CatalogueImportSource> {
  const [departments, concepts, fieldsOfAction, goals, measures, indicators] = await Promise.all([
    services.departments.departments(),
    services.catalogue.concepts(),
    services.catalogue.fieldsOfAction(planPeriod.id),
    services.catalogue.goals(planPeriod.id),
    services.catalogue.measures(planPeriod.id),
    services.indicators.indicators()
  ]);
  const measureIds = new Set(measures.map((measure) => measure.id));
  return {
    planPeriod,
    departments,
    concepts,
    fieldsOfAction,
    goals,
    measures,
    indicators: indicators.filter((indicator) => indicator.measureId !== undefined && measureIds.has(indicator.measureId))
  };
}
