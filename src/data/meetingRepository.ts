import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { MeetingKindChoices } from '../domain';
import type { MeetingChanges, MeetingKind, MeetingRecord, MeetingStore, NewMeetingRecord } from '../domain';
import { SiteLists } from './sp/siteLists';
import { DepartmentNumbers } from './sp/departmentNumbers';
import { readAllItems } from './sp/listItems';
import { createKeyOf, KeyedWrite, writeByKey } from './sp/keyedCreate';
import { ItemWrite, WriteOutcome, writeInBatches } from './sp/batchWriter';
import { ServiceError, toServiceError } from '../http/serviceError';
import { applyMeetingChanges, meetingChangeFields, meetingCreationFields, meetingFolderCreation, meetingSelect, meetingTimeFields, recordedAs, toMeetingRecord } from './mapping/meetingMapping';

/**
 * The Meetings list (Termine): one record per meeting the office books in Outlook, a department's
 * in its folder. Times are
 * wall-clock in Germany in the domain and UTC instants in SharePoint. The unique TransactionId
 * makes a repeated create fail instead of recording the same meeting twice.
 */
export class MeetingRepository implements MeetingStore {
  private readonly departmentFolders: DepartmentNumbers;

  public constructor(private readonly lists: SiteLists) {
    this.departmentFolders = new DepartmentNumbers(lists);
  }

  /** MeetingYear and MeetingKind are indexed, so the filter stays below the list-view threshold. */
  public async meetingsOf(year: number, kind?: MeetingKind): Promise<MeetingRecord[]> {
    const filter = `MeetingYear eq ${Math.trunc(year)}${kind ? ` and MeetingKind eq '${MeetingKindChoices.toLabel(kind)}'` : ''}`;
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Meetings').items.select(...meetingSelect).filter(filter));
      return rows.map(toMeetingRecord).sort((a, b) => a.start.localeCompare(b.start) || (a.id ?? 0) - (b.id ?? 0));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Creates the records in `$batch` requests, keyed by their transaction id: a record whose answer
   * was lost, or whose id is stored already (our own earlier send), is read back instead of
   * failing or being stored twice; any other refusal fails the call after all parts ran, naming
   * the first one. A department's meeting goes into the department's folder, where only the
   * office and that department read it (its agenda names the measures under negotiation); a
   * steering group meeting belongs to no department and stays in the list's root, which every
   * member reads, as the SteeringMeetings list with the same sessions is.
   */
  public async record(meetings: readonly NewMeetingRecord[]): Promise<MeetingRecord[]> {
    if (meetings.length === 0) {
      return [];
    }
    const unplaced = meetings.find((meeting) => meeting.departmentId === undefined && meeting.kind !== 'steeringGroup');
    if (unplaced) {
      // Stored in the root it would be readable by every department.
      throw new ServiceError(400, `The meeting "${unplaced.subject}" names no department, so it has no folder to be kept confidential in.`);
    }
    const listUrl = this.lists.url('Meetings');
    const numbers = meetings.some((meeting) => meeting.departmentId !== undefined) ? await this.departmentFolders.byId() : new Map<number, string>();
    const writes = meetings.map((meeting): KeyedWrite => {
      const key = createKeyOf('Meetings', meeting.transactionId);
      if (meeting.departmentId === undefined) {
        return { kind: 'add', listUrl, fields: meetingCreationFields(meeting), key };
      }
      const number = numbers.get(meeting.departmentId);
      if (number === undefined) {
        throw new ServiceError(400, `Department ${meeting.departmentId} does not exist.`);
      }
      return { kind: 'addToFolder', listUrl, folderPath: this.lists.folderPath('Meetings', number), formValues: meetingFolderCreation(meeting), key };
    });
    const outcomes: WriteOutcome[] = await writeByKey(this.lists.spfi, writes);
    await this.completeTimes(meetings, writes, outcomes);
    const records: Array<MeetingRecord | undefined> = meetings.map((meeting, index) => {
      const outcome = outcomes[index];
      if (!outcome?.ok) {
        return undefined;
      }
      return { ...recordedAs(meeting), id: outcome.id, ...(outcome.etag ? { etag: outcome.etag } : {}) };
    });
    const missing = records.map((record, index) => (record && record.etag ? undefined : index)).filter((index): index is number => index !== undefined && outcomes[index]?.ok === true);
    if (missing.length > 0) {
      const stored = await this.byTransactionIds(missing.map((index) => meetings[index].transactionId));
      for (const index of missing) {
        records[index] = stored.get(meetings[index].transactionId);
      }
    }
    const failedIndex = records.findIndex((record) => record === undefined);
    if (failedIndex >= 0) {
      const outcome = outcomes[failedIndex];
      throw outcome && !outcome.ok ? outcome.error : new ServiceError(0, `The meeting "${meetings[failedIndex].subject}" was not recorded.`);
    }
    return records as MeetingRecord[];
  }

  /**
   * Writes the times of the records created in a folder (also of one read back after a lost
   * answer, whose times may not have been written). A record whose times could not be written
   * counts as failed: it is stored, and recording it again with the same transaction id finds it
   * and writes its times.
   */
  private async completeTimes(meetings: readonly NewMeetingRecord[], writes: readonly KeyedWrite[], outcomes: WriteOutcome[]): Promise<void> {
    const created = outcomes.filter((outcome): outcome is Extract<WriteOutcome, { ok: true }> => outcome.ok && writes[outcome.index].kind === 'addToFolder');
    if (created.length === 0) {
      return;
    }
    const listUrl = this.lists.url('Meetings');
    // '*' on purpose: the item is the one this call created (or our own earlier send of it), and
    // the times are part of that create; there is no other version to lose.
    const timed = await writeInBatches(
      this.lists.spfi,
      created.map((outcome): ItemWrite => ({ kind: 'update', listUrl, id: outcome.id, etag: '*', fields: meetingTimeFields(meetings[outcome.index]) }))
    );
    timed.forEach((outcome, position) => {
      const index = created[position].index;
      outcomes[index] = outcome.ok ? { ...outcome, index } : { ok: false, index, error: outcome.error };
    });
  }

  /** Changes a record with If-Match on its ETag: a record changed meanwhile fails with 412, nothing is overwritten. */
  public async update(meeting: MeetingRecord, changes: MeetingChanges): Promise<MeetingRecord> {
    if (meeting.id === undefined || meeting.etag === undefined) {
      throw new ServiceError(428, `The meeting "${meeting.subject}" has no stored version to update against.`);
    }
    try {
      const result = (await this.lists.list('Meetings').items.getById(meeting.id).update(meetingChangeFields(changes), meeting.etag)) as { etag?: string };
      return applyMeetingChanges(meeting, changes, result.etag ?? undefined);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** TransactionId is unique and indexed; ten ids per filter keep the URL short. */
  private async byTransactionIds(ids: readonly string[]): Promise<Map<string, MeetingRecord>> {
    const found = new Map<string, MeetingRecord>();
    try {
      for (let offset = 0; offset < ids.length; offset += 10) {
        const filter = ids
          .slice(offset, offset + 10)
          .map((id) => `TransactionId eq '${id.replace(/'/g, "''")}'`)
          .join(' or ');
        const rows = (await this.lists.list('Meetings').items.select(...meetingSelect).filter(filter)()) as Array<Record<string, unknown>>;
        rows.map(toMeetingRecord).forEach((record) => found.set(record.transactionId, record));
      }
    } catch (error) {
      throw await toServiceError(error);
    }
    return found;
  }

}
