import type { SeedItem } from './types';

/** Collects the items of one list; an item's ID is its 1-based position, as the emulator assigns it. */
export class SeedList {
  public readonly items: SeedItem[] = [];

  /**
   * `createKeyPrefix`: the list has a unique CreateKey column (lists the product creates items
   * in without a natural key); every item gets `seed-<prefix>-<id>`, as the product would set one.
   */
  public constructor(private readonly createKeyPrefix?: string) {}

  /** Adds an item and answers the ID it will get. */
  public add(fields: Record<string, unknown>, folder?: string, people: { author?: string; editor?: string } = {}): number {
    const keyed = this.createKeyPrefix === undefined ? fields : { ...fields, CreateKey: `seed-${this.createKeyPrefix}-${this.items.length + 1}` };
    // Leave out empty values, so that an unset column stays null as in SharePoint.
    const present = Object.fromEntries(Object.entries(keyed).filter(([, value]) => value !== undefined));
    this.items.push({ ...(folder === undefined ? {} : { folder }), fields: present, ...people });
    return this.items.length;
  }
}
