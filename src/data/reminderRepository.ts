import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { NewReminder, Reminder } from '../domain';
import { toServiceError } from '../http/serviceError';
import type { ServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { createKeyOf, writeByKey } from './sp/keyedCreate';
import type { KeyedWrite } from './sp/keyedCreate';
import { UserRepository } from './userRepository';
import { reminderCreation, reminderExpand, reminderSelect, toReminder } from './mapping/reminderMapping';

/** What became of one record: stored (also when found by its key after a lost answer), or why not. */
export type ReminderRecordOutcome =
  | { readonly ok: true; readonly reminder: Reminder }
  | { readonly ok: false; readonly departmentId: number; readonly error: ServiceError };

/**
 * Who reminded which department, when (list "Erinnerungen"). The list inherits the web's
 * permissions: the office records, departments only read (SharePoint answers their writes with
 * 403). Reads filter on the indexed ReportingYear column.
 */
export class ReminderRepository {
  private sender: Promise<{ readonly siteUserId: number; readonly displayName: string } | undefined> | undefined;

  public constructor(private readonly lists: SiteLists) {}

  /** Every reminder of a year's values, in no particular order. */
  public async remindersOf(year: number): Promise<Reminder[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists.list('Reminders').items.select(...reminderSelect).expand(...reminderExpand).filter(`ReportingYear eq ${Math.trunc(year)}`)
      );
      return rows.flatMap((row) => {
        const reminder = toReminder(row);
        return reminder ? [reminder] : [];
      });
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Records reminders, each by its CreateKey (click and department): a create whose answer was lost
   * is read back instead of stored twice. One outcome per reminder, in order.
   */
  public async record(reminders: readonly NewReminder[]): Promise<ReminderRecordOutcome[]> {
    if (reminders.length === 0) return [];
    const sender = await this.currentSender();
    const listUrl = this.lists.url('Reminders');
    const writes: KeyedWrite[] = reminders.map((reminder) => ({ kind: 'add', listUrl, fields: reminderCreation(reminder, sender?.siteUserId), key: createKeyOf('Reminders', reminder.createKey) }));
    const outcomes = await writeByKey(this.lists.spfi, writes);
    return outcomes.map((outcome): ReminderRecordOutcome => {
      const draft = reminders[outcome.index];
      if (!outcome.ok) {
        return { ok: false, departmentId: draft.departmentId, error: outcome.error };
      }
      const reminder: Reminder = {
        id: outcome.id,
        departmentId: draft.departmentId,
        year: draft.year,
        sentAt: draft.sentAt,
        missingCount: draft.missingCount,
        outcome: draft.outcome,
        ...(sender ? { sentBy: sender.displayName } : {})
      };
      return { ok: true, reminder };
    });
  }

  /** Who sends: the signed-in user, read once. A failed read leaves SentBy empty rather than losing the record; SharePoint keeps the author anyway. */
  private currentSender(): Promise<{ readonly siteUserId: number; readonly displayName: string } | undefined> {
    this.sender ??= new UserRepository(this.lists)
      .currentUser()
      .then((user) => ({ siteUserId: user.siteUserId, displayName: user.displayName }))
      .catch(() => {
        this.sender = undefined;
        return undefined;
      });
    return this.sender;
  }
}
