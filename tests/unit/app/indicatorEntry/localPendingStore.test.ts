import { LocalPendingStore, KeyValueStorage } from '../../../../src/app/indicatorEntry/localPendingStore';
import type { PendingSubmission } from '../../../../src/indicatorSheet';

class MemoryStorage implements KeyValueStorage {
  public readonly items = new Map<string, string>();
  public getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  public setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  public removeItem(key: string): void {
    this.items.delete(key);
  }
}

const pending: PendingSubmission = {
  id: 'p1',
  departmentId: 3,
  year: 2025,
  entries: [{ key: '11-2025', value: { indicatorId: 11, year: 2025, total: 5 } }],
  settled: { '11-2025': { kind: 'failed', status: 503, message: 'busy' } }
};

describe('pending upload submission in the browser', () => {
  it('keeps one submission per user, department and year and survives a new store (a reload)', async () => {
    const storage = new MemoryStorage();
    await new LocalPendingStore(storage, 'Ben@Stadt.example', 3, 2025).save(pending);
    expect(await new LocalPendingStore(storage, 'ben@stadt.example', 3, 2025).load()).toEqual(pending);
    expect(await new LocalPendingStore(storage, 'ben@stadt.example', 3, 2024).load()).toBeUndefined();
    expect(await new LocalPendingStore(storage, 'anna@stadt.example', 3, 2025).load()).toBeUndefined();
    expect(await new LocalPendingStore(storage, 'ben@stadt.example', 4, 2025).load()).toBeUndefined();
    await new LocalPendingStore(storage, 'ben@stadt.example', 3, 2025).clear();
    expect(storage.items.size).toBe(0);
  });

  it('ignores a damaged entry instead of failing', async () => {
    const storage = new MemoryStorage();
    const store = new LocalPendingStore(storage, 'ben@stadt.example', 3, 2025);
    storage.setItem(store.key, '{not json');
    expect(await store.load()).toBeUndefined();
    storage.setItem(store.key, JSON.stringify({ id: 7 }));
    expect(await store.load()).toBeUndefined();
  });
});
