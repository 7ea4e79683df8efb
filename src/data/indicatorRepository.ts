import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Indicator, IndicatorValue } from '../domain';
import { SiteLists } from './sp/siteLists';
import { readAllItems, ReadAllOptions } from './sp/listItems';
import { toServiceError } from '../http/serviceError';
import { indicatorSelect, toIndicator } from './mapping/indicatorMapping';
import { readIndicatorValues } from './indicatorValueQueries';

/**
 * Indicators (Kennzahlen) and their yearly values. Indicators are few (a handful per measure)
 * and read whole; values grow every year and are only ever read for chosen indicators,
 * filtered on the indexed Indicator lookup.
 */
export class IndicatorRepository {
  public constructor(private readonly lists: SiteLists) {}

  /** All indicators of all periods, page by page in ID order. */
  public async indicators(options: ReadAllOptions = {}): Promise<Indicator[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Indicators').items.select(...indicatorSelect), options);
      return rows.map(toIndicator);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async indicatorsOfMeasure(measureId: number): Promise<Indicator[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Indicators').items.select(...indicatorSelect).filter(`MeasureId eq ${measureId}`));
      return rows.map(toIndicator);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** The values of the given indicators from `fromYear` on, newest year first per indicator, in one `$batch` per hundred indicators. */
  public async recentValues(indicatorIds: readonly number[], fromYear: number): Promise<IndicatorValue[]> {
    const values = await readIndicatorValues(this.lists, indicatorIds, fromYear);
    return values.sort((a, b) => a.indicatorId - b.indicatorId || b.year - a.year);
  }
}
