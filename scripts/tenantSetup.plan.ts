/**
 * The tenant set-up as a pure function: (what the product needs, what the CLI for Microsoft 365
 * answered about the tenant) → the commands that close the gap. Nothing is added twice, so the
 * script is safe to re-run: a department added later gets its group and folders and nothing
 * else changes. The permission model comes from src/domain/sitePermissions.ts, the one
 * declaration the local SharePoint is seeded from, too.
 */
import {
  customLevels,
  departmentFolderLists,
  departmentFolderRules,
  departmentGroup,
  departmentWorkbookFolderRule,
  folderRoleAssignments,
  membersGroup,
  ownersGroup,
  everyoneExceptExternalUsers,
  publicationLibraryRule,
  webRoleAssignments,
  yearFolderRule,
  periodFolderName,
  periodFolderPath,
  periodFolderRule,
  type BuiltInLevel,
  type LevelName
} from '../src/domain/sitePermissions';
import { allLists, itemWriteSecurity, listSchema, type ListName } from '../src/domain/lists';
import { PlanPeriodStatusChoices } from '../src/domain/choices';

/** The tenant property the web parts read to find the site from personal tabs, which run on the root site. */
export const siteUrlKey = 'IntegrationsplanungSiteUrl';
export const microsoftGraphAppId = '00000003-0000-0000-c000-000000000000';
export const graphScopes = ['Calendars.ReadWrite', 'Mail.Send'] as const;
/** Stands for the id `spo app add` answers when the catalogue did not have the package yet. */
export const addedAppId = '{appId}';
/** Stands for the id `web/ensureuser` answers when the site did not know the everyone claim yet. */
export const ensuredPrincipalId = '{principalId}';
/** The claim of "Everyone except external users"; the tenant's id follows. */
export const everyoneClaimPrefix = 'c:0-.f|rolemanager|spo-grid-all-users/';

export interface Product {
  readonly siteUrl: string;
  readonly packageFile: string;
  /** config/package-solution.json: solution.id (the catalogue's ProductId) and solution.version. */
  readonly solutionId: string;
  readonly solutionVersion: string;
  readonly teamsFile: string;
  /** teams/app.json: id (the Teams catalogue's externalId) and version. */
  readonly teamsAppId: string;
  readonly teamsVersion: string;
}

// What the CLI answers with `--output json`, reduced to the properties used here.
export interface CliRoleDefinition {
  readonly Id: number;
  readonly Name: string;
  readonly RoleTypeKind: number;
  readonly BasePermissionsValue?: readonly string[];
}
export interface CliPrincipal {
  readonly Id: number;
  readonly Title: string;
  readonly LoginName: string;
  readonly PrincipalType: number;
}
export interface CliRoleAssignment {
  readonly Member: CliPrincipal;
  readonly RoleDefinitionBindings: readonly CliRoleDefinition[];
  readonly PrincipalId: number;
}
export interface CliFolder {
  readonly Name: string;
  readonly ServerRelativeUrl: string;
}
export interface CliFolderPermissions {
  readonly ListItemAllFields: { readonly HasUniqueRoleAssignments: boolean; readonly RoleAssignments: readonly CliRoleAssignment[] };
}
export interface CliApp {
  readonly ID: string;
  readonly ProductId: string;
  readonly Title: string;
  readonly AppCatalogVersion: string;
  readonly Deployed: boolean;
  readonly InstalledVersion: string;
}
export interface CliTeamsApp {
  readonly id: string;
  readonly externalId: string | null;
  readonly displayName: string;
  readonly distributionMethod: string;
}

/** The CLI's answers about the site, as the runner records them (and a test fixture holds them). */
export interface SiteAnswers {
  /** `status` */
  readonly status: { readonly connectedAs: string };
  /** `spo roledefinition list --webUrl <site>` */
  readonly roleDefinitions: readonly CliRoleDefinition[];
  /** `spo group list --webUrl <site>` */
  readonly groups: readonly CliPrincipal[];
  /** `spo web get --url <site> --withPermissions` */
  readonly web: { readonly RoleAssignments: readonly CliRoleAssignment[] };
  /** `spo listitem list --listUrl /Lists/Departments` */
  readonly departments: ReadonlyArray<{ readonly DepartmentNumber: string | number | null }>;
  /** `spo listitem list --listUrl /Lists/PlanPeriods` (absent in answers recorded before plan periods were locked) */
  readonly planPeriods?: ReadonlyArray<{ readonly UpdateNumber: number | string | null; readonly PeriodStatus: string | null }>;
  /** `spo listitem list --listUrl /Lists/Measures --fields FileDirRef,FSObjType`: where each measure (and folder) lies */
  readonly measureLocations?: ReadonlyArray<{ readonly FileDirRef: string; readonly FSObjType: number | string }>;
  /** `spo listitem list --listUrl /Lists/ReportingYears` */
  readonly reportingYears: ReadonlyArray<{ readonly ReportingYear: number | string; readonly IsLocked: boolean }>;
  /** `spo list list --webUrl <site> --properties RootFolder/ServerRelativeUrl,EnableFolderCreation,WriteSecurity` */
  readonly lists: ReadonlyArray<{ readonly RootFolder: { readonly ServerRelativeUrl: string }; readonly EnableFolderCreation: boolean; readonly WriteSecurity?: number }>;
  /** `spo field get --webUrl <site> --listUrl /Lists/<list> --id <id>` per column of `relaxedColumns`, keyed "<list>/<field>". */
  readonly fields?: Readonly<Record<string, { readonly Required: boolean }>>;
  /** `spo folder list --parentFolderUrl /Lists/<name>` per list (recursive for the year folders of IndicatorValues and the period folders of Measures). */
  readonly folders: Readonly<Record<string, readonly CliFolder[]>>;
  /** `spo folder get --url <folder> --withPermissions` per existing folder, keyed by its web-relative URL ("Lists/Measures/50"). */
  readonly folderPermissions: Readonly<Record<string, CliFolderPermissions>>;
  /** `spo list get --url /Veroeffentlichungen --withPermissions`, once the package provisioned the library. */
  readonly publicationLibrary?: CliListPermissions;
  /** `tenant id get`: the tenant's id, which names the claim "Everyone except external users". */
  readonly tenantId?: string;
  /** `spo user list --webUrl <site>`: the site users, reduced to the everyone claim if the site knows it. */
  readonly everyonePrincipal?: CliPrincipal;
}

export interface CliListPermissions {
  readonly HasUniqueRoleAssignments: boolean;
  readonly RoleAssignments: readonly CliRoleAssignment[];
}

/** The CLI's answers about the tenant's catalogues, its properties and grants. */
export interface CatalogueAnswers {
  /** `spo tenant appcatalogurl get` */
  readonly appCatalogUrl: string;
  /** `spo app list --appCatalogUrl <site>`: the tenant catalogue's apps as the site sees them (InstalledVersion). */
  readonly apps: readonly CliApp[];
  /** `spo storageentity get --key IntegrationsplanungSiteUrl` (answers nothing when the key is not set) */
  readonly storageEntity?: { readonly Key: string; readonly Value: string };
  /** `entra enterpriseapp get --id <Microsoft Graph's app id>`: the object id the grants point at */
  readonly graph: { readonly id: string };
  /** `spo serviceprincipal grant list` */
  readonly grants: ReadonlyArray<{ readonly resourceId: string; readonly scope: string }>;
  /** `teams app list --distributionMethod organization` */
  readonly teamsApps: readonly CliTeamsApp[];
  /** `request --url .../appCatalogs/teamsApps/<id>/appDefinitions` of our Teams app, once published */
  readonly teamsAppDefinitions?: ReadonlyArray<{ readonly version: string }>;
}

export type TenantAnswers = SiteAnswers & CatalogueAnswers;

export interface SetupCommand {
  /** The CLI command without `m365` and `--output`, e.g. ['spo', 'group', 'add', ...]. */
  readonly args: readonly string[];
  /** `spo app add` answers the catalogue id that later commands use in place of `addedAppId`. */
  readonly yieldsAppId?: true;
  /** `web/ensureuser` answers the principal id that later commands use in place of `ensuredPrincipalId`. */
  readonly yieldsPrincipalId?: true;
}

/** Where the tenant differs from the product, and what closes the gap. */
export interface Finding {
  readonly area: 'app' | 'tenant' | 'permissions' | 'lists';
  readonly subject: string;
  readonly problem: string;
  readonly commands: readonly SetupCommand[];
}

/** SP.RoleType of the built-in levels: their names are translated (a German site calls Read "Lesen"), their kinds are not. */
const builtInKinds: Readonly<Record<BuiltInLevel, number>> = { 'Full Control': 5, Edit: 6, Contribute: 3, Read: 2 };
/** "Limited Access" (SP.RoleType.Guest): SharePoint adds and removes it by itself and refuses to assign it. */
const limitedAccessKind = 1;
const sharePointGroupType = 8;

function isBuiltIn(level: LevelName): level is BuiltInLevel {
  return Object.prototype.hasOwnProperty.call(builtInKinds, level);
}

/** The level an observed role definition stands for, in the model's names. */
function levelOf(definition: CliRoleDefinition): string {
  const builtIn = (Object.keys(builtInKinds) as BuiltInLevel[]).find((name) => builtInKinds[name] === definition.RoleTypeKind);
  return builtIn ?? definition.Name;
}

function webPath(siteUrl: string): string {
  return new URL(siteUrl).pathname.replace(/\/$/, '');
}

/**
 * The lists and libraries that hold one folder per department, with what each folder grants the
 * department: the department-folder lists and the department workbooks' library.
 */
export const departmentFolderTargets: ReadonlyArray<{ readonly list: string; readonly department: LevelName; readonly isSharedWithMembers: boolean }> = [
  ...departmentFolderLists.map((list) => departmentFolderRules[list]),
  departmentWorkbookFolderRule
];

/** Web-relative URL of a product list (`Lists/Measures`) or library (`Kennzahlenmappen`). */
export function listUrlOf(name: string): string {
  return (listSchema as Partial<Record<string, { readonly url: string }>>)[name]?.url ?? `Lists/${name}`;
}

/** The list at its URL (found by URL: titles are German and may be renamed), if the package provisioned it. */
export function listAt(product: Product, answers: Pick<SiteAnswers, 'lists'>, name: string): SiteAnswers['lists'][number] | undefined {
  const url = `${webPath(product.siteUrl)}/${listUrlOf(name)}`.toLowerCase();
  return answers.lists.find((list) => list.RootFolder.ServerRelativeUrl.toLowerCase() === url);
}

/** The departments in "Fachbereiche", each once. */
export function departmentNumbers(answers: Pick<SiteAnswers, 'departments'>): string[] {
  const numbers = answers.departments.map((item) => String(item.DepartmentNumber ?? '').trim()).filter((number) => number !== '');
  return [...new Set(numbers)];
}

interface IntendedAssignment {
  readonly group: string;
  readonly role: LevelName;
}

interface IntendedFolder {
  readonly list: string;
  readonly name: string;
  /** Web-relative, e.g. "Lists/Measures/50". */
  readonly path: string;
  /** Web-relative folder it is created in, when not the list's root (a period folder lies in its department's). */
  readonly parent?: string;
  readonly assignments: readonly IntendedAssignment[];
  /** Year folders are created by the office's "open year" command: here they are only checked. */
  readonly isCreatedHere: boolean;
}

/**
 * Department folders for every listed department, their folder of every plan period (where the
 * measures live: a department edits in a draft or adopted period and reads a closed one), and the
 * year folders that exist, with the role assignments each should have.
 */
function intendedFolders(product: Product, answers: SiteAnswers): IntendedFolder[] {
  const departments = departmentNumbers(answers);
  const folders: IntendedFolder[] = departmentFolderTargets.flatMap((target) =>
    departments.map((department) => ({
      list: target.list,
      name: department,
      path: `${listUrlOf(target.list)}/${department}`,
      assignments: folderRoleAssignments(department, target.department, target.isSharedWithMembers),
      isCreatedHere: true
    }))
  );
  for (const period of planPeriodsOf(answers)) {
    const level = period.isClosed ? periodFolderRule.closed : periodFolderRule.open;
    for (const department of departments) {
      folders.push({
        list: periodFolderRule.list,
        name: periodFolderName(period.updateNumber),
        path: `Lists/${periodFolderRule.list}/${periodFolderPath(department, period.updateNumber)}`,
        parent: `Lists/${periodFolderRule.list}/${department}`,
        assignments: folderRoleAssignments(department, level, periodFolderRule.isSharedWithMembers),
        isCreatedHere: true
      });
    }
  }
  const lockedYears = new Set(answers.reportingYears.filter((year) => year.IsLocked).map((year) => String(year.ReportingYear)));
  const prefix = `${webPath(product.siteUrl)}/Lists/${yearFolderRule.list}/`;
  for (const folder of answers.folders[yearFolderRule.list] ?? []) {
    const [department, year, ...deeper] = folder.ServerRelativeUrl.startsWith(prefix) ? folder.ServerRelativeUrl.slice(prefix.length).split('/') : [];
    if (department === undefined || year === undefined || deeper.length > 0 || !departments.includes(department) || !/^\d{4}$/.test(year)) {
      continue;
    }
    const level = lockedYears.has(year) ? yearFolderRule.locked : yearFolderRule.open;
    folders.push({
      list: yearFolderRule.list,
      name: year,
      path: `Lists/${yearFolderRule.list}/${department}/${year}`,
      assignments: folderRoleAssignments(department, level, yearFolderRule.isSharedWithMembers),
      isCreatedHere: false
    });
  }
  return folders;
}

/** The plan periods in "Fortschreibungen", each once by number; closed when its status says so. */
export function planPeriodsOf(answers: Pick<SiteAnswers, 'planPeriods'>): Array<{ updateNumber: number; isClosed: boolean }> {
  const periods = new Map<number, boolean>();
  for (const item of answers.planPeriods ?? []) {
    const updateNumber = Number(item.UpdateNumber);
    if (Number.isInteger(updateNumber) && updateNumber > 0) {
      periods.set(updateNumber, item.PeriodStatus === PlanPeriodStatusChoices.toLabel('closed'));
    }
  }
  return [...periods].sort(([a], [b]) => a - b).map(([updateNumber, isClosed]) => ({ updateNumber, isClosed }));
}

/** `--roleDefinitionId` for built-in levels (their names depend on the site's language), `--roleDefinitionName` for ours. */
function roleOption(level: LevelName, answers: Pick<SiteAnswers, 'roleDefinitions'>): string[] {
  if (isBuiltIn(level)) {
    const definition = answers.roleDefinitions.find((candidate) => candidate.RoleTypeKind === builtInKinds[level]);
    if (definition) {
      return ['--roleDefinitionId', String(definition.Id)];
    }
  }
  return ['--roleDefinitionName', level];
}

function listAssignments(assignments: ReadonlyArray<{ group: string; role: string }>): string {
  return assignments.map((assignment) => `${assignment.group}: ${assignment.role}`).join(', ');
}

/** What the observed assignments grant, per principal: its levels without Limited Access. */
function observedLevels(assignments: readonly CliRoleAssignment[]): Array<{ principal: CliPrincipal; levels: string[] }> {
  return assignments
    .map((assignment) => ({
      principal: assignment.Member,
      levels: assignment.RoleDefinitionBindings.filter((binding) => binding.RoleTypeKind !== limitedAccessKind).map(levelOf)
    }))
    .filter((entry) => entry.levels.length > 0);
}

function isIntendedPrincipal(principal: CliPrincipal, group: string): boolean {
  return principal.PrincipalType === sharePointGroupType && principal.Title === group;
}

/**
 * Compares a folder's unique role assignments with the intended ones. `folder roleassignment
 * remove` drops all of a principal's levels at once, so a group with a wrong level is removed and
 * added again with the right one.
 */
function assignmentFindings(site: string, folderUrl: string, intended: readonly IntendedAssignment[], observed: readonly CliRoleAssignment[], answers: SiteAnswers): Finding[] {
  const findings: Finding[] = [];
  const entries = observedLevels(observed);
  const add = (assignment: IntendedAssignment): SetupCommand => ({
    args: ['spo', 'folder', 'roleassignment', 'add', '--webUrl', site, '--folderUrl', folderUrl, '--groupName', assignment.group, ...roleOption(assignment.role, answers)]
  });
  const remove = (principal: CliPrincipal): SetupCommand => ({
    args: ['spo', 'folder', 'roleassignment', 'remove', '--webUrl', site, '--folderUrl', folderUrl, '--principalId', String(principal.Id), '--force']
  });
  for (const entry of entries) {
    if (!intended.some((assignment) => isIntendedPrincipal(entry.principal, assignment.group))) {
      findings.push({ area: 'permissions', subject: folderUrl, problem: `extra role assignment ${entry.principal.Title}: ${entry.levels.join(', ')}`, commands: [remove(entry.principal)] });
    }
  }
  const groups = [...new Set(intended.map((assignment) => assignment.group))];
  for (const group of groups) {
    const wanted = intended.filter((assignment) => assignment.group === group);
    const entry = entries.find((candidate) => isIntendedPrincipal(candidate.principal, group));
    const has = entry?.levels ?? [];
    const missing = wanted.filter((assignment) => !has.includes(assignment.role));
    const extra = has.filter((level) => !wanted.some((assignment) => assignment.role === level));
    if (entry && extra.length > 0) {
      findings.push({
        area: 'permissions',
        subject: folderUrl,
        problem: `${group} has ${has.join(', ')} instead of ${wanted.map((assignment) => assignment.role).join(', ')}`,
        commands: [remove(entry.principal), ...wanted.map(add)]
      });
    } else if (missing.length > 0) {
      findings.push({ area: 'permissions', subject: folderUrl, problem: `missing role assignment ${listAssignments(missing)}`, commands: missing.map(add) });
    }
  }
  return findings;
}

function folderFindings(product: Product, answers: SiteAnswers): Finding[] {
  const site = product.siteUrl;
  const findings: Finding[] = [];
  const connectedUser = answers.status.connectedAs.includes('@') ? answers.status.connectedAs : undefined;
  const listsChecked = new Set<string>();
  for (const folder of intendedFolders(product, answers)) {
    const listUrl = `/${listUrlOf(folder.list)}`;
    const folderUrl = `/${folder.path}`;
    const list = listAt(product, answers, folder.list);
    if (!list) {
      if (!listsChecked.has(folder.list)) {
        findings.push({ area: 'permissions', subject: listUrl, problem: 'list missing: is the package installed on the site, and does its feature provision the list (a list added in a later release needs a feature upgrade action)?', commands: [] });
      }
      listsChecked.add(folder.list);
      continue;
    }
    if (!listsChecked.has(folder.list) && !list.EnableFolderCreation) {
      findings.push({ area: 'permissions', subject: listUrl, problem: 'folders are not enabled', commands: [{ args: ['spo', 'list', 'set', '--webUrl', site, '--url', listUrl, '--enableFolderCreation', 'true'] }] });
    }
    listsChecked.add(folder.list);
    const observed = answers.folderPermissions[folder.path];
    // Breaking inheritance without copying leaves the user who broke it with full control
    // (SharePoint's rule, so nobody locks themselves out); that assignment goes last.
    const makeUnique = (): SetupCommand[] => [
      { args: ['spo', 'folder', 'roleinheritance', 'break', '--webUrl', site, '--folderUrl', folderUrl, '--clearExistingPermissions', '--force'] },
      ...folder.assignments.map((assignment) => ({ args: ['spo', 'folder', 'roleassignment', 'add', '--webUrl', site, '--folderUrl', folderUrl, '--groupName', assignment.group, ...roleOption(assignment.role, answers)] })),
      ...(connectedUser ? [{ args: ['spo', 'folder', 'roleassignment', 'remove', '--webUrl', site, '--folderUrl', folderUrl, '--upn', connectedUser, '--force'] }] : [])
    ];
    if (!observed) {
      if (folder.isCreatedHere) {
        findings.push({
          area: 'permissions',
          subject: folderUrl,
          problem: `folder missing (should grant ${listAssignments(folder.assignments)})`,
          commands: [{ args: ['spo', 'folder', 'add', '--webUrl', site, '--parentFolderUrl', folder.parent ? `/${folder.parent}` : listUrl, '--name', folder.name] }, ...makeUnique()]
        });
      }
    } else if (!observed.ListItemAllFields.HasUniqueRoleAssignments) {
      findings.push({ area: 'permissions', subject: folderUrl, problem: `folder inherits the list's permissions (should grant only ${listAssignments(folder.assignments)})`, commands: makeUnique() });
    } else {
      findings.push(...assignmentFindings(site, folderUrl, folder.assignments, observed.ListItemAllFields.RoleAssignments, answers));
    }
  }
  return findings;
}

function levelAndGroupFindings(product: Product, answers: SiteAnswers): Finding[] {
  const site = product.siteUrl;
  const findings: Finding[] = [];
  for (const level of Object.values(customLevels)) {
    const existing = answers.roleDefinitions.find((definition) => definition.Name === level.name);
    if (!existing) {
      findings.push({
        area: 'permissions',
        subject: `permission level "${level.name}"`,
        problem: 'missing',
        commands: [{ args: ['spo', 'roledefinition', 'add', '--webUrl', site, '--name', level.name, '--description', level.description, '--rights', level.permissions.join(',')] }]
      });
      continue;
    }
    const has = new Set(existing.BasePermissionsValue ?? []);
    const wanted = new Set<string>(level.permissions);
    const differs = [...wanted].some((permission) => !has.has(permission)) || [...has].some((permission) => !wanted.has(permission));
    if (differs) {
      // CLI for Microsoft 365 has no command that changes a role definition, and removing it
      // would drop every assignment that uses it.
      findings.push({
        area: 'permissions',
        subject: `permission level "${level.name}"`,
        problem: `grants ${[...has].join(', ')} instead of ${level.permissions.join(', ')}: correct it in the site settings (Site permissions → Permission levels)`,
        commands: []
      });
    }
  }
  const groups = [ownersGroup, membersGroup, ...departmentNumbers(answers).map(departmentGroup)];
  for (const group of groups) {
    if (!answers.groups.some((candidate) => candidate.Title === group)) {
      findings.push({ area: 'permissions', subject: `group "${group}"`, problem: 'missing', commands: [{ args: ['spo', 'group', 'add', '--webUrl', site, '--name', group] }] });
    }
  }
  // On the web only what is missing is added: the site's own owners and admins stay.
  const web = observedLevels(answers.web.RoleAssignments);
  for (const assignment of webRoleAssignments) {
    const has = web.find((entry) => isIntendedPrincipal(entry.principal, assignment.group))?.levels ?? [];
    if (!has.includes(assignment.role)) {
      findings.push({
        area: 'permissions',
        subject: site,
        problem: `missing role assignment ${assignment.group}: ${assignment.role}`,
        commands: [{ args: ['spo', 'web', 'roleassignment', 'add', '--webUrl', site, '--groupName', assignment.group, ...roleOption(assignment.role, answers)] }]
      });
    }
  }
  return findings;
}

/** The package in the tenant catalogue, deployed, and installed on the site at the package's version. */
export function appFindings(product: Product, answers: CatalogueAnswers): Finding[] {
  const app = answers.apps.find((candidate) => candidate.ProductId.toLowerCase() === product.solutionId.toLowerCase());
  const isCurrent = app !== undefined && app.AppCatalogVersion === product.solutionVersion;
  const id = app?.ID ?? addedAppId;
  const findings: Finding[] = [];
  if (!isCurrent) {
    findings.push({
      area: 'app',
      subject: product.packageFile,
      problem: app ? `the catalogue has version ${app.AppCatalogVersion}, the package ${product.solutionVersion}` : 'not in the tenant app catalogue',
      commands: [{ args: ['spo', 'app', 'add', '--filePath', product.packageFile, '--overwrite'], yieldsAppId: true }]
    });
  }
  if (!isCurrent || !app.Deployed) {
    findings.push({ area: 'app', subject: product.packageFile, problem: 'not deployed', commands: [{ args: ['spo', 'app', 'deploy', '--id', id] }] });
  }
  if (!app || app.InstalledVersion === '') {
    findings.push({ area: 'app', subject: product.siteUrl, problem: 'the app is not installed', commands: [{ args: ['spo', 'app', 'install', '--id', id, '--siteUrl', product.siteUrl] }] });
  } else if (app.InstalledVersion !== product.solutionVersion) {
    findings.push({
      area: 'app',
      subject: product.siteUrl,
      problem: `version ${app.InstalledVersion} is installed, the package is ${product.solutionVersion}`,
      commands: [{ args: ['spo', 'app', 'upgrade', '--id', id, '--siteUrl', product.siteUrl] }]
    });
  }
  return findings;
}

/** The storage entity the web parts find the site by, the Graph grants, and the Teams app. */
export function tenantFindings(product: Product, answers: CatalogueAnswers): Finding[] {
  const findings: Finding[] = [];
  if (answers.storageEntity?.Value !== product.siteUrl) {
    findings.push({
      area: 'tenant',
      subject: `tenant property ${siteUrlKey}`,
      problem: answers.storageEntity ? `points to ${answers.storageEntity.Value}` : 'missing',
      commands: [
        {
          args: ['spo', 'storageentity', 'set', '--appCatalogUrl', answers.appCatalogUrl, '--key', siteUrlKey, '--value', product.siteUrl, '--description', 'Site of Integrationsplanung 365 (read by its web parts in Teams, Outlook and the Microsoft 365 app)']
        }
      ]
    });
  }
  const granted = new Set(answers.grants.filter((grant) => grant.resourceId === answers.graph.id).flatMap((grant) => grant.scope.split(' ')));
  for (const scope of graphScopes) {
    if (!granted.has(scope)) {
      findings.push({
        area: 'tenant',
        subject: `Microsoft Graph ${scope}`,
        problem: 'not granted to the SharePoint Online Client Extensibility Web Application Principal',
        commands: [{ args: ['spo', 'serviceprincipal', 'grant', 'add', '--resource', 'Microsoft Graph', '--scope', scope] }]
      });
    }
  }
  const teamsApp = answers.teamsApps.find((candidate) => candidate.externalId === product.teamsAppId);
  if (!teamsApp) {
    findings.push({ area: 'tenant', subject: product.teamsFile, problem: 'not in the Teams app catalogue', commands: [{ args: ['teams', 'app', 'publish', '--filePath', product.teamsFile] }] });
  } else if (!(answers.teamsAppDefinitions ?? []).some((definition) => definition.version === product.teamsVersion)) {
    findings.push({
      area: 'tenant',
      subject: product.teamsFile,
      problem: `the Teams catalogue has ${(answers.teamsAppDefinitions ?? []).map((definition) => definition.version).join(', ') || 'another version'}, the package ${product.teamsVersion}`,
      commands: [{ args: ['teams', 'app', 'update', '--id', teamsApp.id, '--filePath', product.teamsFile] }]
    });
  }
  return findings;
}

/**
 * Columns an earlier release created as required that the schema no longer requires (a value item
 * is created empty when the office opens a year). The wanted value is the column's in
 * src/domain/lists.ts; this list only names which columns an upgraded site must be checked for.
 */
export const relaxedColumns: ReadonlyArray<{ readonly list: ListName; readonly field: string; readonly id: string }> = [
  // The site column's fixed ID (sharepoint/assets/elements.xml): `spo field get --id` reads it in every CLI version.
  { list: 'IndicatorValues', field: 'Total', id: 'a7304001-fa6e-55ac-b738-d888e7a75c3a' }
];

/**
 * List settings the feature sets only when it creates a list: an app upgrade re-applies no
 * ListInstance and changes no column of an existing list, so sites of earlier releases keep
 * the old WriteSecurity and required columns until this closes the gap. (Folder creation is
 * checked with the department folders, which need it.)
 */
/**
 * Measures of an earlier release lie directly in their department's folder, which is read-only to
 * the department since measures live in plan-period folders. Moving list items is no CLI command,
 * so the finding says what to do instead of planning it.
 */
function measureLocationFindings(product: Product, answers: SiteAnswers): Finding[] {
  const prefix = `${webPath(product.siteUrl)}/Lists/${periodFolderRule.list}/`;
  const counts = new Map<string, number>();
  for (const item of answers.measureLocations ?? []) {
    const department = item.FileDirRef.startsWith(prefix) ? item.FileDirRef.slice(prefix.length) : undefined;
    if (Number(item.FSObjType) === 0 && department !== undefined && !department.includes('/')) {
      counts.set(department, (counts.get(department) ?? 0) + 1);
    }
  }
  const latest = planPeriodsOf(answers).pop()?.updateNumber;
  return [...counts].map(([department, count]) => ({
    area: 'lists',
    subject: `/Lists/${periodFolderRule.list}/${department}`,
    problem: `${count} measure(s) lie directly in the department folder, which the department only reads: move them into the folder of their plan period${latest === undefined ? '' : ` (e.g. ${periodFolderPath(department, latest)})`} in the list's view ("Verschieben nach"), or import the catalogue again into that period`,
    commands: []
  }));
}

function listSettingFindings(product: Product, answers: SiteAnswers): Finding[] {
  const site = product.siteUrl;
  const findings: Finding[] = [...measureLocationFindings(product, answers)];
  for (const spec of allLists.filter((candidate) => candidate.template === 100)) {
    const list = listAt(product, answers, spec.name);
    const wanted = itemWriteSecurity[spec.name as ListName] ?? 1;
    if (list?.WriteSecurity !== undefined && list.WriteSecurity !== wanted) {
      findings.push({
        area: 'lists',
        subject: `/${spec.url}`,
        problem: `item-level write security is ${list.WriteSecurity} instead of ${wanted}${wanted === 2 ? ' (users change only the items they created)' : ''}`,
        commands: [{ args: ['spo', 'list', 'set', '--webUrl', site, '--url', `/${spec.url}`, '--writeSecurity', String(wanted)] }]
      });
    }
  }
  for (const column of relaxedColumns) {
    const observed = answers.fields?.[`${column.list}/${column.field}`];
    const wanted = listSchema[column.list].fields.find((field) => field.name === column.field)?.required ?? false;
    if (observed && listAt(product, answers, column.list) && observed.Required !== wanted) {
      findings.push({
        area: 'lists',
        subject: `/Lists/${column.list} column ${column.field}`,
        problem: observed.Required ? 'is required (the schema leaves it optional)' : 'is optional (the schema requires it)',
        // `spo field set` has no option for it and sends the properties it does not know as CSOM
        // strings, while `Required` is a Boolean; the REST MERGE (as PnPjs sends it) takes it typed.
        // If-Match * because the intent is to overwrite this one property, whatever the version.
        commands: [
          {
            args: [
              'request', '--method', 'post',
              '--url', `${site}/_api/web/GetList('${webPath(site)}/Lists/${column.list}')/fields('${column.id}')`,
              '--body', JSON.stringify({ Required: wanted }),
              '--content-type', 'application/json;odata=nometadata', '--x-http-method', 'MERGE', '--if-match', '*'
            ]
          }
        ]
      });
    }
  }
  return findings;
}

/** Levels, groups and web role assignments first: folders refer to them by name. */
export function siteFindings(product: Product, answers: SiteAnswers): Finding[] {
  return [...levelAndGroupFindings(product, answers), ...folderFindings(product, answers), ...listSettingFindings(product, answers), ...publicationLibraryFindings(product, answers)];
}

export function findDifferences(product: Product, answers: TenantAnswers): Finding[] {
  return [...appFindings(product, answers), ...tenantFindings(product, answers), ...siteFindings(product, answers)];
}

export function planSetup(product: Product, answers: TenantAnswers): SetupCommand[] {
  return findDifferences(product, answers).flatMap((finding) => finding.commands);
}

/** What `--verify` reports: where the site's permissions and list settings differ from the model. */
export function verifyPermissions(product: Product, answers: SiteAnswers): Finding[] {
  return siteFindings(product, answers);
}

/** The library "Veröffentlichungen", found by its web-relative URL. */
export function publicationLibraryAt(product: Product, answers: Pick<SiteAnswers, 'lists'>): SiteAnswers['lists'][number] | undefined {
  const url = `${webPath(product.siteUrl)}/${listSchema[publicationLibraryRule.list].url}`.toLowerCase();
  return answers.lists.find((list) => list.RootFolder.ServerRelativeUrl.toLowerCase() === url);
}

function isEveryone(principal: CliPrincipal): boolean {
  return principal.LoginName.toLowerCase().startsWith(everyoneClaimPrefix);
}

/**
 * "Veröffentlichungen": unique permissions, the office full control and everyone in the
 * organisation ("Everyone except external users", a claim the site learns with `web/ensureuser`)
 * read, nobody else anything. Departments read it as members of the organisation.
 */
function publicationLibraryFindings(product: Product, answers: SiteAnswers): Finding[] {
  const site = product.siteUrl;
  const listUrl = `/${listSchema[publicationLibraryRule.list].url}`;
  if (!publicationLibraryAt(product, answers)) {
    return [{ area: 'permissions', subject: listUrl, problem: 'library missing: is the package installed and upgraded to 1.1 on the site (the upgrade adds it)? Run this script again afterwards.', commands: [] }];
  }
  const findings: Finding[] = [];
  const commands: SetupCommand[] = [];
  let everyoneId = answers.everyonePrincipal ? String(answers.everyonePrincipal.Id) : undefined;
  if (!everyoneId) {
    if (!answers.tenantId) {
      return [{ area: 'permissions', subject: listUrl, problem: 'the tenant id is unknown (`tenant id get` answered nothing), so "Everyone except external users" cannot be named', commands: [] }];
    }
    everyoneId = ensuredPrincipalId;
    commands.push({
      args: ['request', '--method', 'post', '--url', `${site}/_api/web/ensureuser`, '--body', JSON.stringify({ logonName: `${everyoneClaimPrefix}${answers.tenantId}` }), '--content-type', 'application/json;odata=nometadata', '--accept', 'application/json;odata=nometadata'],
      yieldsPrincipalId: true
    });
  }
  const grant = (assignment: { group: string; role: LevelName }): SetupCommand => ({
    args: [
      'spo', 'list', 'roleassignment', 'add', '--webUrl', site, '--listUrl', listUrl,
      ...(assignment.group === everyoneExceptExternalUsers ? ['--principalId', everyoneId!] : ['--groupName', assignment.group]),
      ...roleOption(assignment.role, answers)
    ]
  });
  const remove = (principal: CliPrincipal): SetupCommand => ({ args: ['spo', 'list', 'roleassignment', 'remove', '--webUrl', site, '--listUrl', listUrl, '--principalId', String(principal.Id), '--force'] });
  const intended = publicationLibraryRule.roleAssignments;
  const observed = answers.publicationLibrary;
  const connectedUser = answers.status.connectedAs.includes('@') ? answers.status.connectedAs : undefined;
  if (!observed?.HasUniqueRoleAssignments) {
    findings.push({
      area: 'permissions',
      subject: listUrl,
      problem: `library inherits the web's permissions (should grant only ${listAssignments(intended)})`,
      commands: [
        ...commands,
        { args: ['spo', 'list', 'roleinheritance', 'break', '--webUrl', site, '--listUrl', listUrl, '--clearExistingPermissions', '--force'] },
        ...intended.map(grant),
        ...(connectedUser ? [{ args: ['spo', 'list', 'roleassignment', 'remove', '--webUrl', site, '--listUrl', listUrl, '--upn', connectedUser, '--force'] }] : [])
      ]
    });
    return findings;
  }
  const entries = observedLevels(observed.RoleAssignments);
  const matches = (principal: CliPrincipal, group: string): boolean => (group === everyoneExceptExternalUsers ? isEveryone(principal) : isIntendedPrincipal(principal, group));
  for (const entry of entries) {
    const wanted = intended.find((assignment) => matches(entry.principal, assignment.group));
    if (!wanted || entry.levels.join() !== wanted.role) {
      const missing = wanted ? [...commands, grant(wanted)] : [];
      findings.push({ area: 'permissions', subject: listUrl, problem: `${wanted ? 'wrong' : 'extra'} role assignment ${entry.principal.Title}: ${entry.levels.join(', ')}`, commands: [remove(entry.principal), ...missing] });
    }
  }
  for (const assignment of intended.filter((candidate) => !entries.some((entry) => matches(entry.principal, candidate.group)))) {
    findings.push({ area: 'permissions', subject: listUrl, problem: `missing role assignment ${listAssignments([assignment])}`, commands: [...commands, grant(assignment)] });
  }
  return findings;
}
