import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ReportingYear } from '../domain';
import { isIsoDay, todayInCouncil } from '../domain';
import { wallClockToUtc } from '../domain/wallClockTime';
import { SiteLists } from './sp/siteLists';
import { createByKey, createKeyOf } from './sp/keyedCreate';
import { readAllItems } from './sp/listItems';
import { ServiceError, toServiceError } from '../http/serviceError';
import { reportingYearExpand, reportingYearFields, reportingYearSelect, toReportingYear } from './mapping/reportingYearMapping';
import { YearFolders } from './yearFolders';
import type { FolderSwitch } from './departmentSubfolders';
import { YearOpeningPlan, YearOpeningProgress, YearOpeningRepository, YearOpeningResult } from './yearOpeningRepository';

export type { YearOpeningPlan, YearOpeningProgress, YearOpeningResult } from './yearOpeningRepository';

/** What happened to the year folders when a lock or unlock could not be finished. */
export type YearFolderSwitch = FolderSwitch;

/**
 * A lock or unlock that switched only some year folders. A lock writes its flag only after every
 * folder is read-only, so `saved` is absent and the year still shows open; an unlock writes its
 * flag first (a year shown open whose folders are still read-only breaks no promise), so `saved`
 * is the unlocked year. Repeating the lock, or opening the year again after an unlock, finishes it.
 */
export class YearLockIncompleteError extends ServiceError {
  public constructor(
    public readonly year: number,
    public readonly action: 'lock' | 'unlock',
    public readonly folders: YearFolderSwitch,
    public readonly saved?: ReportingYear
  ) {
    const first = folders.failed[0]?.error;
    super(first?.status ?? 0, `${folders.failed.length} of ${folders.failed.length + folders.switched.length} year folders of ${year} could not be switched: ${folders.failed.map((failure) => `${failure.department} (${failure.error.status} ${failure.error.serviceMessage})`).join(', ')}`, first?.code);
    this.name = 'YearLockIncompleteError';
  }
}

/**
 * Locked reporting years (Berichtsjahre). The list inherits the web's permissions, so only the
 * office can lock or unlock; a department's attempt comes back from SharePoint as a 403.
 * One item per year: the unique ReportingYear column refuses a second one. The flag is what the
 * UI shows; what a department can do is decided by its year folder's permissions, which a lock
 * switches to Read and an unlock back to "IP Werte eintragen".
 */
export class ReportingYearRepository {
  private readonly folders: YearFolders;

  public constructor(private readonly lists: SiteLists) {
    this.folders = new YearFolders(lists);
  }

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

  /**
   * Opens a reporting year (the office's command): the year folders of every department and an
   * empty value item per owed indicator; safe to repeat (see YearOpeningRepository).
   */
  public open(plan: YearOpeningPlan, onProgress?: (progress: YearOpeningProgress) => void): Promise<YearOpeningResult> {
    return new YearOpeningRepository(this.lists).open(plan, onProgress);
  }

  /**
   * Sets the deadline (Abgabefrist, `YYYY-MM-DD`) of `year`, as the office does when it opens the
   * year: creates the year's item where it has none (keyed by the unique year, so a lost answer is
   * read back instead of creating a second), else changes it over the version read (If-Match), so
   * a lock or another deadline saved meanwhile is not overwritten (412). Only the office may: the
   * list inherits the web, and a department's attempt is refused by SharePoint with 403.
   */
  public async setDeadline(year: number, deadline: string, now: Date = new Date()): Promise<ReportingYear> {
    if (!isIsoDay(deadline)) {
      throw new ServiceError(400, `„${deadline}“ ist kein gültiges Datum für die Abgabefrist.`);
    }
    if (deadline < todayInCouncil(now)) {
      throw new ServiceError(400, `Die Abgabefrist ${deadline} liegt in der Vergangenheit; bitte ein späteres Datum wählen.`);
    }
    const items = this.lists.list('ReportingYears').items;
    const fields = { Deadline: wallClockToUtc(`${deadline}T00:00`) };
    let id: number;
    try {
      const existing = await this.yearOf(year);
      if (existing?.id) {
        if (!existing.etag) {
          throw new ServiceError(412, `Die Version des Berichtsjahres ${year} ist unbekannt; bitte neu laden.`);
        }
        await items.getById(existing.id).update(fields, existing.etag);
        id = existing.id;
      } else {
        const created = await createByKey(this.lists.list('ReportingYears'), createKeyOf('ReportingYears', Math.trunc(year)), async () => {
          const added = (await items.add({ Title: String(year), ReportingYear: Math.trunc(year), IsLocked: false, ...fields })) as { Id?: number; id?: number };
          return { id: Number(added.Id ?? added.id) };
        });
        id = created.id;
      }
      return toReportingYear(await items.getById(id).select(...reportingYearSelect).expand(...reportingYearExpand)());
    } catch (error) {
      const serviceError = await toServiceError(error);
      throw serviceError.code?.includes('SPDuplicateValuesFoundException') ? new ServiceError(409, serviceError.serviceMessage, serviceError.code) : serviceError;
    }
  }

  /**
   * Locks `year` as the signed-in user (`siteUserId`); answers the year as stored now. Every
   * department's year folder becomes read-only first, then the flag is written: a failure leaves
   * the year shown open (true for the folders not switched) and a repeat finishes it.
   */
  public async lock(year: number, siteUserId: number, now: Date = new Date()): Promise<ReportingYear> {
    const folders = await this.folders.switchAll(year, 'locked');
    if (folders.failed.length > 0) {
      throw new YearLockIncompleteError(year, 'lock', folders);
    }
    return this.setLocked(year, true, siteUserId, now);
  }

  /** Unlocks `year`: the flag first, then the folders back to "IP Werte eintragen" (see `YearLockIncompleteError`). */
  public async unlock(year: number, siteUserId: number, now: Date = new Date()): Promise<ReportingYear> {
    const saved = await this.setLocked(year, false, siteUserId, now);
    const folders = await this.folders.switchAll(year, 'open');
    if (folders.failed.length > 0) {
      throw new YearLockIncompleteError(year, 'unlock', folders, saved);
    }
    return saved;
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
