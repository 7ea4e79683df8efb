import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { Indicator, IndicatorValue } from '../domain';
import { SiteLists } from './sp/siteLists';
import { readAllItems, ReadAllOptions } from './sp/listItems';
import { toServiceError } from './serviceError';
import { indicatorSelect, indicatorValueSelect, toIndicator, toIndicatorValue } from './mapping/indicatorMapping';

/** SharePoint takes at most 100 requests per `$batch`. */
const queriesPerBatch = 100;

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

  /**
   * The values of the given indicators from `fromYear` on, newest year first per indicator.
   * One query per indicator (an `or` over many lookups is what SharePoint's threshold rule
   * refuses on a large list), all in one `$batch` per hundred indicators.
   */
  public async recentValues(indicatorIds: readonly number[], fromYear: number): Promise<IndicatorValue[]> {
    const ids = [...new Set(indicatorIds)];
    const values: IndicatorValue[] = [];
    try {
      for (let offset = 0; offset < ids.length; offset += queriesPerBatch) {
        const [batchedSp, execute] = this.lists.spfi.batched({ maxRequests: queriesPerBatch });
        const list = batchedSp.web.getList(this.lists.url('IndicatorValues'));
        const pending = ids
          .slice(offset, offset + queriesPerBatch)
          .map((id) => list.items.select(...indicatorValueSelect).filter(`IndicatorId eq ${id} and ValueYear ge ${fromYear}`).top(100)<Array<Record<string, unknown>>>());
        await execute();
        for (const rows of await Promise.all(pending)) {
          values.push(...rows.map(toIndicatorValue));
        }
      }
    } catch (error) {
      throw await toServiceError(error);
    }
    return values.sort((a, b) => a.indicatorId - b.indicatorId || b.year - a.year);
  }
}
