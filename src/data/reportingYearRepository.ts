import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ReportingYear } from '../domain';
import { SiteLists } from './sp/siteLists';
import { createByKey, createKeyOf } from './sp/keyedCreate';
import { readAllItems } from './sp/listItems';
import { ServiceError, toServiceError } from '../http/serviceError';
import { reportingYearExpand, reportingYearFields, reportingYearSelect, toReportingYear } from './mapping/reportingYearMapping';

/**
 * Locked reporting years (Berichtsjahre). The list inherits the web's permissions, so only the
 * office can lock or unlock; a department's attempt comes back from SharePoint as a 403.
 * One item per year: the unique ReportingYear column refuses a second one.
 */
export class ReportingYearRepository {
  public constructor(private readonly lists: SiteLists) {}

  /** Every year that was ever locked (and perhaps unlocked again), by year. */
  public async years(): Promise<ReportingYear[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists
          .list('ReportingYears')
          .items.select(...reportingYearSelect)
          .expand(...reportingYearExpand)
      );
      return rows.map(toReportingYear).sort((a, b) => a.year - b.year);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async yearOf(year: number): Promise<ReportingYear | undefined> {
    try {
      const rows = (await this.lists
        .list('ReportingYears')
        .items.select(...reportingYearSelect)
        .expand(...reportingYearExpand)
        .filter(`ReportingYear eq ${Math.trunc(year)}`)
        .top(1)()) as Array<Record<string, unknown>>;
      return rows.length > 0 ? toReportingYear(rows[0]) : undefined;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Locks `year` as the signed-in user (`siteUserId`); answers the year as stored now. */
  public lock(year: number, siteUserId: number, now: Date = new Date()): Promise<ReportingYear> {
    return this.setLocked(year, true, siteUserId, now);
  }

  public unlock(year: number, siteUserId: number, now: Date = new Date()): Promise<ReportingYear> {
    return this.setLocked(year, false, siteUserId, now);
  }

  /**
   * Writes the lock state. A year's item is created on its first lock; a concurrent first lock
   * by someone else hits the unique column and is answered as a 409 conflict.
   */
  private async setLocked(year: number, isLocked: boolean, siteUserId: number, now: Date): Promise<ReportingYear> {
    const items = this.lists.list('ReportingYears').items;
    const existing = await this.yearOf(year);
    const fields = reportingYearFields(year, isLocked, siteUserId, now);
    let id: number;
    try {
      if (existing?.id) {
        // The lock is a switch, not an edit of content: the last decision wins.
        await items.getById(existing.id).update(fields, '*');
        id = existing.id;
      } else {
        // A lost answer is read back by the year; someone else's first lock meanwhile is a 409.
        const created = await createByKey(this.lists.list('ReportingYears'), createKeyOf('ReportingYears', Math.trunc(year)), async () => {
          const added = (await items.add(fields)) as { Id?: number; id?: number };
          return { id: Number(added.Id ?? added.id) };
        });
        id = created.id;
      }
    } catch (error) {
      const serviceError = await toServiceError(error);
      throw serviceError.code?.includes('SPDuplicateValuesFoundException') ? new ServiceError(409, serviceError.serviceMessage, serviceError.code) : serviceError;
    }
    try {
      return toReportingYear(await items.getById(id).select(...reportingYearSelect).expand(...reportingYearExpand)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
