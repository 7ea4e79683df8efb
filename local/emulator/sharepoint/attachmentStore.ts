import type { StoredItem } from './store';

/** Adds or replaces an attachment, or removes one; either way the item gets a new version, as in SharePoint. */
export type AttachmentOp =
  | { readonly kind: 'attach'; readonly list: string; readonly id: number; readonly name: string; readonly content: string; readonly modified: string; readonly editorId: number }
  | { readonly kind: 'detach'; readonly list: string; readonly id: number; readonly name: string; readonly modified: string; readonly editorId: number };

/** Attachment contents are kept by `<item id>/<lower-case file name>`: names compare case-insensitively. */
export function attachmentKey(id: number, name: string): string {
  return `${id}/${name.toLowerCase()}`;
}

/** Applies a journalled attachment change to a list's items, versions and attachment contents. */
export function applyAttachmentOp(items: Map<number, StoredItem>, versions: Map<number, StoredItem[]>, contents: Map<string, Buffer>, op: AttachmentOp): void {
  const existing = items.get(op.id);
  if (!existing) {
    throw new Error(`Journal changes attachments of the missing item ${op.list}/${op.id}.`);
  }
  const names = existing.attachments ?? [];
  const isKnown = names.some((name) => name.toLowerCase() === op.name.toLowerCase());
  const others = names.filter((name) => name.toLowerCase() !== op.name.toLowerCase());
  const attachments = op.kind === 'attach' ? (isKnown ? names : [...names, op.name]) : others;
  const updated: StoredItem = { ...existing, attachments, version: existing.version + 1, modified: op.modified, editorId: op.editorId };
  items.set(op.id, updated);
  versions.get(op.id)?.push(updated);
  if (op.kind === 'attach') {
    contents.set(attachmentKey(op.id, op.name), Buffer.from(op.content, 'base64'));
  } else {
    contents.delete(attachmentKey(op.id, op.name));
  }
}
