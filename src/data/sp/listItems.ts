import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/items';

/** SharePoint answers at most 5,000 items per page; larger pages are refused. */
export const maxPageSize = 5000;

export interface ReadAllOptions {
  readonly pageSize?: number;
  /** Stops a runaway read (e.g. a filter that no longer narrows) instead of paging forever. */
  readonly maxItems?: number;
  readonly onProgress?: (loaded: number) => void;
}

/**
 * Reads every item of a query page by page, following `odata.nextLink`. Pages are ordered
 * by ID (SharePoint's default), which stays below the list-view threshold on lists of any
 * size as long as filters only use indexed columns.
 */
export async function readAllItems<T>(items: IItems, options: ReadAllOptions = {}): Promise<T[]> {
  const pageSize = Math.min(options.pageSize ?? maxPageSize, maxPageSize);
  const maxItems = options.maxItems ?? 100_000;
  const result: T[] = [];
  for await (const page of items.top(pageSize)) {
    result.push(...(page as T[]));
    options.onProgress?.(result.length);
    if (result.length > maxItems) {
      throw new Error(`More than ${maxItems} items; the query must be narrowed.`);
    }
  }
  return result;
}
