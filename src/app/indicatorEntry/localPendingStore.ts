import type { PendingStore, PendingSubmission } from '../../indicatorSheet/submission';

/** What the page keeps the pending submission in: the browser's localStorage, or a stand-in. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The pending submission of an upload, kept in the browser per user, department and year: a
 * reload, a closed laptop or a failed request loses nothing, and sending again resumes
 * without duplicates (see `submitPending`).
 */
export class LocalPendingStore implements PendingStore {
  public readonly key: string;

  public constructor(
    private readonly storage: KeyValueStorage,
    login: string,
    departmentId: number,
    year: number
  ) {
    this.key = `integrationsplanung365.indicatorUpload.${login.toLowerCase()}.${departmentId}.${year}`;
  }

  public async load(): Promise<PendingSubmission | undefined> {
    const json = this.storage.getItem(this.key);
    if (!json) {
      return undefined;
    }
    try {
      const pending = JSON.parse(json) as PendingSubmission;
      // Anything else under the key (an older shape, a damaged entry) is ignored rather than misread.
      return typeof pending.id === 'string' && Array.isArray(pending.entries) && typeof pending.settled === 'object' ? pending : undefined;
    } catch {
      return undefined;
    }
  }

  public async save(pending: PendingSubmission): Promise<void> {
    this.storage.setItem(this.key, JSON.stringify(pending));
  }

  public async clear(): Promise<void> {
    this.storage.removeItem(this.key);
  }
}
