import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { listSpec, type Language, type ListName } from '../domain';
import { itemHistory, type HistoryEntry, type ItemVersion } from '../domain/itemHistory';
import { toServiceError } from '../http/serviceError';
import type { SiteLists } from './sp/siteLists';

/** Reads the history of list items from SharePoint's item versions. */
export class ItemHistoryReader {
  public constructor(private readonly lists: SiteLists) {}

  /** Newest change first; a 404 (item gone or not visible to the user) comes back as a ServiceError. */
  public async history(list: ListName, id: number, language: Language): Promise<HistoryEntry[]> {
    const spec = listSpec(list);
    if (!spec) {
      throw new Error(`Unknown list ${list}`);
    }
    let rows: Array<Record<string, unknown>>;
    try {
      // Versions have no $expand: lookups and persons come as {LookupId, LookupValue} objects.
      rows = await this.lists.list(list).items.getById(id).versions();
    } catch (error) {
      throw await toServiceError(error);
    }
    return itemHistory(spec, rows.map(toItemVersion), language);
  }
}

function toItemVersion(row: Record<string, unknown>): ItemVersion {
  const editor = row.Editor as { LookupValue?: string } | null | undefined;
  return {
    label: String(row.VersionLabel ?? ''),
    modified: String(row.Modified ?? row.Created ?? ''),
    editor: editor?.LookupValue ?? '',
    values: row
  };
}
