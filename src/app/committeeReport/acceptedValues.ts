import type { IndicatorValue } from '../../domain';
import type { ProductServices } from '../services';

/** The values that count in a report: those the office accepted in its review. */
export interface AcceptedValuesReader {
  acceptedValues(years: readonly number[]): Promise<IndicatorValue[]>;
}

/**
 * The source of accepted values for the reports. The office's review of values (list
 * "Wertprüfungen", `valueReviewRepository.acceptedValues`) is built beside this workflow; until it
 * is composed into the services, no value carries a review, so none is accepted and the report
 * says how many are waiting. Switch this one function when the review's reader is available.
 */
export function acceptedValuesOf(services: Pick<ProductServices, 'indicatorValues'>): AcceptedValuesReader {
  void services;
  return { acceptedValues: async () => [] };
}
