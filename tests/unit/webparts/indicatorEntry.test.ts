import { indicatorEntryDeepLinkId, indicatorEntryLinkOf } from '../../../src/webparts/indicatorEntry/indicatorEntryLink';
import { LocalPendingStore, KeyValueStorage } from '../../../src/webparts/indicatorEntry/localPendingStore';
import type { PendingSubmission } from '../../../src/indicatorSheet';

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

describe('indicator entry links', () => {
  it('takes the year from the deep link (year-2025) or from ?year=, and the department number from ?department=', () => {
    expect(indicatorEntryDeepLinkId(2025)).toBe('year-2025');
    expect(indicatorEntryLinkOf('year-2025', '')).toEqual({ year: 2025 });
    expect(indicatorEntryLinkOf(undefined, '?year=2024&department=50')).toEqual({ year: 2024, departmentNumber: '50' });
    // The deep link wins over the address, as the Teams tab's subEntityId names the target.
    expect(indicatorEntryLinkOf('year-2023', '?year=2024')).toEqual({ year: 2023 });
  });

  it('ignores what is no reporting year or department number', () => {
    expect(indicatorEntryLinkOf('measure-12', '?year=20x5')).toEqual({});
    expect(indicatorEntryLinkOf('year-12345', '?year=1850')).toEqual({});
    expect(indicatorEntryLinkOf(undefined, '?department=%3Cscript%3E')).toEqual({});
  });
});

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
