import type { IList } from '@pnp/sp/lists';
import { createByKey, createKeyOf, CreateKey, isDuplicateKey, isLostAnswer, keyFilter, maxCreateSends } from '../../../src/data/sp/keyedCreate';
import { ServiceError } from '../../../src/http/serviceError';

/**
 * A list that answers the key read-back from `stored` (key value → item), records the filters it
 * was asked, and fails the read when `readFails` is set. Only the query shape the helper uses.
 */
function fakeList(stored: Map<string, { Id: number; 'odata.etag'?: string }>, options: { readFails?: boolean } = {}): { list: IList; filters: string[] } {
  const filters: string[] = [];
  const list = {
    items: {
      select: () => ({
        filter: (filter: string) => ({
          top: () => async () => {
            filters.push(filter);
            if (options.readFails) {
              throw new ServiceError(0, 'offline');
            }
            const value = /eq '?(.*?)'?$/.exec(filter)![1];
            const row = stored.get(value);
            return row ? [row] : [];
          }
        })
      })
    }
  } as unknown as IList;
  return { list, filters };
}

const generated: CreateKey = { field: 'CreateKey', value: 'k-1', isGenerated: true };
const natural: CreateKey = { field: 'ReviewKey', value: 'review-7', isGenerated: false };
const duplicate = new ServiceError(400, 'duplicate values', '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');

/** A send that stores under `key` (or not) and then answers with the next of `answers` (an error to throw, or 'ok'). */
function sender(stored: Map<string, { Id: number }>, key: string, answers: Array<{ store: boolean; answer: ServiceError | 'ok' }>): { send: () => Promise<{ id: number }>; count: () => number } {
  let sent = 0;
  return {
    send: async () => {
      const step = answers[sent];
      sent += 1;
      if (step.store) {
        if (stored.has(key)) {
          throw duplicate;
        }
        stored.set(key, { Id: 40 + sent });
      }
      if (step.answer !== 'ok') {
        throw step.answer;
      }
      return { id: stored.get(key)!.Id };
    },
    count: () => sent
  };
}

describe('createByKey', () => {
  it('returns the item a lost answer (network) left behind, found by its key, without a second send', async () => {
    const stored = new Map<string, { Id: number; 'odata.etag'?: string }>();
    const { list, filters } = fakeList(stored);
    const { send, count } = sender(stored, 'k-1', [{ store: true, answer: new ServiceError(0, 'Failed to fetch') }]);
    stored.set('unrelated', { Id: 1 });
    const created = await createByKey(list, generated, send);
    expect(created).toEqual({ id: 41, isReadBack: true });
    expect(count()).toBe(1);
    expect(filters).toEqual(["CreateKey eq 'k-1'"]);
  });

  it('sends once more when a 5xx came before anything was stored, and answers that item', async () => {
    const stored = new Map<string, { Id: number }>();
    const { list } = fakeList(stored);
    const { send, count } = sender(stored, 'k-1', [
      { store: false, answer: new ServiceError(503, 'busy') },
      { store: true, answer: 'ok' }
    ]);
    await expect(createByKey(list, generated, send)).resolves.toEqual({ id: 42, isReadBack: false });
    expect(count()).toBe(2);
    expect(stored.size).toBe(1);
  });

  it(`stops after ${maxCreateSends} sends and surfaces the last ServiceError when nothing was stored`, async () => {
    const stored = new Map<string, { Id: number }>();
    const { list, filters } = fakeList(stored);
    const { send, count } = sender(stored, 'k-1', [
      { store: false, answer: new ServiceError(500, 'first') },
      { store: false, answer: new ServiceError(504, 'second') },
      { store: true, answer: 'ok' }
    ]);
    const error = (await createByKey(list, generated, send).catch((thrown: unknown) => thrown)) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.status).toBe(504);
    expect(count()).toBe(2);
    expect(filters).toHaveLength(2);
    expect(stored.size).toBe(0);
  });

  it('reads a duplicate of a generated key as our own earlier send (the transport repeated it) and answers that item', async () => {
    const stored = new Map([['k-1', { Id: 9, 'odata.etag': '"1"' }]]);
    const { list } = fakeList(stored);
    const { send, count } = sender(stored, 'k-1', [{ store: true, answer: 'ok' }]);
    await expect(createByKey(list, generated, send)).resolves.toEqual({ id: 9, etag: '"1"', isReadBack: true });
    expect(count()).toBe(1);
  });

  it("surfaces a natural key's duplicate on the first send unchanged: that item is someone else's", async () => {
    const stored = new Map([['review-7', { Id: 9 }]]);
    const { list, filters } = fakeList(stored);
    const { send } = sender(stored, 'review-7', [{ store: true, answer: 'ok' }]);
    await expect(createByKey(list, natural, send)).rejects.toBe(duplicate);
    expect(filters).toEqual([]);
  });

  it('surfaces other refusals (403, validation) as they are, without a read-back or a second send', async () => {
    for (const refusal of [new ServiceError(403, 'Access denied'), new ServiceError(400, 'invalid'), new ServiceError(429, 'throttled')]) {
      const stored = new Map<string, { Id: number }>();
      const { list, filters } = fakeList(stored);
      const { send, count } = sender(stored, 'k-1', [{ store: false, answer: refusal }]);
      await expect(createByKey(list, generated, send)).rejects.toBe(refusal);
      expect({ status: refusal.status, sends: count(), reads: filters.length }).toEqual({ status: refusal.status, sends: 1, reads: 0 });
    }
  });

  it("keeps the send's error when the read-back fails too: nothing is decided, nothing sent again", async () => {
    const stored = new Map<string, { Id: number }>();
    const { list } = fakeList(stored, { readFails: true });
    const lost = new ServiceError(0, 'Failed to fetch');
    const { send, count } = sender(stored, 'k-1', [{ store: false, answer: lost }]);
    await expect(createByKey(list, generated, send)).rejects.toBe(lost);
    expect(count()).toBe(1);
  });
});

describe('key helpers', () => {
  it('tells lost answers and duplicate keys apart from other failures', () => {
    expect([0, 500, 503, 504].map((status) => isLostAnswer(new ServiceError(status, '')))).toEqual([true, true, true, true]);
    expect([400, 403, 409, 412, 429].map((status) => isLostAnswer(new ServiceError(status, '')))).toEqual([false, false, false, false, false]);
    expect(isDuplicateKey(duplicate)).toBe(true);
    // AddValidateUpdateItemUsingPath reports the duplicate as a field exception with ErrorCode -2130575169.
    expect(isDuplicateKey(new ServiceError(400, 'ValueKey: duplicate', '-2130575169'))).toBe(true);
    expect(isDuplicateKey(new ServiceError(400, 'Title: too long', '-1'))).toBe(false);
  });

  it("builds the OData filter of a key, quoting text and doubling quotes, numbers bare", () => {
    expect(keyFilter({ field: 'CreateKey', value: "o'brien", isGenerated: true })).toBe("CreateKey eq 'o''brien'");
    expect(keyFilter({ field: 'ReportingYear', value: 2025, isGenerated: false })).toBe('ReportingYear eq 2025');
  });

  it("names each list's key column from the list schema", () => {
    expect(createKeyOf('AgreementComments', 'x')).toEqual({ field: 'CreateKey', value: 'x', isGenerated: true });
    expect(createKeyOf('Meetings', 't')).toEqual({ field: 'TransactionId', value: 't', isGenerated: true });
    expect(createKeyOf('GoalAgreements', '5-2026')).toEqual({ field: 'AgreementKey', value: '5-2026', isGenerated: false });
    expect(() => createKeyOf('Contacts', 'x')).toThrow(/no key column/);
  });
});
