import type { Indicator, IndicatorValue } from '../../domain';
import type { ProductServices } from '../services';

/** How many past years the panel shows: enough to see a trend, short enough to read at a glance. */
export const recentYears = 4;

export interface MeasureIndicatorValues {
  readonly indicators: readonly Indicator[];
  readonly values: readonly IndicatorValue[];
}

/** The indicators of a measure with their recent values: two requests whatever the number of indicators. */
export async function loadMeasureIndicators(services: Pick<ProductServices, 'indicators'>, measureId: number, currentYear: number): Promise<MeasureIndicatorValues> {
  const indicators = await services.indicators.indicatorsOfMeasure(measureId);
  const values = indicators.length > 0 ? await services.indicators.recentValues(indicators.map((indicator) => indicator.id), currentYear - recentYears) : [];
  return { indicators, values };
}
