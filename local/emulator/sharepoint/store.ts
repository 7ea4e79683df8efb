import type { DurableState } from '../core/types';
import type { Journal } from '../core/journal';
import type { ListDefinition } from './model';
import { applyAttachmentOp, attachmentKey, type AttachmentOp } from './attachmentStore';

export type ItemKind = 'item' | 'folder' | 'file';

export interface StoredItem {
  readonly id: number;
  readonly guid: string;
  readonly kind: ItemKind;
  /** Folder path below the list's root folder: '' for the root, '50' or 'a/b' for folders. */
  readonly folder: string;
  /** FileLeafRef: the folder or file name, `<id>_.000` for plain items. */
  readonly name: string;
  /** Column values by internal name; lookups and persons as ids (number, number[] or null). */
  readonly values: Readonly<Record<string, unknown>>;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
  /** File names of the item's attachments (AttachmentFiles), in the order they were added. */
  readonly attachments?: readonly string[];
}

type ListOp =
  | { readonly kind: 'create'; readonly list: string; readonly item: StoredItem; readonly content?: string }
  | {
      readonly kind: 'update';
      readonly list: string;
      readonly id: number;
      readonly values: Record<string, unknown>;
      readonly modified: string;
      readonly editorId: number;
      readonly content?: string;
    }
  | { readonly kind: 'delete'; readonly list: string; readonly id: number }

  | AttachmentOp;

interface ListState {
  readonly items: Map<number, StoredItem>;
  readonly content: Map<number, Buffer>;
  /** Attachment contents by `<item id>/<lower-case file name>`. */
  readonly attachmentContent: Map<string, Buffer>;
  /** Every version of each item, oldest first (all solution lists have VersioningEnabled="TRUE"). */
  readonly versions: Map<number, StoredItem[]>;
  /** Per unique column: lower-cased value → ids holding it. */
  readonly unique: Map<string, Map<string, Set<number>>>;
  lastId: number;
}

export const listsNamespace = 'sharepoint.lists';

function uniqueKey(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') {
    return undefined;
  }
  return String(value).toLocaleLowerCase('de');
}

/** Items, folders and files of every list, in ID order; durable through the journal. */
export class ListStore implements DurableState {
  public readonly namespace = listsNamespace;
  private state = new Map<string, ListState>();
  private readonly byUrl = new Map<string, ListDefinition>();

  public constructor(private readonly journal: Journal, public readonly lists: readonly ListDefinition[]) {
    for (const list of lists) {
      this.byUrl.set(list.url.toLowerCase(), list);
    }
    this.reset();
    journal.register(this);
  }

  public reset(): void {
    this.state = new Map();
    for (const list of this.lists) {
      const unique = new Map<string, Map<string, Set<number>>>();
      for (const field of list.fields) {
        if (field.enforceUniqueValues) {
          unique.set(field.internalName, new Map());
        }
      }
      this.state.set(list.url.toLowerCase(), { items: new Map(), content: new Map(), attachmentContent: new Map(), versions: new Map(), unique, lastId: 0 });
    }
  }

  public apply(raw: unknown): void {
    const op = raw as ListOp;
    const state = this.state.get(String(op?.list).toLowerCase());
    if (!state) {
      throw new Error(`Unknown list in journal entry: ${JSON.stringify(raw).slice(0, 200)}`);
    }
    switch (op.kind) {
      case 'create':
        state.items.set(op.item.id, op.item);
        state.versions.set(op.item.id, [op.item]);
        state.lastId = Math.max(state.lastId, op.item.id);
        this.index(state, op.item, true);
        if (op.content !== undefined) {
          state.content.set(op.item.id, Buffer.from(op.content, 'base64'));
        }
        return;
      case 'update': {
        const existing = state.items.get(op.id);
        if (!existing) {
          throw new Error(`Journal updates the missing item ${op.list}/${op.id}.`);
        }
        this.index(state, existing, false);
        const updated: StoredItem = {
          ...existing,
          values: { ...existing.values, ...op.values },
          version: existing.version + 1,
          modified: op.modified,
          editorId: op.editorId
        };
        state.items.set(op.id, updated);
        state.versions.get(op.id)?.push(updated);
        this.index(state, updated, true);
        if (op.content !== undefined) {
          state.content.set(op.id, Buffer.from(op.content, 'base64'));
        }
        return;
      }
      case 'delete': {
        const existing = state.items.get(op.id);
        if (!existing) {
          return;
        }
        const removed = [existing];
        if (existing.kind === 'folder') {
          const prefix = existing.folder === '' ? existing.name : `${existing.folder}/${existing.name}`;
          for (const item of state.items.values()) {
            if (item.folder === prefix || item.folder.startsWith(`${prefix}/`)) {
              removed.push(item);
            }
          }
        }
        for (const item of removed) {
          this.index(state, item, false);
          state.items.delete(item.id);
          state.content.delete(item.id);
          state.versions.delete(item.id);
          for (const name of item.attachments ?? []) {
            state.attachmentContent.delete(attachmentKey(item.id, name));
          }
        }
        return;
      }
      case 'attach':
      case 'detach':
        applyAttachmentOp(state.items, state.versions, state.attachmentContent, op);
        return;
      default:
        throw new Error(`Unknown ${listsNamespace} journal entry.`);
    }
  }

  public list(url: string): ListDefinition | undefined {
    return this.byUrl.get(url.replace(/^\/+|\/+$/g, '').toLowerCase());
  }

  public items(list: ListDefinition): IterableIterator<StoredItem> {
    return this.stateOf(list).items.values();
  }

  public item(list: ListDefinition, id: number): StoredItem | undefined {
    return this.stateOf(list).items.get(id);
  }

  /** The item's versions, oldest first; the last one is the current item. */
  public versions(list: ListDefinition, id: number): readonly StoredItem[] {
    return this.stateOf(list).versions.get(id) ?? [];
  }

  public itemCount(list: ListDefinition): number {
    return this.stateOf(list).items.size;
  }

  public content(list: ListDefinition, id: number): Buffer | undefined {
    return this.stateOf(list).content.get(id);
  }

  /** The stored name of an item's attachment (names compare case-insensitively), if it has one by that name. */
  public attachmentName(list: ListDefinition, item: StoredItem, name: string): string | undefined {
    return (item.attachments ?? []).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  }

  public attachmentContent(list: ListDefinition, id: number, name: string): Buffer | undefined {
    return this.stateOf(list).attachmentContent.get(attachmentKey(id, name));
  }

  /** Adds the attachment `name` to an item, or replaces its content; the item gets a new version. */
  public attach(list: ListDefinition, id: number, change: { name: string; content: Buffer; modified: string; editorId: number }): StoredItem {
    this.journal.record(this.namespace, { kind: 'attach', list: list.url, id, name: change.name, content: change.content.toString('base64'), modified: change.modified, editorId: change.editorId } satisfies ListOp);
    return this.item(list, id)!;
  }

  public detach(list: ListDefinition, id: number, change: { name: string; modified: string; editorId: number }): StoredItem {
    this.journal.record(this.namespace, { kind: 'detach', list: list.url, id, name: change.name, modified: change.modified, editorId: change.editorId } satisfies ListOp);
    return this.item(list, id)!;
  }

  /** The next ID: IDs are never reused, also after deletes (as in SharePoint). */
  public nextId(list: ListDefinition): number {
    return this.stateOf(list).lastId + 1;
  }

  /** The folder item at `path` below the root ('50', 'a/b'); undefined for the root or when missing. */
  public folder(list: ListDefinition, path: string): StoredItem | undefined {
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (clean === '') {
      return undefined;
    }
    const slash = clean.lastIndexOf('/');
    const parent = slash < 0 ? '' : clean.slice(0, slash);
    const name = slash < 0 ? clean : clean.slice(slash + 1);
    for (const item of this.stateOf(list).items.values()) {
      if (item.kind === 'folder' && item.folder.toLowerCase() === parent.toLowerCase() && item.name.toLowerCase() === name.toLowerCase()) {
        return item;
      }
    }
    return undefined;
  }

  /** The file named `name` in folder `folder`, if any. */
  public file(list: ListDefinition, folder: string, name: string): StoredItem | undefined {
    for (const item of this.stateOf(list).items.values()) {
      if (item.kind === 'file' && item.folder.toLowerCase() === folder.toLowerCase() && item.name.toLowerCase() === name.toLowerCase()) {
        return item;
      }
    }
    return undefined;
  }

  /** Whether another item already holds `value` in the unique column `field`. */
  public holdsValue(list: ListDefinition, field: string, value: unknown, exceptId?: number): boolean {
    const key = uniqueKey(value);
    const ids = key === undefined ? undefined : this.stateOf(list).unique.get(field)?.get(key);
    return ids !== undefined && [...ids].some((id) => id !== exceptId);
  }

  public create(list: ListDefinition, item: StoredItem, content?: Buffer): StoredItem {
    this.journal.record(this.namespace, { kind: 'create', list: list.url, item, content: content?.toString('base64') } satisfies ListOp);
    return this.item(list, item.id)!;
  }

  public update(list: ListDefinition, id: number, change: { values: Record<string, unknown>; modified: string; editorId: number; content?: Buffer }): StoredItem {
    this.journal.record(this.namespace, {
      kind: 'update',
      list: list.url,
      id,
      values: change.values,
      modified: change.modified,
      editorId: change.editorId,
      content: change.content?.toString('base64')
    } satisfies ListOp);
    return this.item(list, id)!;
  }

  public delete(list: ListDefinition, id: number): void {
    this.journal.record(this.namespace, { kind: 'delete', list: list.url, id } satisfies ListOp);
  }

  private stateOf(list: ListDefinition): ListState {
    const state = this.state.get(list.url.toLowerCase());
    if (!state) {
      throw new Error(`Unknown list '${list.url}'.`);
    }
    return state;
  }

  private index(state: ListState, item: StoredItem, add: boolean): void {
    for (const [field, values] of state.unique) {
      const key = uniqueKey(item.values[field]);
      if (key === undefined) {
        continue;
      }
      let ids = values.get(key);
      if (add) {
        if (!ids) {
          ids = new Set();
          values.set(key, ids);
        }
        ids.add(item.id);
      } else if (ids) {
        ids.delete(item.id);
        if (ids.size === 0) {
          values.delete(key);
        }
      }
    }
  }
}
