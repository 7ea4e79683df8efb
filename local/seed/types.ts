/** The shape of seed data: plain values the emulator loads into a fresh site and its calendars. */

import type { LevelName } from '../../src/domain/sitePermissions';

/** A built-in permission level or one of the site's own (sitePermissions.ts). */
export type SeedRole = LevelName;

/** A custom permission level with its SP.BasePermissions words. */
export interface SeedRoleDefinition {
  name: string;
  description: string;
  low: number;
  high: number;
}

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
  /** SeedGroup.title, or the organisation's everyone claim (`everyoneExceptExternalUsers`) */
  group: string;
  role: SeedRole;
}

/** Unique permissions of a whole list or library. */
export interface SeedListPermissions {
  /** list Url name, e.g. "Publications" */
  list: string;
  roleAssignments: SeedRoleAssignment[];
}

export interface SeedFolder {
  /** list Url name, e.g. "Measures" */
  list: string;
  /** path of the containing folder inside the list ('' or absent: the root folder), e.g. "50" */
  parent?: string;
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
  /** path of a SeedFolder in the same list, e.g. "50" or "50/2024" */
  folder?: string;
  /** login of who created it (Author); the coordinator when absent */
  author?: string;
  /** login of who changed it last (Editor); the author when absent */
  editor?: string;
  fields: Record<string, unknown>;
  /** ISO instant it was created (its first version); the moment of seeding when absent */
  created?: string;
  /** how it stood before its last change: created with these fields, changed to `fields` then (its versions show it) */
  earlier?: SeedItemEarlier;
  /** a document in a library: its file name and content (base64) */
  file?: { name: string; content: string };
}

export interface SeedItemEarlier {
  /** the fields that differed, with their earlier values */
  fields: Record<string, unknown>;
  /** ISO instant of the change to the item's `fields` */
  changedAt: string;
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
  /** custom permission levels, created before anything refers to them */
  roleDefinitions: SeedRoleDefinition[];
  users: SeedUser[];
  groups: SeedGroup[];
  webRoleAssignments: SeedRoleAssignment[];
  folders: SeedFolder[];
  /** lists with unique permissions (the department folders are in `folders`) */
  listPermissions?: SeedListPermissions[];
  /** list Url name → items; item i of a list gets ID i+1 */
  lists: Record<string, SeedItem[]>;
  /** login → appointments */
  calendars: Record<string, SeedEvent[]>;
}
