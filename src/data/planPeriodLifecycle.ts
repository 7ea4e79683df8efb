import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { PlanPeriod } from '../domain';
import { PlanPeriodStatusChoices, isIsoDay } from '../domain';
import { wallClockToUtc } from '../domain/wallClockTime';
import { ServiceError, toServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { versionUnknown } from './sp/batchWriter';
import { planPeriodExpand, planPeriodSelect, toPlanPeriod } from './mapping/catalogueMapping';
import type { FolderProgress, FolderSwitch } from './departmentSubfolders';
import { PeriodFolders, PeriodFoldersResult } from './periodFolders';

/**
 * A close or reopen that switched only some departments' period folders. A close writes its
 * status only after every folder is read-only, so `saved` is absent and the period still shows
 * adopted; a reopen writes its status first (a period shown open whose folders are still read-only
 * breaks no promise), so `saved` is the reopened period. Closing again, or reopening again,
 * finishes it.
 */
export class PlanPeriodLockIncompleteError extends ServiceError {
  public constructor(
    public readonly period: Pick<PlanPeriod, 'id' | 'title'>,
    public readonly action: 'close' | 'reopen',
    public readonly folders: FolderSwitch,
    public readonly saved?: PlanPeriod
  ) {
    const first = folders.failed[0]?.error;
    super(
      first?.status ?? 0,
      `${folders.failed.length} of ${folders.failed.length + folders.switched.length} period folders of ${period.title} could not be switched: ${folders.failed.map((failure) => `${failure.department} (${failure.error.status} ${failure.error.serviceMessage})`).join(', ')}`,
      first?.code
    );
    this.name = 'PlanPeriodLockIncompleteError';
  }
}

export interface PlanPeriodChangeOptions {
  /** Written as the moment of the close or reopening; now when absent. */
  readonly now?: Date;
  /** How many departments' folders have been switched. */
  readonly onProgress?: (progress: FolderProgress) => void;
}

/** Why a close or reopen was refused before anything was written. */
export type PlanPeriodRefusal = 'notAdopted' | 'notClosed' | 'reasonRequired' | 'notDraft' | 'adoptionRequired';

export class PlanPeriodRefusedError extends ServiceError {
  public constructor(public readonly refusal: PlanPeriodRefusal) {
    super(refusal === 'reasonRequired' || refusal === 'adoptionRequired' ? 400 : 409, refusalMessages[refusal], `PlanPeriod.${refusal}`);
    this.name = 'PlanPeriodRefusedError';
  }
}

const refusalMessages: Readonly<Record<PlanPeriodRefusal, string>> = {
  notAdopted: 'Only an adopted plan period can be closed; adopt it first.',
  notClosed: 'Only a closed plan period can be reopened.',
  reasonRequired: 'A reopening needs a reason.',
  notDraft: 'Only a draft plan period can be adopted.',
  adoptionRequired: 'An adoption needs the date of the council decision and the council paper number.'
};

/** The council's decision that adopts a draft: its day (`YYYY-MM-DD`) and the paper (Drucksache). */
export interface PlanPeriodAdoption {
  readonly adoptionDate: string;
  readonly paperNumber: string;
}

/**
 * Closing and reopening a plan period (the office's commands). The PlanPeriods list inherits the
 * web's permissions and the period folders give the office alone full control, so a department's
 * attempt comes back from SharePoint as a 403. What a closed period means is decided by its folders
 * (Read for the departments), the status is what the UI shows and is written with If-Match, so two
 * people closing and reopening at once do not overwrite each other's record.
 */
export class PlanPeriodLifecycle {
  private readonly folders: PeriodFolders;

  public constructor(private readonly lists: SiteLists) {
    this.folders = new PeriodFolders(lists);
  }

  public async period(id: number): Promise<PlanPeriod> {
    try {
      return toPlanPeriod(await this.lists.list('PlanPeriods').items.getById(id).select(...planPeriodSelect).expand(...planPeriodExpand)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Makes sure every department has its folder of the period, with the period's permissions (safe to repeat). */
  public async ensureFolders(period: Pick<PlanPeriod, 'updateNumber' | 'status'>, departments?: readonly string[]): Promise<PeriodFoldersResult> {
    return this.folders.ensure(period, departments);
  }

  /**
   * Records the council's adoption of a draft: status adopted, the day of the decision and the
   * paper number, written with If-Match. Both are checked before anything is written. The period's
   * folders already let departments edit (a draft and an adopted period are alike there).
   */
  public async adopt(period: Pick<PlanPeriod, 'id' | 'etag'>, adoption: PlanPeriodAdoption): Promise<PlanPeriod> {
    const day = adoption.adoptionDate.trim();
    const paperNumber = adoption.paperNumber.trim();
    // A day that does not exist (31 April) is refused rather than rolled over.
    if (!isIsoDay(day) || paperNumber === '') {
      throw new PlanPeriodRefusedError('adoptionRequired');
    }
    const stored = await this.period(period.id);
    if (stored.status !== 'draft') {
      throw new PlanPeriodRefusedError('notDraft');
    }
    return this.write(period, { PeriodStatus: PlanPeriodStatusChoices.toLabel('adopted'), AdoptionDate: wallClockToUtc(`${day}T00:00`), PaperNumber: paperNumber });
  }

  /**
   * Closes the period as the signed-in user (`siteUserId`): every department's period folder
   * becomes read-only first, then status, ClosedAt and ClosedBy are written. A failure leaves the
   * period adopted (true for the folders not switched) and closing again finishes it.
   */
  public async close(period: Pick<PlanPeriod, 'id' | 'etag'>, siteUserId: number, { now = new Date(), onProgress }: PlanPeriodChangeOptions = {}): Promise<PlanPeriod> {
    const stored = await this.period(period.id);
    if (stored.status === 'draft') {
      throw new PlanPeriodRefusedError('notAdopted');
    }
    // Checked before the folders switch: a stale close would leave read-only folders under a period shown adopted.
    if (period.etag && period.etag !== '*' && stored.etag !== undefined && stored.etag !== period.etag) {
      throw new ServiceError(412, 'The plan period was changed by someone else meanwhile; reload it and close it again.', 'PlanPeriod.changed');
    }
    const folders = await this.folders.switchAll(stored.updateNumber, 'closed', onProgress);
    if (folders.failed.length > 0) {
      throw new PlanPeriodLockIncompleteError(stored, 'close', folders);
    }
    if (stored.status === 'closed') {
      // Someone closed it meanwhile: the folders are right now, and their record stays.
      return stored;
    }
    return this.write(period, { PeriodStatus: PlanPeriodStatusChoices.toLabel('closed'), ClosedAt: now.toISOString(), ClosedById: siteUserId });
  }

  /**
   * Reopens a closed period, deliberately and recorded: the status back to adopted with who, when
   * and why first, then the folders back to "IP Bearbeiten ohne Löschen". The reason is checked
   * before anything is written.
   */
  public async reopen(period: Pick<PlanPeriod, 'id' | 'etag'>, reason: string, siteUserId: number, { now = new Date(), onProgress }: PlanPeriodChangeOptions = {}): Promise<PlanPeriod> {
    const why = reason.trim();
    if (why === '') {
      throw new PlanPeriodRefusedError('reasonRequired');
    }
    const stored = await this.period(period.id);
    let saved = stored;
    if (stored.status === 'closed') {
      saved = await this.write(period, { PeriodStatus: PlanPeriodStatusChoices.toLabel('adopted'), ReopenedAt: now.toISOString(), ReopenedById: siteUserId, ReopenReason: why });
    } else if (stored.reopenedAt === undefined) {
      throw new PlanPeriodRefusedError('notClosed');
    }
    // A period already reopened whose folders were not all switched back: this repeat finishes them.
    const folders = await this.folders.switchAll(saved.updateNumber, saved.status, onProgress);
    if (folders.failed.length > 0) {
      throw new PlanPeriodLockIncompleteError(saved, 'reopen', folders, saved);
    }
    return saved;
  }

  private async write(period: Pick<PlanPeriod, 'id' | 'etag'>, fields: Record<string, unknown>): Promise<PlanPeriod> {
    if (!period.etag || period.etag === '*') {
      throw versionUnknown(`Plan period ${period.id}`);
    }
    try {
      await this.lists.list('PlanPeriods').items.getById(period.id).update(fields, period.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.period(period.id);
  }
}
