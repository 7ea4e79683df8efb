import type { IndicatorValue } from '../../domain';

/**
 * The values that count in a report: those the office accepted in its review, in their current
 * version (`ValueReviewRepository.acceptedValues`). Narrow, so tests and the bench can hand in their own.
 */
export interface AcceptedValuesReader {
  acceptedValues(years: readonly number[]): Promise<IndicatorValue[]>;
}
