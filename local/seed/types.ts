/** The shape of seed data: plain values the emulator loads into a fresh site and its calendars. */

export type SeedRole = 'Full Control' | 'Edit' | 'Contribute' | 'Read';

export interface SeedUser {
  login: string;
  displayName: string;
  role: 'coordinator' | 'department';
  /** DepartmentNumber, e.g. "50"; null for the coordination office. */
  department: string | null;
  jobTitle?: string;
}

export interface SeedGroup {
  title: string;
  /** logins */
  members: string[];
}

export interface SeedRoleAssignment {
  /** SeedGroup.title */
  group: string;
  role: SeedRole;
}

export interface SeedFolder {
  /** list Url name, e.g. "Measures" */
  list: string;
  name: string;
  /** unique permissions of the folder */
  roleAssignments: SeedRoleAssignment[];
}

/**
 * One list item. `fields` are keyed by InternalName. Lookup: `<Field>Id: number` (the 1-based
 * position of the target in its seed list = its item ID); LookupMulti: `<Field>Id: number[]`;
 * User field: `<Field>: "<login>"`; DateTime: ISO string; Choice: the German stored value.
 */
export interface SeedItem {
  /** SeedFolder.name in the same list */
  folder?: string;
  fields: Record<string, unknown>;
}

export interface SeedEvent {
  subject: string;
  /** local wall-clock 'YYYY-MM-DDTHH:mm:ss' in timeZone */
  start: string;
  end: string;
  /** 'W. Europe Standard Time' */
  timeZone: string;
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
  isAllDay?: boolean;
  location?: string;
}

export interface SeedData {
  users: SeedUser[];
  groups: SeedGroup[];
  webRoleAssignments: SeedRoleAssignment[];
  folders: SeedFolder[];
  /** list Url name → items; item i of a list gets ID i+1 */
  lists: Record<string, SeedItem[]>;
  /** login → appointments */
  calendars: Record<string, SeedEvent[]>;
}
