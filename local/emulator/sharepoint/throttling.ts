import { spErrors } from './errors';
import { conjunctsOf, propertiesOf, type FilterNode, type PropertyRef } from './odata/filter';

/** SharePoint Online's list view threshold; not configurable there either. */
export const listViewThreshold = 5000;

export interface ThresholdQuery {
  readonly itemCount: number;
  readonly filter?: FilterNode;
  readonly orderBy: readonly PropertyRef[];
  isIndexed(ref: PropertyRef): boolean;
  /** How many items of the whole list match `node` (what the database would scan). */
  countMatching(node: FilterNode): number;
}

/**
 * Refuses queries on lists above the threshold the way SharePoint Online does: a query may only
 * touch non-indexed columns (in `$filter` or `$orderby`; ID is always indexed) when one of the
 * filter's top-level `and` conditions uses indexed columns alone and narrows the list to at most
 * 5,000 items. Paging by ID and filters on indexed columns keep working.
 */
export function enforceListViewThreshold(query: ThresholdQuery): void {
  if (query.itemCount <= listViewThreshold) {
    return;
  }
  const touched = [...(query.filter ? propertiesOf(query.filter) : []), ...query.orderBy];
  const allIndexed = touched.every((ref) => query.isIndexed(ref));
  if (!query.filter) {
    if (allIndexed) {
      return;
    }
    throw spErrors.throttled();
  }
  const narrowing = conjunctsOf(query.filter).some(
    (conjunct) => propertiesOf(conjunct).every((ref) => query.isIndexed(ref)) && query.countMatching(conjunct) <= listViewThreshold
  );
  if (!narrowing) {
    throw spErrors.throttled();
  }
}
