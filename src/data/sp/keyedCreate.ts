import { spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { listSpec } from '../../domain';
import type { CreateKeySpec, ListName } from '../../domain';
import { ServiceError, toServiceError } from '../../http/serviceError';
import { etagOf } from '../mapping/spValues';
import { ItemWrite, WriteOutcome, WriteProgress, writeInBatches } from './batchWriter';
import { Repeatable } from './resilientFetch';

/** A fresh value for a `CreateKey` column, set before a create is first sent and kept for its repeats. */
export function newCreateKey(): string {
  return crypto.randomUUID();
}

/**
 * A create is repeated only when the repeat is harmless: it carries a value for its list's unique
 * key column, and reading that key back decides whether the first send was stored. The transport
 * repeats no create on its own, so this is the one place where a lost answer is resolved.
 */

/** The key a create carries: its list's key column (`listSchema.<List>.createKey`) and this item's value. */
export interface CreateKey extends CreateKeySpec {
  readonly value: string | number;
}

/** The key of a create in `list`: the list's key column with this item's value. */
export function createKeyOf(list: ListName, value: string | number): CreateKey {
  const spec = listSpec(list)?.createKey;
  if (!spec) {
    throw new Error(`The list ${list} has no key column for creates.`);
  }
  return { ...spec, value };
}

/** A create with its key; the other writes pass through `writeByKey` unchanged. */
export type KeyedWrite = ItemWrite & { readonly key?: CreateKey };

/** `isReadBack`: the create's answer was lost (or refused as a duplicate of our own send) and the item was found by its key. */
export type KeyedOutcome = WriteOutcome & { readonly isReadBack?: boolean };

export interface CreatedItem {
  readonly id: number;
  readonly etag?: string;
  readonly isReadBack: boolean;
}

/** Sends of one create at most: the first, and one more when the read-back found nothing. */
export const maxCreateSends = 2;

/** SharePoint takes at most 100 requests per `$batch`. */
const readsPerBatch = 100;

/** No answer (network, status 0) or a failure of the service (5xx): the create may or may not be stored. */
export function isLostAnswer(error: ServiceError): boolean {
  return error.status === 0 || error.status >= 500;
}

/**
 * SharePoint's refusal of a second item with a value a unique column holds already: a JSON error
 * with code `-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException`, or from
 * AddValidateUpdateItemUsingPath a field exception with ErrorCode -2130575169.
 */
export function isDuplicateKey(error: ServiceError): boolean {
  return /SPDuplicateValuesFoundException|-2130575169/.test(error.code ?? '');
}

/**
 * Whether reading the key back decides a failed send. A generated key can only be held by our own
 * earlier send; a natural key refused on the first send is someone else's item, a conflict the
 * caller reports.
 */
function isDecidedByKey(error: ServiceError, key: CreateKeySpec, hasSentBefore: boolean): boolean {
  return isLostAnswer(error) || (isDuplicateKey(error) && (key.isGenerated || hasSentBefore));
}

/** `Field eq 'value'` (quotes doubled, as OData escapes them) or `Field eq 2025`. */
export function keyFilter(key: CreateKey): string {
  return `${key.field} eq ${typeof key.value === 'number' ? String(key.value) : `'${key.value.replace(/'/g, "''")}'`}`;
}

/**
 * Sends one create and resolves a lost answer by its key: found → that item; not found → one more
 * send. Anything else (403, validation, a natural key held by someone else) surfaces unchanged,
 * and so does the send's error when the read-back itself fails.
 */
export async function createByKey(list: IList, key: CreateKey, send: () => Promise<{ id: number; etag?: string }>): Promise<CreatedItem> {
  for (let sends = 1; ; sends += 1) {
    let error: ServiceError;
    try {
      return { ...(await send()), isReadBack: false };
    } catch (thrown) {
      error = await toServiceError(thrown);
    }
    if (!isDecidedByKey(error, key, sends > 1)) {
      throw error;
    }
    const found = await findByKey(list, key).catch(() => {
      throw error;
    });
    if (found) {
      return { ...found, isReadBack: true };
    }
    if (!isLostAnswer(error) || sends >= maxCreateSends) {
      throw error;
    }
  }
}

/** The item holding `key`, if any. Key columns are indexed, so the filter is safe on a list of any size. */
export async function findByKey(list: IList, key: CreateKey): Promise<{ id: number; etag?: string } | undefined> {
  const rows = (await list.items.select('Id').filter(keyFilter(key)).top(1)()) as Array<Record<string, unknown>>;
  return rows.length > 0 ? stored(rows[0]) : undefined;
}

/**
 * `writeInBatches` with the same rule per part: a keyed create whose answer was lost (a whole
 * `$batch` included) is read back by its key, and sent once more only when it is not there.
 * Outcomes stay one per write, in order.
 */
export async function writeByKey(
  sp: SPFI,
  writes: readonly KeyedWrite[],
  options: { maxRequests?: number; onProgress?: (progress: WriteProgress) => void } = {}
): Promise<KeyedOutcome[]> {
  const outcomes: KeyedOutcome[] = await writeInBatches(sp, writes, options);
  const decidedByKey = (index: number, hasSentBefore: boolean): boolean => {
    const outcome = outcomes[index];
    const key = writes[index].key;
    return !outcome.ok && key !== undefined && isDecidedByKey(outcome.error, key, hasSentBefore);
  };
  let pending = writes.map((_, index) => index).filter((index) => decidedByKey(index, false));
  for (let sends = 1; pending.length > 0; sends += 1) {
    const found = await readBack(sp, pending.map((index) => writes[index]));
    const resend: number[] = [];
    pending.forEach((index, position) => {
      const item = found[position];
      const outcome = outcomes[index];
      if (item) {
        outcomes[index] = { ok: true, index, ...item, isReadBack: true };
      } else if (item === undefined && !outcome.ok && isLostAnswer(outcome.error)) {
        resend.push(index);
      }
    });
    if (resend.length === 0 || sends >= maxCreateSends) {
      break;
    }
    const again = await writeInBatches(sp, resend.map((index) => writes[index]), { maxRequests: options.maxRequests });
    again.forEach((outcome, position) => {
      outcomes[resend[position]] = { ...outcome, index: resend[position] };
    });
    pending = resend.filter((index) => decidedByKey(index, true));
  }
  return outcomes;
}

/** Per write: the stored item, `undefined` when its key is not there, `null` when the read failed (nothing decided). */
async function readBack(sp: SPFI, writes: readonly KeyedWrite[]): Promise<Array<{ id: number; etag?: string } | undefined | null>> {
  const result: Array<{ id: number; etag?: string } | undefined | null> = [];
  for (let offset = 0; offset < writes.length; offset += readsPerBatch) {
    const chunk = writes.slice(offset, offset + readsPerBatch);
    // Only reads: safe to send again after a lost answer.
    const [batchedSp, execute] = spfi(sp).using(Repeatable()).batched({ maxRequests: readsPerBatch });
    const pending = chunk.map((write) =>
      batchedSp.web
        .getList(write.listUrl)
        .items.select('Id')
        .filter(keyFilter(write.key!))
        .top(1)<Array<Record<string, unknown>>>()
        .then((rows) => (rows.length > 0 ? stored(rows[0]) : undefined))
        .catch(() => null)
    );
    try {
      await execute();
    } catch {
      // The read-back itself got no answer: nothing is decided, those creates keep their own error.
      result.push(...chunk.map(() => null));
      continue;
    }
    result.push(...(await Promise.all(pending)));
  }
  return result;
}

function stored(row: Record<string, unknown>): { id: number; etag?: string } {
  const etag = etagOf(row);
  return { id: Number(row.Id), ...(etag ? { etag } : {}) };
}
