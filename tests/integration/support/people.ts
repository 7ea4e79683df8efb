/** The office's coordinator in every seed. */
export const coordinator = 'koordination@stadt.example';

export interface SeedPerson {
  readonly login: string;
  readonly displayName: string;
  readonly role: 'coordinator' | 'department';
  /** The department number a contact speaks for; none for the office. */
  readonly department: string | null;
}

/** The people of the running emulator's seed, found by what a test needs them for. */
export class People {
  public readonly coordinator = coordinator;

  public constructor(public readonly all: readonly SeedPerson[]) {}

  /** Every department contact, in seed order. */
  public contacts(): SeedPerson[] {
    return this.all.filter((person) => person.role === 'department' && person.department !== null);
  }

  /** The first contact of a department (its primary contact in the seed). */
  public contactOf(departmentNumber: string): SeedPerson & { readonly department: string } {
    const contact = this.contacts().find((person) => person.department === departmentNumber);
    if (!contact) {
      throw new Error(`the seed has no contact of department ${departmentNumber}`);
    }
    return contact as SeedPerson & { readonly department: string };
  }

  /** The first department contact of the seed, for tests that need just someone outside the office. */
  public anyContact(): SeedPerson & { readonly department: string } {
    const [first] = this.contacts();
    if (!first) {
      throw new Error('the seed has no department contacts');
    }
    return first as SeedPerson & { readonly department: string };
  }
}

/** Reads who can sign in from the emulator's control API at `url`. */
export async function readPeople(url: string): Promise<People> {
  const response = await fetch(`${url}/_emulator/users`);
  if (!response.ok) {
    throw new Error(`reading the emulator's users failed: ${response.status}`);
  }
  return new People((await response.json()) as SeedPerson[]);
}
