import type { SeedItem } from './types';

/** Collects the items of one list; an item's ID is its 1-based position, as the emulator assigns it. */
export class SeedList {
  public readonly items: SeedItem[] = [];

  /** Adds an item and answers the ID it will get. */
  public add(fields: Record<string, unknown>, folder?: string): number {
    // Leave out empty values, so that an unset column stays null as in SharePoint.
    const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    this.items.push(folder === undefined ? { fields: present } : { folder, fields: present });
    return this.items.length;
  }
}
