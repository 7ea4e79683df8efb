/** A column of a list as SharePoint describes it through `/fields`. */
export interface FieldDefinition {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  /** SharePoint's `TypeAsString`, e.g. 'Text', 'Note', 'Number', 'Boolean', 'DateTime', 'Choice', 'Lookup', 'LookupMulti', 'User'. */
  readonly type: string;
  readonly required: boolean;
  readonly hidden: boolean;
  readonly readOnly: boolean;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly choices?: readonly string[];
  /** Server-relative-to-web URL of the lookup target list, e.g. 'Lists/Departments'. */
  readonly lookupListUrl?: string;
  readonly lookupField?: string;
  readonly dateOnly?: boolean;
  /** Built into every list (ID, Created, Author, ...) rather than defined by the solution. */
  readonly builtIn: boolean;
}

export interface ListDefinition {
  readonly id: string;
  readonly title: string;
  /** Relative to the web, e.g. 'Lists/Measures' or 'Berichte'. */
  readonly url: string;
  /** 100 custom list, 101 document library. */
  readonly baseTemplate: number;
  readonly description: string;
  readonly hidden: boolean;
  readonly fields: readonly FieldDefinition[];
  /**
   * SharePoint's `WriteSecurity` (list schema attribute, "Item-level permissions"): 1 all users
   * may change all items, 2 only the items they created, 4 none; users with ManageLists may
   * change every item. Absent: 1.
   */
  readonly writeSecurity?: number;
}

export const genericListTemplate = 100;
export const documentLibraryTemplate = 101;

export function isLookup(field: FieldDefinition): boolean {
  return field.type === 'Lookup' || field.type === 'LookupMulti';
}

export function isUser(field: FieldDefinition): boolean {
  return field.type === 'User' || field.type === 'UserMulti';
}

export function isMulti(field: FieldDefinition): boolean {
  return field.type === 'LookupMulti' || field.type === 'UserMulti' || field.type === 'MultiChoice';
}

/** Lookup and person columns are read and written through `<Name>Id`, as in SharePoint's REST entity types. */
export function idPropertyOf(field: FieldDefinition): string {
  return `${field.internalName}Id`;
}

/** The name of a list's last URL segment, e.g. 'Measures' for 'Lists/Measures'. */
export function urlNameOf(list: ListDefinition): string {
  return list.url.split('/').pop() ?? list.url;
}

/** SharePoint's entity type of a list's items: `SP.Data.<UrlName>ListItem`, libraries `SP.Data.<UrlName>Item`. */
export function entityTypeOf(list: ListDefinition): string {
  const name = urlNameOf(list).replace(/[^A-Za-z0-9]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`);
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return list.baseTemplate === documentLibraryTemplate ? `SP.Data.${capitalised}Item` : `SP.Data.${capitalised}ListItem`;
}
