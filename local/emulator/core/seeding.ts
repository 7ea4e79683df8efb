import type { SeedData } from '../../seed/types';
import type { SeedName } from '../../seed';
import type { FileJournal } from './journal';
import type { DurableState } from './types';
import { userIdFromLogin, type UserDirectory } from './users';

export type SeedBuilder = (name: SeedName, today: Date) => SeedData;

export interface Seedable {
  seed(data: SeedData): { readonly siteUserIds: Map<string, number> };
}

export interface CalendarSeedable {
  seedCalendars(calendars: SeedData['calendars']): void;
}

interface SeededOp {
  readonly kind: 'seeded';
  readonly name: SeedName;
  readonly at: string;
}

/** Remembers which seed filled the data directory (for reset without a name, and for diagnostics). */
export class SeedRecord implements DurableState {
  public readonly namespace = 'emulator';
  public name: SeedName | undefined;

  public constructor(private readonly journal: FileJournal) {
    journal.register(this);
  }

  public apply(op: unknown): void {
    const seeded = op as SeededOp;
    if (seeded?.kind !== 'seeded') {
      throw new Error('Unknown emulator journal entry.');
    }
    this.name = seeded.name;
  }

  public reset(): void {
    this.name = undefined;
  }

  public record(name: SeedName, at: Date): void {
    this.journal.record(this.namespace, { kind: 'seeded', name, at: at.toISOString() } satisfies SeededOp);
  }
}

/** Fills an empty data directory: users, SharePoint (groups, permissions, folders, items), calendars. One fsync at the end. */
export function applySeed(
  deps: { journal: FileJournal; users: UserDirectory; sharePoint: Seedable; graph?: CalendarSeedable; record: SeedRecord; now: Date },
  name: SeedName,
  data: SeedData
): void {
  deps.journal.group(() => {
    const { siteUserIds } = deps.sharePoint.seed(data);
    for (const user of data.users) {
      deps.users.put({
        id: userIdFromLogin(user.login),
        siteUserId: siteUserIds.get(user.login.toLowerCase())!,
        login: user.login.toLowerCase(),
        mail: user.login.toLowerCase(),
        displayName: user.displayName,
        role: user.role,
        department: user.department,
        ...(user.jobTitle ? { jobTitle: user.jobTitle } : {})
      });
    }
    deps.graph?.seedCalendars(data.calendars);
    deps.record.record(name, deps.now);
  });
}
