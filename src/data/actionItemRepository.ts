import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { actionItemProblems } from '../domain';
import type { ActionItem, NewActionItem } from '../domain';
import { ServiceError, toServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { createByKey, createKeyOf } from './sp/keyedCreate';
import { versionUnknown } from './sp/batchWriter';
import { actionItemCreationFields, actionItemDoneFields, actionItemSelect, toActionItem } from './mapping/actionItemMapping';

/**
 * Action items of the sessions (Arbeitsaufträge). Like the sessions, the list inherits the web's
 * permissions: the office records them and marks them done, departments read them, and
 * SharePoint refuses anyone else's write (403).
 */
export class ActionItemRepository {
  public constructor(private readonly lists: SiteLists) {}

  /** The action items of one session (Session is an indexed lookup). */
  public async itemsOfSession(sessionId: number): Promise<ActionItem[]> {
    return this.read(`SessionId eq ${Math.trunc(sessionId)}`);
  }

  /**
   * The action items not done yet, of every session. IsDone is not indexed, so the list is read
   * page by page in ID order (safe beyond the list-view threshold) and filtered here; a city's
   * action items stay in the hundreds.
   */
  public async openItems(): Promise<ActionItem[]> {
    return (await this.read()).filter((item) => !item.isDone);
  }

  public async item(id: number): Promise<ActionItem> {
    try {
      return toActionItem(await this.lists.list('ActionItems').items.getById(id).select(...actionItemSelect)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Records an action item. Its CreateKey is set before the first send, so a create whose answer
   * was lost is read back instead of recorded twice. An item without department or description
   * is refused before anything is sent.
   */
  public async record(item: NewActionItem): Promise<ActionItem> {
    const problems = actionItemProblems(item);
    if (problems.length > 0) {
      throw new ServiceError(400, `Arbeitsauftrag unvollständig (${problems.join(', ')}): bitte Fachbereich und Beschreibung angeben, das Fälligkeitsdatum als Datum.`, 'ActionItemInvalid');
    }
    const list = this.lists.list('ActionItems');
    let id: number;
    try {
      const created = await createByKey(list, createKeyOf('ActionItems', item.createKey), async () => {
        const added = (await list.items.add(actionItemCreationFields(item))) as { Id?: number; id?: number };
        return { id: Number(added.Id ?? added.id) };
      });
      id = created.id;
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.item(id);
  }

  /**
   * Marks an item done on `day` (or open again) if nobody changed it since `item.etag` was read:
   * a change meanwhile fails with 412 and nothing is overwritten; without a version (428) nothing is sent.
   */
  public async markDone(item: Pick<ActionItem, 'id' | 'etag'>, isDone: boolean, day: string): Promise<ActionItem> {
    if (!item.etag || item.etag === '*') {
      throw versionUnknown(`Arbeitsauftrag ${item.id}`);
    }
    try {
      await this.lists.list('ActionItems').items.getById(item.id).update(actionItemDoneFields(isDone, day), item.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.item(item.id);
  }

  private async read(filter?: string): Promise<ActionItem[]> {
    try {
      const items = this.lists.list('ActionItems').items.select(...actionItemSelect);
      const rows = await readAllItems<Record<string, unknown>>(filter ? items.filter(filter) : items);
      return rows.map(toActionItem);
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
