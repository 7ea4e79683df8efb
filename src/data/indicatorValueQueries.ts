import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IndicatorValue, PreparedValue } from '../domain';
import { SiteLists } from './sp/siteLists';
import { Repeatable } from './sp/resilientFetch';
import { readAllItems } from './sp/listItems';
import { toServiceError } from '../http/serviceError';
import { indicatorValueSelect, toStoredIndicatorValue } from './mapping/indicatorValueMapping';

/** SharePoint takes at most 100 requests per `$batch`. */
const queriesPerBatch = 100;

/**
 * The reported values of the given indicators from year `from` (up to `to`, if given), in no
 * particular order; items prepared by the office and still empty are not values.
 */
export async function readIndicatorValues(lists: SiteLists, indicatorIds: readonly number[], from: number, to?: number): Promise<IndicatorValue[]> {
  return (await readIndicatorValueItems(lists, indicatorIds, from, to)).values;
}

export interface IndicatorValueItems {
  readonly values: IndicatorValue[];
  /** Items the office prepared that nobody has filled in yet. */
  readonly prepared: PreparedValue[];
}

/**
 * Every item of the given indicators from year `from` (up to `to`), values and prepared ones apart.
 * One query per indicator on the indexed Indicator lookup (an `or` over many lookups is what
 * SharePoint's threshold rule refuses on a large list), a hundred queries per `$batch`.
 */
export async function readIndicatorValueItems(lists: SiteLists, indicatorIds: readonly number[], from: number, to?: number): Promise<IndicatorValueItems> {
  const ids = [...new Set(indicatorIds)];
  const years = to === undefined ? `ValueYear ge ${from}` : `ValueYear ge ${from} and ValueYear le ${to}`;
  // One value per indicator and year: a page of 100 holds a century, or the whole asked range.
  const top = Math.max(100, to === undefined ? 0 : to - from + 1);
  const values: IndicatorValue[] = [];
  const prepared: PreparedValue[] = [];
  const listUrl = lists.url('IndicatorValues');
  try {
    for (let offset = 0; offset < ids.length; offset += queriesPerBatch) {
      // Only reads inside: the $batch POST may be repeated after a 503, 504 or a lost connection.
      const [batchedSp, execute] = spfi(lists.spfi).using(Repeatable()).batched({ maxRequests: queriesPerBatch });
      const list = batchedSp.web.getList(lists.url('IndicatorValues'));
      const pending = ids
        .slice(offset, offset + queriesPerBatch)
        .map((id) => list.items.select(...indicatorValueSelect).filter(`IndicatorId eq ${id} and ${years}`).top(top)<Array<Record<string, unknown>>>());
      await execute();
      for (const rows of await Promise.all(pending)) {
        collectItems(rows, listUrl, values, prepared);
      }
    }
  } catch (error) {
    throw await toServiceError(error);
  }
  return { values, prepared };
}

/**
 * Every item (values and prepared ones) of one department and year: what a department's submit
 * fills in. One paged query on the indexed ValueYear and Department columns, not a `$batch`: a
 * sheet is one department's year, a few hundred items at most.
 */
export async function readDepartmentYearItems(lists: SiteLists, departmentId: number, year: number): Promise<IndicatorValueItems> {
  const listUrl = lists.url('IndicatorValues');
  const values: IndicatorValue[] = [];
  const prepared: PreparedValue[] = [];
  try {
    const rows = await readAllItems<Record<string, unknown>>(
      lists
        .list('IndicatorValues')
        .items.select(...indicatorValueSelect)
        .filter(`ValueYear eq ${Math.trunc(year)} and DepartmentId eq ${Math.trunc(departmentId)}`)
    );
    collectItems(rows, listUrl, values, prepared);
  } catch (error) {
    throw await toServiceError(error);
  }
  return { values, prepared };
}

/** Sorts read rows into reported values and prepared (still empty) items. */
function collectItems(rows: ReadonlyArray<Record<string, unknown>>, listUrl: string, values: IndicatorValue[], prepared: PreparedValue[]): void {
  for (const stored of rows.map((row) => toStoredIndicatorValue(row, listUrl))) {
    if (stored.kind === 'value') {
      values.push(stored.value);
    } else {
      prepared.push(stored.prepared);
    }
  }
}
