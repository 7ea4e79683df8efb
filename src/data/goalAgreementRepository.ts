import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { agreementKey, agreementProblems, carryOver, meetingOfDepartment, reviewAgreement } from '../domain';
import type { AchievementAssessment, AgreementWithItems, FieldProblem, GoalAgreement, Meeting, MeetingStore } from '../domain';
import { wallClockToUtc } from '../domain/wallClockTime';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { WriteOutcome, writeInBatches } from './sp/batchWriter';
import { createKeyOf, KeyedWrite, newCreateKey, writeByKey } from './sp/keyedCreate';
import { ServiceError, toServiceError } from '../http/serviceError';
import {
  achievementFields,
  agreementCommentCreation,
  agreementCommentExpand,
  agreementCommentSelect,
  agreementCreation,
  agreementItemCreation,
  agreementItemSelect,
  agreementItemUpdateFields,
  agreementSelect,
  AgreementComment,
  AgreementItemInput,
  isItemChanged,
  itemInputOf,
  statusFields,
  toAgreementComment,
  toAgreementItem,
  toGoalAgreement
} from './mapping/goalAgreementMapping';
import { MeetingRepository } from './meetingRepository';

export type { AgreementComment, AgreementItemInput } from './mapping/goalAgreementMapping';

/** The agreement cannot be agreed or reviewed as it is; `problems` say what to fix. */
export class AgreementProblems extends Error {
  public constructor(public readonly problems: readonly FieldProblem[]) {
    super(problems.map((problem) => problem.message).join(', '));
    this.name = 'AgreementProblems';
  }
}

type Row = Record<string, unknown>;

/**
 * Goal agreements (Zielvereinbarungen) with their agreed measures and the departments' comments.
 * All three lists hold one folder per department: the department reads its agreements and
 * writes comments there, and sees nothing of the others; the office writes everything. The
 * agreement's ETag guards every save of it and its items, and the unique AgreementKey allows
 * one agreement per department and year.
 */
export class GoalAgreementRepository {
  private departmentNumbers: Promise<Map<number, { number: string; name: string }>> | undefined;

  /**
   * `meetings`: the Meetings list, where each agreement's meeting is recorded.
   */
  public constructor(
    private readonly lists: SiteLists,
    private readonly meetings: MeetingStore = new MeetingRepository(lists)
  ) {}

  /** The agreements of a year the user may see (the office all, a department its own), with their meetings. */
  public async agreementsOf(year: number): Promise<GoalAgreement[]> {
    try {
      const [rows, meetings] = await Promise.all([
        readAllItems<Row>(this.lists.list('GoalAgreements').items.select(...agreementSelect).filter(`AgreementYear eq ${Math.trunc(year)}`)),
        this.agreementMeetings(year)
      ]);
      return rows.map((row) => toGoalAgreement(row, meetings.get(Number(row.DepartmentId)))).sort((a, b) => a.departmentId - b.departmentId);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** The agreement of a department and year with its items; `undefined` when there is none (or the user may not see it). */
  public async load(departmentId: number, year: number): Promise<AgreementWithItems | undefined> {
    try {
      const rows = (await this.lists
        .list('GoalAgreements')
        .items.select(...agreementSelect)
        .filter(`AgreementKey eq '${agreementKey(departmentId, year)}'`)
        .top(1)()) as Row[];
      if (rows.length === 0) {
        return undefined;
      }
      const [items, meetings] = await Promise.all([this.itemsOf(Number(rows[0].Id)), this.agreementMeetings(year)]);
      return { agreement: toGoalAgreement(rows[0], meetings.get(departmentId)), items };
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Creates the draft of a department and year in the department's folder, with its items.
   * A second draft for the same department and year is refused with a 409 conflict.
   */
  public async createDraft(departmentId: number, year: number, items: readonly AgreementItemInput[] = [], previousAgreementId?: number): Promise<AgreementWithItems> {
    const department = (await this.departments()).get(departmentId);
    if (!department) {
      throw new ServiceError(400, `Department ${departmentId} does not exist.`);
    }
    const listUrl = this.lists.url('GoalAgreements');
    const title = `Zielvereinbarung FB ${department.number} ${department.name} ${year}`.replace(/\s+/g, ' ');
    const [created] = await writeByKey(this.lists.spfi, [
      {
        kind: 'addToFolder',
        listUrl,
        folderPath: this.lists.folderPath('GoalAgreements', department.number),
        formValues: agreementCreation({ title, departmentId, year, ...(previousAgreementId !== undefined ? { previousAgreementId } : {}) }),
        key: createKeyOf('GoalAgreements', agreementKey(departmentId, year))
      }
    ]);
    if (!created.ok) {
      // The unique key refused it: someone else's agreement for the year, told apart from other failures.
      if (!created.error.isAccessDenied && (await this.exists(departmentId, year))) {
        throw agreementExists(department.number, year);
      }
      throw created.error;
    }
    const outcomes = await writeByKey(this.lists.spfi, items.map((item) => this.itemCreation(created.id, department.number, item)));
    const failed = outcomes.find((outcome): outcome is Extract<WriteOutcome, { ok: false }> => !outcome.ok);
    if (failed) {
      // Half a draft would block the next attempt through the unique key: take it back.
      await writeInBatches(this.lists.spfi, [
        ...outcomes
          .filter((outcome): outcome is Extract<WriteOutcome, { ok: true }> => outcome.ok)
          .map((outcome): KeyedWrite => ({ kind: 'delete', listUrl: this.lists.url('AgreementItems'), id: outcome.id })),
        { kind: 'delete', listUrl, id: created.id }
      ]);
      throw failed.error;
    }
    return this.reload(departmentId, year);
  }

  /**
   * Saves notes and items (added, changed, removed). The agreement is written first with If-Match
   * on the ETag the user saw: if someone changed it meanwhile, that fails with 412 (`isConflict`)
   * before any item is touched. Its new ETag then makes any other save based on the old state fail.
   */
  public async save(current: AgreementWithItems, changes: { notes?: string; items: readonly AgreementItemInput[] }): Promise<AgreementWithItems> {
    const agreement = storedVersion(current.agreement);
    await this.updateAgreement(agreement, { AgreementNotes: changes.notes === undefined ? (agreement.notes ?? null) : changes.notes || null });
    const number = await this.departmentNumber(agreement.departmentId);
    const itemsUrl = this.lists.url('AgreementItems');
    const storedById = new Map(current.items.filter((item) => item.id !== undefined).map((item) => [item.id!, item]));
    const keptIds = new Set(changes.items.map((item) => item.id).filter((id): id is number => id !== undefined));
    const writes: KeyedWrite[] = [];
    for (const item of changes.items) {
      const stored = item.id === undefined ? undefined : storedById.get(item.id);
      if (!stored) {
        writes.push(this.itemCreation(agreement.id, number, item));
      } else if (isItemChanged(stored, item)) {
        writes.push({ kind: 'update', listUrl: itemsUrl, id: stored.id!, fields: agreementItemUpdateFields(item) });
      }
    }
    for (const id of storedById.keys()) {
      if (!keptIds.has(id)) {
        writes.push({ kind: 'delete', listUrl: itemsUrl, id });
      }
    }
    await this.writeAll(writes);
    return this.reload(agreement.departmentId, agreement.year);
  }

  /** Concludes a draft in the meeting: at least one measure, each with a target. */
  public async agree(current: AgreementWithItems): Promise<AgreementWithItems> {
    const problems = agreementProblems(current);
    if (problems.length > 0) {
      throw new AgreementProblems(problems);
    }
    const agreement = storedVersion(current.agreement);
    await this.updateAgreement(agreement, statusFields('agreed'));
    return this.reload(agreement.departmentId, agreement.year);
  }

  /**
   * Records the achievement of every agreed measure and starts next year's draft with the
   * unfinished ones. If that draft exists already, the carried measures it lacks are added to it.
   */
  public async review(current: AgreementWithItems, assessments: readonly AchievementAssessment[], reviewDate: string): Promise<{ reviewed: AgreementWithItems; next: AgreementWithItems }> {
    const result = reviewAgreement(current, assessments, reviewDate);
    if (!result.reviewed) {
      throw new AgreementProblems(result.problems);
    }
    const agreement = storedVersion(current.agreement);
    await this.updateAgreement(agreement, statusFields('reviewed', result.reviewed.agreement.reviewedOn));
    const itemsUrl = this.lists.url('AgreementItems');
    await this.writeAll(result.reviewed.items.filter((item) => item.id !== undefined).map((item): KeyedWrite => ({ kind: 'update', listUrl: itemsUrl, id: item.id!, fields: achievementFields(item) })));
    const reviewed = await this.reload(agreement.departmentId, agreement.year);

    const planned = carryOver({ agreement: { ...reviewed.agreement, status: 'reviewed' }, items: reviewed.items }, agreement.year + 1);
    const carried = planned.items.map(itemInputOf);
    const existing = await this.load(agreement.departmentId, agreement.year + 1);
    if (!existing) {
      return { reviewed, next: await this.createDraft(agreement.departmentId, agreement.year + 1, carried, agreement.id) };
    }
    const present = new Set(existing.items.map((item) => item.measureId));
    const missing = carried.filter((item) => !present.has(item.measureId));
    if (existing.agreement.status !== 'draft' || missing.length === 0) {
      return { reviewed, next: existing };
    }
    return { reviewed, next: await this.save(existing, { items: [...existing.items.map(itemInputOf), ...missing] }) };
  }

  /** The comments on an agreement, oldest first. */
  public async comments(agreementId: number): Promise<AgreementComment[]> {
    try {
      const rows = await readAllItems<Row>(
        this.lists
          .list('AgreementComments')
          .items.select(...agreementCommentSelect)
          .expand(...agreementCommentExpand)
          .filter(`AgreementId eq ${Math.trunc(agreementId)}`)
      );
      return rows.map(toAgreementComment).sort((a, b) => a.created.localeCompare(b.created) || a.id - b.id);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Adds a comment in the agreement's department folder, where only that department (and the office) may write. */
  public async addComment(agreement: GoalAgreement, text: string): Promise<AgreementComment> {
    const trimmed = text.trim();
    if (agreement.id === undefined || trimmed === '') {
      throw new ServiceError(400, 'A comment needs a stored agreement and a text.');
    }
    const number = await this.departmentNumber(agreement.departmentId);
    const key = newCreateKey();
    const [outcome] = await writeByKey(this.lists.spfi, [
      {
        kind: 'addToFolder',
        listUrl: this.lists.url('AgreementComments'),
        folderPath: this.lists.folderPath('AgreementComments', number),
        formValues: agreementCommentCreation({ id: agreement.id, title: agreement.title }, trimmed, key),
        key: createKeyOf('AgreementComments', key)
      }
    ]);
    if (!outcome.ok) {
      throw outcome.error;
    }
    try {
      return toAgreementComment(await this.lists.list('AgreementComments').items.getById(outcome.id).select(...agreementCommentSelect).expand(...agreementCommentExpand)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  private itemCreation(agreementId: number, departmentNumber: string, item: AgreementItemInput): KeyedWrite {
    const key = newCreateKey();
    return {
      kind: 'addToFolder',
      listUrl: this.lists.url('AgreementItems'),
      folderPath: this.lists.folderPath('AgreementItems', departmentNumber),
      formValues: agreementItemCreation(agreementId, item, key),
      key: createKeyOf('AgreementItems', key)
    };
  }

  private async itemsOf(agreementId: number): Promise<ReturnType<typeof toAgreementItem>[]> {
    const rows = await readAllItems<Row>(this.lists.list('AgreementItems').items.select(...agreementItemSelect).filter(`AgreementId eq ${agreementId}`));
    return rows.map(toAgreementItem).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  }

  /** Department id → its agreement meeting of the year, the one that counts (see meetingOfDepartment). */
  private async agreementMeetings(year: number): Promise<Map<number, Meeting>> {
    const records = (await this.meetings.meetingsOf(year, 'agreement')).filter((record) => record.start !== '');
    const byDepartment = new Map<number, Meeting>();
    for (const departmentId of new Set(records.map((record) => record.departmentId))) {
      const record = departmentId === undefined ? undefined : meetingOfDepartment(records, departmentId);
      if (record) {
        byDepartment.set(departmentId!, { start: wallClockToUtc(record.start), end: wallClockToUtc(record.end), ...(record.eventId ? { eventId: record.eventId } : {}) });
      }
    }
    return byDepartment;
  }

  private async updateAgreement(agreement: StoredAgreement, fields: Record<string, unknown>): Promise<void> {
    try {
      await this.lists.list('GoalAgreements').items.getById(agreement.id).update(fields, agreement.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Runs item writes in batches; the first refusal fails the save (the agreement's new ETag already guards against stale edits). */
  private async writeAll(writes: readonly KeyedWrite[]): Promise<void> {
    if (writes.length === 0) {
      return;
    }
    const failed = (await writeByKey(this.lists.spfi, writes)).find((outcome): outcome is Extract<WriteOutcome, { ok: false }> => !outcome.ok);
    if (failed) {
      throw failed.error;
    }
  }

  private async reload(departmentId: number, year: number): Promise<AgreementWithItems> {
    const loaded = await this.load(departmentId, year);
    if (!loaded) {
      throw new ServiceError(404, `The agreement ${agreementKey(departmentId, year)} is no longer there.`);
    }
    return loaded;
  }

  private async exists(departmentId: number, year: number): Promise<boolean> {
    try {
      const rows = (await this.lists.list('GoalAgreements').items.select('Id').filter(`AgreementKey eq '${agreementKey(departmentId, year)}'`).top(1)()) as Row[];
      return rows.length > 0;
    } catch {
      return false;
    }
  }

  private async departmentNumber(departmentId: number): Promise<string> {
    const department = (await this.departments()).get(departmentId);
    if (!department) {
      throw new ServiceError(400, `Department ${departmentId} does not exist.`);
    }
    return department.number;
  }

  private departments(): Promise<Map<number, { number: string; name: string }>> {
    if (!this.departmentNumbers) {
      this.departmentNumbers = readAllItems<Row>(this.lists.list('Departments').items.select('Id', 'Title', 'DepartmentNumber'))
        .then((rows) => new Map(rows.map((row) => [Number(row.Id), { number: String(row.DepartmentNumber ?? ''), name: String(row.Title ?? '') }])))
        .catch(async (error: unknown) => {
          this.departmentNumbers = undefined;
          throw await toServiceError(error);
        });
    }
    return this.departmentNumbers;
  }
}

interface StoredAgreement extends GoalAgreement {
  readonly id: number;
  readonly etag: string;
}

function storedVersion(agreement: GoalAgreement): StoredAgreement {
  if (agreement.id === undefined || agreement.etag === undefined) {
    // Without the version the user saw, a save could overwrite someone else's changes.
    throw new ServiceError(428, `The agreement "${agreement.title}" has no stored version to save against.`);
  }
  return agreement as StoredAgreement;
}

/** 409 (`isConflict`): the department has an agreement for the year already. */
function agreementExists(departmentNumber: string, year: number): ServiceError {
  return new ServiceError(409, `FB ${departmentNumber} already has a goal agreement for ${year}.`, 'AgreementExists');
}
