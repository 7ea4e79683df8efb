import { stableGuid } from './ids';
import type { DurableState, EmulatorUser } from './types';
import type { Journal } from './journal';

export const usersNamespace = 'users';

interface PutUserOp {
  readonly kind: 'putUser';
  readonly user: EmulatorUser;
}

/** A GUID that stays the same for a login across restarts and machines (like an Entra object id). */
export function userIdFromLogin(login: string): string {
  return stableGuid(`user:${login.toLowerCase()}`);
}

/** The people who can sign in, from the seed; durable so a restarted emulator knows them without re-seeding. */
export class UserDirectory implements DurableState {
  public readonly namespace = usersNamespace;
  private byLogin = new Map<string, EmulatorUser>();
  private snapshot: EmulatorUser[] = [];

  public constructor(private readonly journal: Journal) {
    journal.register(this);
  }

  public apply(op: unknown): void {
    const put = op as PutUserOp;
    if (put?.kind !== 'putUser' || typeof put.user?.login !== 'string') {
      throw new Error(`Unknown ${usersNamespace} journal entry.`);
    }
    this.byLogin.set(put.user.login.toLowerCase(), put.user);
    this.snapshot = [...this.byLogin.values()];
  }

  public reset(): void {
    this.byLogin = new Map();
    this.snapshot = [];
  }

  public put(user: EmulatorUser): void {
    this.journal.record(this.namespace, { kind: 'putUser', user } satisfies PutUserOp);
  }

  public find(login: string): EmulatorUser | undefined {
    return this.byLogin.get(login.trim().toLowerCase());
  }

  /** The same array until the users change, so consumers can cache derived indexes. */
  public all(): EmulatorUser[] {
    return this.snapshot;
  }
}
