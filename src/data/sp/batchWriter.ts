import { spfi, SPFI } from '@pnp/sp';
import type { IList, IListItemFormUpdateValue } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { ServiceError, toServiceError } from '../../http/serviceError';
import { allLists } from '../../domain/lists';
import { Repeatable } from './resilientFetch';

/** SharePoint accepts up to 100 requests per $batch; PnPjs sends 20 unless told otherwise. */
export const spBatchLimit = 100;

export type ItemWrite =
  | { readonly kind: 'add'; readonly listUrl: string; readonly fields: Record<string, unknown> }
  | {
      readonly kind: 'addToFolder';
      readonly listUrl: string;
      /** Server-relative folder path, e.g. `/sites/integration/Lists/IndicatorValues/50`. */
      readonly folderPath: string;
      readonly formValues: IListItemFormUpdateValue[];
    }
  /**
   * `etag`: the version the change is based on; without one the write is refused (428) before it is
   * sent. `'*'` overwrites whatever is stored: only where that is the intent, said at the call.
   */
  | { readonly kind: 'update'; readonly listUrl: string; readonly id: number; readonly etag?: string; readonly fields: Record<string, unknown> }
  /** Moves the item to the site's recycle bin, from where the office can restore it. */
  | { readonly kind: 'recycle'; readonly listUrl: string; readonly id: number };

export type WriteOutcome =
  | { readonly ok: true; readonly index: number; readonly id: number; readonly etag?: string }
  | { readonly ok: false; readonly index: number; readonly error: ServiceError };

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

/**
 * Sends many item writes in `$batch` requests of up to 100, one batch after the other, and
 * reports one outcome per write. SharePoint does not roll a batch back when one part fails,
 * so callers get to see exactly which writes took effect (and can retry only the others).
 */
export async function writeInBatches(
  sp: SPFI,
  writes: readonly ItemWrite[],
  options: { maxRequests?: number; onProgress?: (progress: WriteProgress) => void } = {}
): Promise<WriteOutcome[]> {
  const size = Math.min(options.maxRequests ?? spBatchLimit, spBatchLimit);
  const outcomes: WriteOutcome[] = [];
  let failed = 0;
  for (let offset = 0; offset < writes.length; offset += size) {
    const chunk = writes.slice(offset, offset + size);
    // A whole $batch is repeated after a lost answer only when every part would be refused the second time.
    const [batchedSp, execute] = (chunk.every(isRepeatableWrite) ? spfi(sp).using(Repeatable()) : sp).batched({ maxRequests: size });
    const lists = new Map<string, IList>();
    const listFor = (url: string): IList => {
      let list = lists.get(url);
      if (!list) {
        list = batchedSp.web.getList(url);
        lists.set(url, list);
      }
      return list;
    };
    const pending = chunk.map((write, i) => settle(offset + i, send(listFor(write.listUrl), write)));
    try {
      await execute();
    } catch (error) {
      // The whole $batch request failed (network, 429 after retries): none of its parts ran.
      const failure = await toServiceError(error);
      chunk.forEach((_, i) => outcomes.push({ ok: false, index: offset + i, error: failure }));
      failed += chunk.length;
      options.onProgress?.({ done: Math.min(offset + size, writes.length), total: writes.length, failed });
      continue;
    }
    for (const outcome of await Promise.all(pending)) {
      outcomes.push(outcome);
      failed += outcome.ok ? 0 : 1;
    }
    options.onProgress?.({ done: Math.min(offset + size, writes.length), total: writes.length, failed });
  }
  return outcomes;
}

/** Columns SharePoint keeps unique: a second create with the same value is refused, never stored twice. */
const uniqueColumns = new Set(allLists.flatMap((list) => list.fields.filter((field) => field.unique).map((field) => field.name)));

/** Harmless to send twice: a create carrying a unique key, an update or delete bound to the ETag the caller saw. */
function isRepeatableWrite(write: ItemWrite): boolean {
  switch (write.kind) {
    case 'add':
      return Object.entries(write.fields).some(([name, value]) => uniqueColumns.has(name) && value !== undefined && value !== null && value !== '');
    case 'addToFolder':
      return write.formValues.some((value) => value.FieldName !== undefined && uniqueColumns.has(value.FieldName) && !!value.FieldValue);
    case 'update':
      return write.etag !== undefined && write.etag !== '*';
    case 'recycle':
      // A second recycle of the same item answers 404 for a change that took effect.
      return false;
  }
}

async function send(list: IList, write: ItemWrite): Promise<{ id: number; etag?: string }> {
  switch (write.kind) {
    case 'add': {
      const created = (await list.items.add(write.fields)) as { Id: number; 'odata.etag'?: string; __metadata?: { etag?: string } };
      return { id: created.Id, etag: created['odata.etag'] ?? created.__metadata?.etag };
    }
    case 'addToFolder': {
      const results = await list.addValidateUpdateItemUsingPath(write.formValues, write.folderPath);
      const failedField = results.find((result) => result.HasException);
      if (failedField) {
        // SharePoint answers 200 and commits nothing when a field fails validation; its ErrorCode
        // tells a duplicate in a unique column (-2130575169) from other refusals.
        const code = (failedField as { ErrorCode?: number }).ErrorCode;
        throw new ServiceError(400, `${failedField.FieldName}: ${failedField.ErrorMessage ?? 'invalid value'}`, code === undefined ? undefined : String(code));
      }
      const id = Number(results.find((result) => result.FieldName === 'Id')?.FieldValue);
      return { id };
    }
    case 'update': {
      if (!write.etag) {
        throw versionUnknown(`Item ${write.id}`);
      }
      const updated = (await list.items.getById(write.id).update(write.fields, write.etag)) as { etag?: string };
      return { id: write.id, etag: updated.etag ?? undefined };
    }
    case 'recycle':
      await list.items.getById(write.id).recycle();
      return { id: write.id };
  }
}

/**
 * 428 Precondition Required: a change without the version it is based on would overwrite whatever
 * is stored now (If-Match: *), someone else's change included. Refused before anything is sent.
 */
export function versionUnknown(subject: string): ServiceError {
  return new ServiceError(428, `${subject}: Version unbekannt – bitte neu laden.`, 'VersionUnknown');
}

async function settle(index: number, promise: Promise<{ id: number; etag?: string }>): Promise<WriteOutcome> {
  try {
    return { ok: true, index, ...(await promise) };
  } catch (error) {
    return { ok: false, index, error: await toServiceError(error) };
  }
}
