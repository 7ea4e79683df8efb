import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IndicatorRecord, MeasureRecord } from '../domain';
import type { ItemVersion } from '../domain/itemHistory';
import { toServiceError } from '../http/serviceError';
import { numberOr, optionalText, text } from './mapping/spValues';
import { readAllItems } from './sp/listItems';
import type { SiteLists } from './sp/siteLists';

/** Version reads run a few at a time: enough to be quick, few enough not to be throttled. */
const parallelVersionReads = 4;

/**
 * What the change section of a report needs beyond the repositories: when measures and indicators
 * were created, and the item versions of the measures changed since the last report. Versions are
 * read only for measures that existed before and were modified after it, one request each.
 */
export class ReportChangeReader {
  public constructor(private readonly lists: SiteLists) {}

  public async measureRecords(planPeriodId: number, since: string): Promise<MeasureRecord[]> {
    const sinceAt = Date.parse(since);
    try {
      // Read whole in ID order and filtered here, as CatalogueRepository.measures does (list-view threshold).
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists.list('Measures').items.select('Id', 'Title', 'MeasureNumber', 'PlanPeriodId', 'Created', 'Modified', 'FileSystemObjectType')
      );
      const ofPeriod = rows.filter((row) => row.FileSystemObjectType !== 1 && row.PlanPeriodId === planPeriodId);
      const records: MeasureRecord[] = ofPeriod.map((row) => ({
        id: numberOr(row.Id, 0),
        title: text(row.Title),
        ...(optionalText(row.MeasureNumber) ? { number: optionalText(row.MeasureNumber)! } : {}),
        created: text(row.Created)
      }));
      const changed = ofPeriod.filter((row) => Date.parse(text(row.Created)) <= sinceAt && Date.parse(text(row.Modified)) > sinceAt).map((row) => numberOr(row.Id, 0));
      const versions = await this.versionsOf(changed);
      return records.map((record) => (versions.has(record.id) ? { ...record, versions: versions.get(record.id)! } : record));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async indicatorRecords(): Promise<IndicatorRecord[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Indicators').items.select('Id', 'Title', 'Unit', 'Created'));
      return rows.map((row) => ({ id: numberOr(row.Id, 0), title: text(row.Title), ...(optionalText(row.Unit) ? { unit: optionalText(row.Unit)! } : {}), created: text(row.Created) }));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  private async versionsOf(ids: readonly number[]): Promise<Map<number, ItemVersion[]>> {
    const result = new Map<number, ItemVersion[]>();
    const queue = [...ids];
    const worker = async (): Promise<void> => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const rows = (await this.lists.list('Measures').items.getById(id).versions()) as Array<Record<string, unknown>>;
        result.set(
          id,
          rows.map((row) => ({ label: String(row.VersionLabel ?? ''), modified: String(row.Modified ?? row.Created ?? ''), editor: (row.Editor as { LookupValue?: string } | null)?.LookupValue ?? '', values: row }))
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallelVersionReads, ids.length) }, worker));
    return result;
  }
}
