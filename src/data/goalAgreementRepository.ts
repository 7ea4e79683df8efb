import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { agreementKey, agreementProblems, carryOver, meetingOfDepartment, reviewAgreement } from '../domain';
import type { AchievementAssessment, AgreementItem, AgreementWithItems, FieldProblem, GoalAgreement, Meeting, MeetingStore } from '../domain';
import { wallClockToUtc } from '../domain/wallClockTime';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { versionUnknown, WriteOutcome } from './sp/batchWriter';
import { createKeyOf, isLostAnswer, KeyedWrite, newCreateKey, writeByKey } from './sp/keyedCreate';
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
  createdItem,
  updatedItem,
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

/** One part of an agreement save, as the form names it. */
export type AgreementPart =
  | { readonly kind: 'notes' }
  | { readonly kind: 'status' }
  | { readonly kind: 'item'; readonly change: 'add' | 'change' | 'remove' | 'assess'; readonly measureId: number; readonly title: string }
  | { readonly kind: 'nextDraft'; readonly year: number };

/**
 * A save that took effect only in part. SharePoint has no transaction over several items, and
 * taking back what was written can itself fail halfway, so nothing is taken back: `saved` and
 * `notSaved` say which parts took effect, and `stored` is the agreement as it is now (read again;
 * where that read failed too, as our own writes answered, `isReloaded` false), with the versions
 * our own writes answered, so the next save of it is no conflict with ourselves.
 */
export class AgreementPartlySaved extends Error {
  public constructor(
    public readonly stored: AgreementWithItems,
    public readonly saved: readonly AgreementPart[],
    public readonly notSaved: ReadonlyArray<{ readonly part: AgreementPart; readonly error: ServiceError }>,
    public readonly isReloaded: boolean
  ) {
    super(`Saved in part: ${notSaved.length} of ${saved.length + notSaved.length} changes failed (${notSaved[0]?.error.message ?? ''}).`);
    this.name = 'AgreementPartlySaved';
  }
}

type Row = Record<string, unknown>;

type Failed = Extract<WriteOutcome, { ok: false }>;
type Succeeded = Extract<WriteOutcome, { ok: true }>;

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
   * Creates the draft of a department and year in the department's folder, with its items and
   * notes. A second draft for the same department and year is refused with a 409 conflict. When
   * some items could not be created, the draft stays as far as it got (it is the user's, to be
   * completed by the next save) and `AgreementPartlySaved` says which.
   */
  public async createDraft(
    departmentId: number,
    year: number,
    items: readonly AgreementItemInput[] = [],
    options: { readonly previousAgreementId?: number; readonly notes?: string } = {}
  ): Promise<AgreementWithItems> {
    const department = (await this.departments()).get(departmentId);
    if (!department) {
      throw new ServiceError(400, `Department ${departmentId} does not exist.`);
    }
    const listUrl = this.lists.url('GoalAgreements');
    const title = `Zielvereinbarung FB ${department.number} ${department.name} ${year}`.replace(/\s+/g, ' ');
    const notes = options.notes?.trim();
    const [created] = await writeByKey(this.lists.spfi, [
      {
        kind: 'addToFolder',
        listUrl,
        folderPath: this.lists.folderPath('GoalAgreements', department.number),
        formValues: agreementCreation({ title, departmentId, year, ...(options.previousAgreementId !== undefined ? { previousAgreementId: options.previousAgreementId } : {}), ...(notes ? { notes } : {}) }),
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
    const writes = items.map((item) => ({ write: this.itemCreation(created.id, department.number, item), part: itemPart('add', item) }));
    const outcomes = await writeByKey(this.lists.spfi, writes.map(({ write }) => write));
    const local = (): AgreementWithItems => ({
      agreement: { id: created.id, title, departmentId, year, status: 'draft', ...(notes ? { notes } : {}), ...(options.previousAgreementId !== undefined ? { previousAgreementId: options.previousAgreementId } : {}) },
      items: outcomes.filter(isSucceeded).map((outcome) => createdItem(created.id, outcome.id, items[outcome.index], outcome.etag))
    });
    return this.settle(departmentId, year, [...(notes ? [{ kind: 'notes' } as const] : []), ...writes.map(({ part }) => part)], outcomes, local);
  }

  /**
   * Saves notes and items (added, changed, removed). The agreement is written first with If-Match
   * on the ETag the user saw: if someone changed it meanwhile, that fails with 412 (`isConflict`)
   * before any item is touched. Its new ETag then makes any other save based on the old state
   * fail. Items are changed against their own ETags; removed ones go to the recycle bin. When some
   * item writes fail, the others stay written and `AgreementPartlySaved` says which.
   */
  public async save(current: AgreementWithItems, changes: { notes?: string; items: readonly AgreementItemInput[] }): Promise<AgreementWithItems> {
    const agreement = storedVersion(current.agreement);
    const notes = changes.notes === undefined ? (agreement.notes ?? '') : changes.notes;
    const etag = await this.updateAgreement(agreement, { AgreementNotes: notes || null });
    const number = await this.departmentNumber(agreement.departmentId);
    const itemsUrl = this.lists.url('AgreementItems');
    const storedById = new Map(current.items.filter((item) => item.id !== undefined).map((item) => [item.id!, item]));
    const keptIds = new Set(changes.items.map((item) => item.id).filter((id): id is number => id !== undefined));
    const planned: Array<{ write: KeyedWrite; part: AgreementPart; input?: AgreementItemInput; stored?: AgreementItem }> = [];
    for (const item of changes.items) {
      const stored = item.id === undefined ? undefined : storedById.get(item.id);
      if (!stored) {
        planned.push({ write: this.itemCreation(agreement.id, number, item), part: itemPart('add', item), input: item });
      } else if (isItemChanged(stored, item)) {
        planned.push({ write: { kind: 'update', listUrl: itemsUrl, id: stored.id!, etag: stored.etag, fields: agreementItemUpdateFields(item) }, part: itemPart('change', item), input: item, stored });
      }
    }
    for (const [id, stored] of storedById) {
      if (!keptIds.has(id)) {
        planned.push({ write: { kind: 'recycle', listUrl: itemsUrl, id }, part: itemPart('remove', stored), stored });
      }
    }
    const outcomes = planned.length === 0 ? [] : await writeByKey(this.lists.spfi, planned.map(({ write }) => write));
    const local = (): AgreementWithItems => {
      const byIndex = new Map(outcomes.map((outcome) => [outcome.index, outcome]));
      const touched = new Map(planned.flatMap(({ stored }, index) => (stored?.id !== undefined ? [[stored.id, index] as const] : [])));
      const items: AgreementItem[] = [];
      for (const item of current.items) {
        const index = item.id === undefined ? undefined : touched.get(item.id);
        const outcome = index === undefined ? undefined : byIndex.get(index);
        if (index === undefined || !outcome || !outcome.ok) {
          items.push(item);
        } else if (planned[index].write.kind === 'update') {
          items.push(updatedItem(item, planned[index].input!, outcome.etag));
        }
      }
      planned.forEach(({ write, input }, index) => {
        const outcome = byIndex.get(index);
        if (write.kind === 'addToFolder' && outcome?.ok) {
          items.push(createdItem(agreement.id, outcome.id, input!, outcome.etag));
        }
      });
      const written: GoalAgreement = { ...agreement, notes: notes || undefined, etag };
      return { agreement: withoutUndefined(written), items };
    };
    const parts = [...((agreement.notes ?? '') !== notes ? [{ kind: 'notes' } as const] : []), ...planned.map(({ part }) => part)];
    const isApplied = (index: number, now: AgreementWithItems): boolean => {
      const { write, input, stored } = planned[index];
      const item = stored && now.items.find((candidate) => candidate.id === stored.id);
      return write.kind === 'recycle' ? item === undefined : write.kind === 'update' && item !== undefined && !isItemChanged(item, input!);
    };
    return this.settle(agreement.departmentId, agreement.year, parts, outcomes, local, isApplied);
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
   * What could not be written is named in `AgreementPartlySaved`, with the state as it is now.
   */
  public async review(current: AgreementWithItems, assessments: readonly AchievementAssessment[], reviewDate: string): Promise<{ reviewed: AgreementWithItems; next: AgreementWithItems }> {
    const result = reviewAgreement(current, assessments, reviewDate);
    if (!result.reviewed) {
      throw new AgreementProblems(result.problems);
    }
    const reviewedResult = result.reviewed;
    const agreement = storedVersion(current.agreement);
    const etag = await this.updateAgreement(agreement, statusFields('reviewed', reviewedResult.agreement.reviewedOn));
    const itemsUrl = this.lists.url('AgreementItems');
    const assessed = reviewedResult.items.filter((item) => item.id !== undefined);
    const outcomes = await writeByKey(
      this.lists.spfi,
      assessed.map((item): KeyedWrite => ({ kind: 'update', listUrl: itemsUrl, id: item.id!, etag: item.etag, fields: achievementFields(item) }))
    );
    const local = (): AgreementWithItems => ({
      agreement: { ...reviewedResult.agreement, ...(etag ? { etag } : {}) },
      items: reviewedResult.items.map((item) => {
        const index = assessed.indexOf(item);
        const outcome = outcomes[index];
        if (index < 0 || !outcome) {
          return item;
        }
        const original = current.items.find((candidate) => candidate.id === item.id) ?? item;
        return outcome.ok ? { ...item, ...(outcome.etag ? { etag: outcome.etag } : {}) } : original;
      })
    });
    const parts: AgreementPart[] = [{ kind: 'status' }, ...assessed.map((item) => itemPart('assess', item))];
    const isAssessed = (index: number, now: AgreementWithItems): boolean => {
      const item = now.items.find((candidate) => candidate.id === assessed[index].id);
      return item !== undefined && item.achievement === assessed[index].achievement && item.achievementReason === assessed[index].achievementReason;
    };
    const reviewed = await this.settle(agreement.departmentId, agreement.year, parts, outcomes, local, isAssessed);

    const nextYear = agreement.year + 1;
    try {
      return { reviewed, next: await this.openNextDraft(reviewed, agreement.id) };
    } catch (error) {
      // The review itself is stored; only the draft of next year is missing (or incomplete).
      const failure = error instanceof AgreementPartlySaved ? error.notSaved[0].error : error instanceof AgreementProblems ? new ServiceError(400, error.message) : await toServiceError(error);
      throw new AgreementPartlySaved(reviewed, parts, [{ part: { kind: 'nextDraft', year: nextYear }, error: failure }], true);
    }
  }

  /** Next year's draft with the measures the review left unfinished: created, or completed when it exists. */
  private async openNextDraft(reviewed: AgreementWithItems, reviewedId: number): Promise<AgreementWithItems> {
    const { departmentId, year } = reviewed.agreement;
    const planned = carryOver({ agreement: { ...reviewed.agreement, status: 'reviewed' }, items: reviewed.items }, year + 1);
    const carried = planned.items.map(itemInputOf);
    const existing = await this.load(departmentId, year + 1);
    if (!existing) {
      return this.createDraft(departmentId, year + 1, carried, { previousAgreementId: reviewedId });
    }
    const present = new Set(existing.items.map((item) => item.measureId));
    const missing = carried.filter((item) => !present.has(item.measureId));
    if (existing.agreement.status !== 'draft' || missing.length === 0) {
      return existing;
    }
    return this.save(existing, { items: [...existing.items.map(itemInputOf), ...missing] });
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

  /**
   * Changes the text of a comment, against the version it was read in. The list's item-level
   * write security (WriteSecurity 2) lets only its author and the office change it: anyone else
   * gets SharePoint's 403.
   */
  public async updateComment(comment: AgreementComment, text: string): Promise<AgreementComment> {
    const trimmed = text.trim();
    if (trimmed === '') {
      throw new ServiceError(400, 'A comment needs a text.');
    }
    if (!comment.etag) {
      throw versionUnknown(`Comment ${comment.id}`);
    }
    const item = this.lists.list('AgreementComments').items.getById(comment.id);
    try {
      await item.update({ CommentText: trimmed }, comment.etag);
      return toAgreementComment(await item.select(...agreementCommentSelect).expand(...agreementCommentExpand)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Moves a comment to the recycle bin; as with changes, only its author and the office may. */
  public async removeComment(comment: AgreementComment): Promise<void> {
    try {
      await this.lists.list('AgreementComments').items.getById(comment.id).recycle();
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

  /** Writes the agreement with If-Match on the version the user saw; answers the new version. */
  private async updateAgreement(agreement: StoredAgreement, fields: Record<string, unknown>): Promise<string | undefined> {
    try {
      const result = (await this.lists.list('GoalAgreements').items.getById(agreement.id).update(fields, agreement.etag)) as { etag?: string } | undefined;
      return result?.etag ?? undefined;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * After the item writes of a save: all went through → the agreement as stored now; some failed
   * → `AgreementPartlySaved` naming them. `parts` are the save's parts: those written before the
   * items (and so saved), then one per item outcome. `local` is the state as our own writes
   * answered, used when reading it again fails; `isApplied` tells from the stored state whether
   * a write whose answer was lost took effect.
   */
  private async settle(
    departmentId: number,
    year: number,
    parts: readonly AgreementPart[],
    outcomes: readonly WriteOutcome[],
    local: () => AgreementWithItems,
    isApplied: (index: number, stored: AgreementWithItems) => boolean = () => false
  ): Promise<AgreementWithItems> {
    let stored: AgreementWithItems | undefined;
    try {
      stored = await this.load(departmentId, year);
    } catch {
      stored = undefined;
    }
    // A write whose answer was lost may have taken effect: what is stored now decides.
    const failed = outcomes.filter((outcome): outcome is Failed => !outcome.ok && !(stored && isLostAnswer(outcome.error) && isApplied(outcome.index, stored)));
    if (failed.length === 0) {
      // Everything is written; a failed read of it changes nothing about that.
      return stored ?? local();
    }
    const failedIndexes = new Set(failed.map((outcome) => outcome.index));
    const itemParts = parts.slice(parts.length - outcomes.length);
    throw new AgreementPartlySaved(
      stored ?? local(),
      [...parts.slice(0, parts.length - outcomes.length), ...itemParts.filter((_, index) => !failedIndexes.has(index))],
      failed.map((outcome) => ({ part: itemParts[outcome.index], error: outcome.error })),
      stored !== undefined
    );
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

function isSucceeded(outcome: WriteOutcome): outcome is Succeeded {
  return outcome.ok;
}

function itemPart(change: 'add' | 'change' | 'remove' | 'assess', item: { readonly measureId: number; readonly title: string }): AgreementPart {
  return { kind: 'item', change, measureId: item.measureId, title: item.title };
}

/** Drops properties set to `undefined`, so a cleared optional field reads as a missing one, as the mapping does. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
