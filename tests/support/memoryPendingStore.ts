import type { PendingStore, PendingSubmission } from '../../src/indicatorSheet/submission';

/** The pending submission kept in memory, as the web part keeps it in the browser's storage. */
export class MemoryPendingStore implements PendingStore {
  private pending: PendingSubmission | undefined;
  public async load(): Promise<PendingSubmission | undefined> {
    return this.pending;
  }
  public async save(pending: PendingSubmission): Promise<void> {
    this.pending = pending;
  }
  public async clear(): Promise<void> {
    this.pending = undefined;
  }
}
