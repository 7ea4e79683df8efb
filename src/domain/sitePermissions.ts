/**
 * The site's permission model, declared once: the set-up script creates it in a tenant, the
 * local SharePoint is seeded with it, the office's year commands switch it, and the UI mirrors
 * it (writeScope.ts). What the UI promises ("only your department", "locked") holds because
 * SharePoint refuses everything else with 403, for REST calls too.
 */

export const ownersGroup = 'Integrationsplanung Besitzer';
export const membersGroup = 'Integrationsplanung Mitglieder';

/** The SharePoint group of one department, e.g. "FB 50 Mitglieder". */
export function departmentGroup(departmentNumber: string): string {
  return `FB ${departmentNumber} Mitglieder`;
}

/** SP.PermissionKind: the bit of a permission in SP.BasePermissions is `1 << (kind - 1)`. */
export const permissionKinds = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  OpenItems: 6,
  ViewVersions: 7,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  BrowseUserInfo: 28,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  CreateAlerts: 40
} as const;

export type PermissionKindName = keyof typeof permissionKinds;

export type BuiltInLevel = 'Full Control' | 'Edit' | 'Contribute' | 'Read';

export interface CustomPermissionLevel {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly PermissionKindName[];
}

/** What every level here includes: seeing the site, its forms and items, through the browser and REST. */
const reading: readonly PermissionKindName[] = ['ViewListItems', 'OpenItems', 'ViewVersions', 'ViewFormPages', 'Open', 'ViewPages', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs', 'CreateAlerts'];

/**
 * Least privilege: a department adds and edits its measures but cannot delete them (a measure
 * belongs to the adopted concept); it fills in the value items the office prepared but neither
 * adds nor deletes any; it files correction requests but cannot change them afterwards.
 */
export const customLevels = {
  editWithoutDelete: {
    name: 'IP Bearbeiten ohne Löschen',
    description: 'Kann Elemente anzeigen, hinzufügen und bearbeiten, aber nicht löschen.',
    permissions: [...reading, 'AddListItems', 'EditListItems']
  },
  enterValues: {
    name: 'IP Werte eintragen',
    description: 'Kann vorbereitete Kennzahlwerte anzeigen und bearbeiten, aber keine hinzufügen oder löschen.',
    permissions: [...reading, 'EditListItems']
  },
  requestCorrections: {
    name: 'IP Korrektur beantragen',
    description: 'Kann Korrekturanträge anzeigen und stellen, aber nicht ändern oder löschen.',
    permissions: [...reading, 'AddListItems']
  }
} as const satisfies Record<string, CustomPermissionLevel>;

export type LevelName = BuiltInLevel | (typeof customLevels)[keyof typeof customLevels]['name'];

/** The low and high words of SP.BasePermissions for a custom level. */
export function basePermissionsOf(level: CustomPermissionLevel): { readonly low: number; readonly high: number } {
  // Plain arithmetic rather than bit operators: JavaScript's are signed 32-bit, and the bundle targets ES5.
  let low = 0;
  let high = 0;
  for (const kind of new Set(level.permissions.map((name) => permissionKinds[name]))) {
    if (kind <= 32) {
      low += Math.pow(2, kind - 1);
    } else {
      high += Math.pow(2, kind - 33);
    }
  }
  return { low, high };
}

/** The web: the office has full control, every department member reads. */
export const webRoleAssignments: ReadonlyArray<{ readonly group: string; readonly role: LevelName }> = [
  { group: ownersGroup, role: 'Full Control' },
  { group: membersGroup, role: 'Read' }
];

/**
 * SharePoint's claim for every member of the organisation ("Everyone except external users",
 * `c:0-.f|rolemanager|spo-grid-all-users/<tenant id>`), under its display name.
 */
export const everyoneExceptExternalUsers = 'Jeder außer externen Benutzern';

/**
 * The library "Veröffentlichungen": everyone in the city reads what the office published; only
 * the office writes. Departments read as members of the organisation, like everyone else.
 */
export const publicationLibraryRule = {
  list: 'Publications',
  roleAssignments: [
    { group: ownersGroup, role: 'Full Control' },
    { group: everyoneExceptExternalUsers, role: 'Read' }
  ]
} as const satisfies { readonly list: string; readonly roleAssignments: ReadonlyArray<{ readonly group: string; readonly role: LevelName }> };

/**
 * A list whose items live in one folder per department (named by the department number). The
 * folder has unique permissions: the office full control, the department `department`, and every
 * member read access only where `isSharedWithMembers` (otherwise it is confidential to the
 * department and the office).
 */
export interface DepartmentFolderRule {
  readonly list: DepartmentFolderList;
  readonly department: LevelName;
  readonly isSharedWithMembers: boolean;
}

export const departmentFolderLists = ['Measures', 'IndicatorValues', 'GoalAgreements', 'AgreementItems', 'AgreementComments', 'Meetings', 'InitialReviews', 'CorrectionRequests'] as const;

export type DepartmentFolderList = (typeof departmentFolderLists)[number];

export const departmentFolderRules: Readonly<Record<DepartmentFolderList, DepartmentFolderRule>> = {
  // The measures themselves live in plan-period folders below (periodFolderRule); the department
  // folder is only read, so a department creates measures only inside a period that is not closed.
  Measures: { list: 'Measures', department: 'Read', isSharedWithMembers: true },
  // The values themselves live in year folders below (yearFolderRule); the department folder is only read.
  IndicatorValues: { list: 'IndicatorValues', department: 'Read', isSharedWithMembers: true },
  GoalAgreements: { list: 'GoalAgreements', department: 'Read', isSharedWithMembers: false },
  AgreementItems: { list: 'AgreementItems', department: 'Read', isSharedWithMembers: false },
  AgreementComments: { list: 'AgreementComments', department: 'Contribute', isSharedWithMembers: false },
  // A department files requests and reads its own; the office decides. Other departments see none.
  CorrectionRequests: { list: 'CorrectionRequests', department: customLevels.requestCorrections.name, isSharedWithMembers: false },
  // The agenda of a goal-agreement meeting lists the measures and targets under negotiation, and an
  // initial interview records whether a measure is still current and appropriate: both are as
  // confidential as the agreement itself.
  Meetings: { list: 'Meetings', department: 'Read', isSharedWithMembers: false },
  InitialReviews: { list: 'InitialReviews', department: 'Read', isSharedWithMembers: false }
};

/**
 * The values of one department for one reporting year: `IndicatorValues/<department>/<year>`.
 * While the year is open the department fills in the items the office created there; once the
 * office locks the year the department's level switches to Read, so a later change can only be a
 * correction request.
 */
export const yearFolderRule = {
  list: 'IndicatorValues',
  open: customLevels.enterValues.name,
  locked: 'Read',
  isSharedWithMembers: true
} as const;

export function yearFolderPath(departmentNumber: string, year: number): string {
  return `${departmentNumber}/${year}`;
}

/**
 * The measures of one department in one plan period (Fortschreibung): `Measures/<department>/FS<n>`.
 * While the period is a draft or adopted the department adds and edits its measures there; once
 * the office closes the period its level switches to Read, so the adopted catalogue stays as it
 * was. Reopening (deliberate, recorded) switches it back.
 */
export const periodFolderRule = {
  list: 'Measures',
  open: customLevels.editWithoutDelete.name,
  closed: 'Read',
  isSharedWithMembers: true
} as const;

/** The folder name of a plan period inside a department folder: readable and stable, as its number never changes. */
export function periodFolderName(updateNumber: number): string {
  return `FS${updateNumber}`;
}

export function periodFolderPath(departmentNumber: string, updateNumber: number): string {
  return `${departmentNumber}/${periodFolderName(updateNumber)}`;
}

/** The role assignments a department folder (or a year folder) should have. */
export function folderRoleAssignments(departmentNumber: string, level: LevelName, isSharedWithMembers: boolean): Array<{ group: string; role: LevelName }> {
  return [
    { group: ownersGroup, role: 'Full Control' },
    { group: departmentGroup(departmentNumber), role: level },
    ...(isSharedWithMembers ? [{ group: membersGroup, role: 'Read' as const }] : [])
  ];
}

/**
 * The department workbooks (`Kennzahlenmappen/<department>`, departmentWorkbook.ts): the department's
 * group edits its file but deletes nothing (Excel on the web saves as the contact types), the
 * office has full control, and nobody else reads it. The office's refresh creates the folder and
 * gives it these permissions; the set-up and the local seed declare the same.
 */
export const departmentWorkbookFolderRule = {
  list: 'DepartmentWorkbooks',
  department: customLevels.editWithoutDelete.name,
  isSharedWithMembers: false
} as const;
