/**
 * A tenant as CLI for Microsoft 365 sees it, for testing the set-up without one: it answers the
 * read commands from recorded answers and applies the write commands to them, with SharePoint's
 * rules where the set-up depends on them (breaking inheritance without copying leaves the user
 * who broke it with full control; an assignment on an inheriting folder is refused; names that
 * exist cannot be added again). Options outside the CLI v11 documentation are refused.
 */
import { itemWriteSecurity, listSchema, type ListName } from '../../../src/domain/lists';
import { publicationLibraryRule } from '../../../src/domain/sitePermissions';
import { addedAppId, ensuredPrincipalId, relaxedColumns, type CliPrincipal, type CliRoleAssignment, type CliRoleDefinition, type Product, type SetupCommand, type TenantAnswers } from '../../../scripts/tenantSetup.plan';
import type { Cli } from '../../../scripts/tenantSetup';

/** The options each command accepts in CLI for Microsoft 365 v11 (its docs), flags marked with `!`. */
const cliCommands: Readonly<Record<string, readonly string[]>> = {
  status: [],
  // Options `request` does not know are sent as headers; these are the ones the set-up uses.
  request: ['url', 'method', 'resource', 'body', 'filePath', 'content-type', 'accept', 'x-http-method', 'if-match'],
  'entra enterpriseapp get': ['id', 'displayName', 'objectId'],
  'spo app add': ['filePath', '!overwrite', 'appCatalogScope', 'appCatalogUrl'],
  'spo app deploy': ['id', 'name', 'appCatalogUrl', '!skipFeatureDeployment', 'appCatalogScope'],
  'spo app install': ['id', 'siteUrl', 'appCatalogScope'],
  'spo app list': ['appCatalogUrl', 'appCatalogScope'],
  'spo app upgrade': ['id', 'siteUrl', 'appCatalogScope'],
  'spo folder add': ['webUrl', 'parentFolderUrl', 'name', 'color', '!ensureParentFolders'],
  'spo folder get': ['webUrl', 'url', 'id', '!withPermissions'],
  'spo folder list': ['webUrl', 'parentFolderUrl', 'fields', 'filter', '!recursive'],
  'spo folder roleassignment add': ['webUrl', 'folderUrl', 'principalId', 'upn', 'groupName', 'entraGroupId', 'entraGroupName', 'roleDefinitionId', 'roleDefinitionName'],
  'spo folder roleassignment remove': ['webUrl', 'folderUrl', 'principalId', 'upn', 'groupName', 'entraGroupId', 'entraGroupName', '!force'],
  'spo folder roleinheritance break': ['webUrl', 'folderUrl', '!clearExistingPermissions', '!force'],
  'spo group add': ['webUrl', 'name', 'description', 'allowMembersEditMembership', 'onlyAllowMembersViewMembership', 'allowRequestToJoinLeave', 'autoAcceptRequestToJoinLeave', 'requestToJoinLeaveEmailSetting'],
  'spo group list': ['webUrl', '!associatedGroupsOnly'],
  'spo list list': ['webUrl', 'properties', 'filter'],
  'spo list set': ['webUrl', 'id', 'title', 'url', 'enableFolderCreation', 'writeSecurity'],
  'spo field get': ['webUrl', 'listId', 'listTitle', 'listUrl', 'id', 'title'],
  'spo listitem list': ['webUrl', 'listId', 'listTitle', 'listUrl', 'camlQuery', 'fields', 'filter', 'pageSize', 'pageNumber'],
  'spo roledefinition add': ['webUrl', 'name', 'description', 'rights'],
  'spo roledefinition list': ['webUrl'],
  'spo serviceprincipal grant add': ['resource', 'scope'],
  'spo serviceprincipal grant list': [],
  'spo storageentity get': ['key'],
  'spo storageentity set': ['appCatalogUrl', 'key', 'value', 'description', 'comment'],
  'spo tenant appcatalogurl get': [],
  'spo web get': ['url', '!withGroups', '!withPermissions'],
  'spo web roleassignment add': ['webUrl', 'principalId', 'upn', 'groupName', 'entraGroupId', 'entraGroupName', 'roleDefinitionId', 'roleDefinitionName'],
  'spo list get': ['webUrl', 'id', 'title', 'url', 'properties', '!withPermissions'],
  'spo list roleinheritance break': ['webUrl', 'listId', 'listTitle', 'listUrl', '!clearExistingPermissions', '!force'],
  'spo list roleassignment add': ['webUrl', 'listId', 'listTitle', 'listUrl', 'principalId', 'upn', 'groupName', 'entraGroupId', 'entraGroupName', 'roleDefinitionId', 'roleDefinitionName'],
  'spo list roleassignment remove': ['webUrl', 'listId', 'listTitle', 'listUrl', 'principalId', 'upn', 'groupName', 'entraGroupId', 'entraGroupName', '!force'],
  'spo user list': ['webUrl'],
  'tenant id get': ['domainName'],
  'teams app list': ['distributionMethod'],
  'teams app publish': ['filePath'],
  'teams app update': ['id', 'name', 'filePath']
};

const readCommands = new Set(['spo list get', 'spo user list', 'tenant id get', 'status', 'request', 'entra enterpriseapp get', 'spo app list', 'spo field get', 'spo folder get', 'spo folder list', 'spo group list', 'spo list list', 'spo listitem list', 'spo roledefinition list', 'spo serviceprincipal grant list', 'spo storageentity get', 'spo tenant appcatalogurl get', 'spo web get', 'teams app list']);

interface Parsed {
  readonly name: string;
  readonly options: Readonly<Record<string, string | true>>;
}

function parse(args: readonly string[]): Parsed {
  const firstOption = args.findIndex((arg) => arg.startsWith('--'));
  const words = firstOption < 0 ? args : args.slice(0, firstOption);
  const name = words.join(' ');
  const allowed = cliCommands[name];
  if (!allowed) {
    throw new Error(`Command '${name}' was not found.`);
  }
  const options: Record<string, string | true> = {};
  for (let index = words.length; index < args.length; index++) {
    const option = args[index].replace(/^--/, '');
    if (allowed.includes(`!${option}`)) {
      options[option] = true;
    } else if (allowed.includes(option) && index + 1 < args.length && !args[index + 1].startsWith('--')) {
      options[option] = args[++index];
    } else {
      throw new Error(`${name}: option '${args[index]}' is not known or lacks its value.`);
    }
  }
  return { name, options };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? Mutable<U>[] : T[K] extends object ? Mutable<T[K]> : T[K] };
type State = Mutable<TenantAnswers>;

/** The tenant id the simulated `tenant id get` answers when the recording has none. */
const simulatedTenantId = '4f1d2c3b-5a69-4e7d-8c0b-9a8f7e6d5c4b';

export class SimulatedTenant {
  readonly state: State;
  /** The write commands run so far, as the CLI would have been called. */
  readonly written: string[][] = [];
  private nextId = 1000;

  constructor(recorded: TenantAnswers, private readonly product: Product) {
    this.state = JSON.parse(JSON.stringify(recorded));
  }

  /** The state as a new recording, e.g. to start the next run from. */
  answers(): TenantAnswers {
    const answers = JSON.parse(JSON.stringify(this.state)) as State;
    // What observeSite reads besides the state: the tenant's id, and the library's permissions once it exists.
    const library = `${this.webPath}/${listSchema[publicationLibraryRule.list].url}`;
    if (answers.lists.some((candidate) => candidate.RootFolder.ServerRelativeUrl === library)) {
      answers.tenantId ??= simulatedTenantId;
      answers.publicationLibrary = JSON.parse(JSON.stringify(this.publicationLibrary(library)));
    }
    return answers;
  }

  readonly cli: Cli = async (args) => this.run(args);

  /** Runs a plan as the runner does, the id `spo app add` answers replacing the placeholder. */
  apply(commands: readonly SetupCommand[]): void {
    let appId: string | undefined;
    let principalId: string | undefined;
    for (const command of commands) {
      const answer = this.run(command.args.map((arg) => (arg === addedAppId && appId ? appId : arg === ensuredPrincipalId && principalId ? principalId : arg))) as { UniqueId?: string; Id?: number } | undefined;
      if (command.yieldsAppId) {
        appId = answer?.UniqueId;
      }
      if (command.yieldsPrincipalId) {
        principalId = answer?.Id === undefined ? undefined : String(answer.Id);
      }
    }
  }

  private run(args: readonly string[]): unknown {
    const { name, options } = parse(args);
    if (readCommands.has(name) && !(name === 'request' && options.method !== undefined && options.method !== 'get')) {
      return this.read(name, options);
    }
    this.written.push([...args]);
    return this.write(name, options);
  }

  private get webPath(): string {
    return new URL(this.product.siteUrl).pathname;
  }

  private checkSite(url: string | true | undefined): void {
    if (url !== this.product.siteUrl) {
      throw new Error(`Unexpected site ${String(url)}`);
    }
  }

  /** The product list (by name) a web-relative path lies in: "Lists/Measures/50" → Measures, "Kennzahlenmappen/50" → DepartmentWorkbooks. */
  private listOfPath(path: string): { readonly name: string; readonly url: string } {
    const spec = Object.values(listSchema).find((candidate) => path === candidate.url || path.startsWith(`${candidate.url}/`));
    return spec ? { name: spec.name, url: spec.url } : { name: path.split('/')[1], url: path.split('/').slice(0, 2).join('/') };
  }

  /** "Lists/Measures/50" from "/Lists/Measures/50" or "/sites/integration/Lists/Measures/50". */
  private relative(url: string | true | undefined): string {
    const text = String(url);
    return (text.startsWith(`${this.webPath}/`) ? text.slice(this.webPath.length + 1) : text.replace(/^\//, '')).replace(/\/$/, '');
  }

  private folderOf(url: string | true | undefined): { path: string; permissions: State['folderPermissions'][string] } {
    const path = this.relative(url);
    const permissions = this.state.folderPermissions[path];
    if (!permissions) {
      throw new Error('Please check the folder URL. Folder might not exist on the specified URL');
    }
    return { path, permissions };
  }

  private role(options: Parsed['options']): CliRoleDefinition {
    const role = options.roleDefinitionId
      ? this.state.roleDefinitions.find((definition) => String(definition.Id) === options.roleDefinitionId)
      : this.state.roleDefinitions.find((definition) => definition.Name === options.roleDefinitionName);
    if (!role) {
      throw new Error(`The specified role definition ${String(options.roleDefinitionId ?? options.roleDefinitionName)} was not found.`);
    }
    return role;
  }

  private group(name: string | true | undefined): CliPrincipal {
    const group = this.state.groups.find((candidate) => candidate.Title === name);
    if (!group) {
      throw new Error('Group cannot be found.');
    }
    return group;
  }

  private user(upn: string): CliPrincipal {
    return { Id: 6, Title: upn.split('@')[0], LoginName: `i:0#.f|membership|${upn}`, PrincipalType: 1 };
  }

  private grant(assignments: CliRoleAssignment[], principal: CliPrincipal, role: CliRoleDefinition): void {
    const existing = assignments.find((assignment) => assignment.PrincipalId === principal.Id);
    if (existing) {
      (existing.RoleDefinitionBindings as CliRoleDefinition[]).push(role);
    } else {
      assignments.push({ Member: principal, RoleDefinitionBindings: [role], PrincipalId: principal.Id });
    }
  }

  /** The 1.1 feature upgrade (and a fresh install) adds the library "Veröffentlichungen", inheriting the web's permissions. */
  private provisionPublicationLibrary(): void {
    const url = `${this.webPath}/${listSchema[publicationLibraryRule.list].url}`;
    if (!this.state.lists.some((candidate) => candidate.RootFolder.ServerRelativeUrl === url)) {
      this.state.lists.push({ RootFolder: { ServerRelativeUrl: url }, EnableFolderCreation: false });
    }
    // The department workbooks' library of the same release; its schema lets folders be created.
    const workbooks = `${this.webPath}/${listSchema.DepartmentWorkbooks.url}`;
    if (!this.state.lists.some((candidate) => candidate.RootFolder.ServerRelativeUrl === workbooks)) {
      this.state.lists.push({ RootFolder: { ServerRelativeUrl: workbooks }, EnableFolderCreation: true });
    }
  }

  /** The library's permissions: its own once inheritance is broken, else the web's. */
  private publicationLibrary(url: string | true | undefined): { HasUniqueRoleAssignments: boolean; RoleAssignments: readonly CliRoleAssignment[] } {
    if (this.relative(url) !== listSchema[publicationLibraryRule.list].url || !this.state.lists.some((candidate) => this.relative(candidate.RootFolder.ServerRelativeUrl) === this.relative(url))) {
      throw new Error('List does not exist.');
    }
    return this.state.publicationLibrary ?? { HasUniqueRoleAssignments: false, RoleAssignments: JSON.parse(JSON.stringify(this.state.web.RoleAssignments)) };
  }

  private read(name: string, options: Parsed['options']): unknown {
    const state = this.state;
    switch (name) {
      case 'status':
        return state.status;
      case 'spo roledefinition list':
        this.checkSite(options.webUrl);
        return state.roleDefinitions;
      case 'spo group list':
        this.checkSite(options.webUrl);
        return state.groups;
      case 'spo web get':
        this.checkSite(options.url);
        return state.web;
      case 'spo list list':
        this.checkSite(options.webUrl);
        return state.lists;
      case 'spo field get': {
        const column = relaxedColumns.find((candidate) => `Lists/${candidate.list}` === this.relative(options.listUrl) && candidate.id === options.id);
        const field = column && state.fields?.[`${column.list}/${column.field}`];
        if (!field) {
          throw new Error('Column does not exist.');
        }
        return { Id: options.id, InternalName: column.field, ...field };
      }
      case 'spo listitem list': {
        const list = this.relative(options.listUrl);
        if (!state.lists.some((candidate) => candidate.RootFolder.ServerRelativeUrl === `${this.webPath}/${list}`)) {
          throw new Error(`List '${list}' does not exist at site with URL '${this.product.siteUrl}'.`);
        }
        return list === 'Lists/Departments' ? state.departments : list === 'Lists/ReportingYears' ? state.reportingYears : list === 'Lists/PlanPeriods' ? (state.planPeriods ?? []) : list === 'Lists/Measures' ? (state.measureLocations ?? []) : [];
      }
      case 'spo folder list': {
        const parent = this.relative(options.parentFolderUrl);
        const list = this.listOfPath(parent).name;
        const depth = parent.split('/').length + 1;
        return (state.folders[list] ?? []).filter((folder) => {
          const path = this.relative(folder.ServerRelativeUrl);
          return path.startsWith(`${parent}/`) && (options.recursive === true || path.split('/').length === depth);
        });
      }
      case 'spo folder get':
        return options.withPermissions ? this.folderOf(options.url).permissions : {};
      case 'spo tenant appcatalogurl get':
        return state.appCatalogUrl;
      case 'spo app list':
        this.checkSite(options.appCatalogUrl);
        return state.apps;
      case 'spo storageentity get':
        return state.storageEntity?.Key === options.key ? state.storageEntity : undefined;
      case 'entra enterpriseapp get':
        return state.graph;
      case 'spo serviceprincipal grant list':
        return state.grants;
      case 'spo list get':
        this.checkSite(options.webUrl);
        return this.publicationLibrary(options.url);
      case 'spo user list':
        this.checkSite(options.webUrl);
        return state.everyonePrincipal ? [state.everyonePrincipal] : [];
      case 'tenant id get':
        return state.tenantId ?? simulatedTenantId;
      case 'teams app list':
        return state.teamsApps.filter((app) => app.distributionMethod === options.distributionMethod);
      case 'request': {
        const id = /\/appCatalogs\/teamsApps\/([^/]+)\/appDefinitions/.exec(String(options.url))?.[1];
        if (!id || !state.teamsApps.some((app) => app.id === id)) {
          throw new Error(`Request to ${String(options.url)} failed: 404`);
        }
        return { value: state.teamsAppDefinitions ?? [] };
      }
      default:
        throw new Error(`No answer recorded for ${name}`);
    }
  }

  private write(name: string, options: Parsed['options']): unknown {
    const state = this.state;
    switch (name) {
      case 'spo roledefinition add': {
        this.checkSite(options.webUrl);
        if (state.roleDefinitions.some((definition) => definition.Name === options.name)) {
          throw new Error('A role definition with the same name already exists.');
        }
        state.roleDefinitions.push({ Id: this.nextId++, Name: String(options.name), RoleTypeKind: 0, BasePermissionsValue: String(options.rights).split(',') });
        return undefined;
      }
      case 'spo group add': {
        this.checkSite(options.webUrl);
        if (state.groups.some((group) => group.Title === options.name)) {
          throw new Error('The specified name is already in use.');
        }
        const group = { Id: this.nextId++, Title: String(options.name), LoginName: String(options.name), PrincipalType: 8 };
        state.groups.push(group);
        return group;
      }
      case 'spo web roleassignment add':
        this.checkSite(options.webUrl);
        this.grant(state.web.RoleAssignments, this.group(options.groupName), this.role(options));
        return undefined;
      case 'spo list set': {
        const list = state.lists.find((candidate) => candidate.RootFolder.ServerRelativeUrl === `${this.webPath}/${this.relative(options.url)}`);
        if (!list) {
          throw new Error('List does not exist.');
        }
        if (options.enableFolderCreation !== undefined) {
          list.EnableFolderCreation = options.enableFolderCreation === 'true';
        }
        if (options.writeSecurity !== undefined) {
          if (!['1', '2', '4'].includes(String(options.writeSecurity))) {
            throw new Error(`Invalid writeSecurity '${options.writeSecurity}'.`);
          }
          list.WriteSecurity = Number(options.writeSecurity);
        }
        return undefined;
      }
      case 'request': {
        if (String(options.url) === `${this.product.siteUrl}/_api/web/ensureuser` && options.method === 'post') {
          const { logonName } = JSON.parse(String(options.body)) as { logonName: string };
          if (logonName !== `c:0-.f|rolemanager|spo-grid-all-users/${state.tenantId ?? simulatedTenantId}`) {
            throw new Error('The specified user could not be found.');
          }
          state.everyonePrincipal ??= { Id: this.nextId++, Title: 'Jeder außer externen Benutzern', LoginName: logonName, PrincipalType: 4 };
          return { Id: state.everyonePrincipal.Id, LoginName: logonName };
        }
        // The REST MERGE that changes a list column: /_api/web/GetList('<list>')/fields('<id>').
        const target = /\/_api\/web\/GetList\('([^']+)'\)\/fields\('([^']+)'\)$/.exec(String(options.url));
        const column = target && relaxedColumns.find((candidate) => `${this.webPath}/Lists/${candidate.list}` === target[1] && candidate.id === target[2]);
        const key = column ? `${column.list}/${column.field}` : undefined;
        if (!key || !state.fields?.[key] || options.method !== 'post' || options['x-http-method'] !== 'MERGE' || options['if-match'] === undefined) {
          throw new Error(`Request to ${String(options.url)} failed: 400`);
        }
        const body = JSON.parse(String(options.body)) as { Required?: unknown };
        if (typeof body.Required !== 'boolean') {
          throw new Error('The property Required expects a Boolean.');
        }
        state.fields = { ...state.fields, [key]: { ...state.fields[key], Required: body.Required } };
        return undefined;
      }
      case 'spo folder add': {
        const parent = this.relative(options.parentFolderUrl);
        const path = `${parent}/${String(options.name)}`;
        const { name: list, url: listUrl } = this.listOfPath(parent);
        const listEntry = state.lists.find((candidate) => candidate.RootFolder.ServerRelativeUrl === `${this.webPath}/${listUrl}`);
        if (!listEntry?.EnableFolderCreation) {
          throw new Error('Folders are not enabled on this list.');
        }
        if (state.folderPermissions[path]) {
          throw new Error(`A folder ${path} already exists.`);
        }
        (state.folders[list] ??= []).push({ Name: String(options.name), ServerRelativeUrl: `${this.webPath}/${path}` });
        // A new folder inherits the list's permissions, which here inherits the web's.
        state.folderPermissions[path] = { ListItemAllFields: { HasUniqueRoleAssignments: false, RoleAssignments: JSON.parse(JSON.stringify(state.web.RoleAssignments)) } };
        return undefined;
      }
      case 'spo list roleinheritance break': {
        const permissions = this.publicationLibrary(options.listUrl);
        if (!permissions.HasUniqueRoleAssignments) {
          const fullControl = state.roleDefinitions.find((definition) => definition.RoleTypeKind === 5)!;
          const assignments: CliRoleAssignment[] = options.clearExistingPermissions ? [] : JSON.parse(JSON.stringify(permissions.RoleAssignments));
          if (options.clearExistingPermissions) this.grant(assignments, this.user(state.status.connectedAs), fullControl);
          state.publicationLibrary = { HasUniqueRoleAssignments: true, RoleAssignments: assignments };
        }
        return undefined;
      }
      case 'spo list roleassignment add': {
        const permissions = this.publicationLibrary(options.listUrl) as { HasUniqueRoleAssignments: boolean; RoleAssignments: CliRoleAssignment[] };
        if (!permissions.HasUniqueRoleAssignments) {
          throw new Error('This operation is not allowed on an object that inherits permissions.');
        }
        const principal = options.groupName ? this.group(options.groupName) : [state.everyonePrincipal].find((candidate) => candidate && String(candidate.Id) === options.principalId);
        if (!principal) {
          throw new Error(`Principal ${String(options.principalId)} cannot be found.`);
        }
        this.grant(permissions.RoleAssignments, principal, this.role(options));
        return undefined;
      }
      case 'spo list roleassignment remove': {
        const permissions = this.publicationLibrary(options.listUrl) as { HasUniqueRoleAssignments: boolean; RoleAssignments: CliRoleAssignment[] };
        const principalId = options.upn ? this.user(String(options.upn)).Id : Number(options.principalId);
        const remaining = permissions.RoleAssignments.filter((assignment) => assignment.PrincipalId !== principalId);
        if (!permissions.HasUniqueRoleAssignments || remaining.length === permissions.RoleAssignments.length) {
          throw new Error(`The list has no role assignment of principal ${principalId} to remove.`);
        }
        state.publicationLibrary = { HasUniqueRoleAssignments: true, RoleAssignments: remaining };
        return undefined;
      }
      case 'spo folder roleinheritance break': {
        const { permissions } = this.folderOf(options.folderUrl);
        if (permissions.ListItemAllFields.HasUniqueRoleAssignments) {
          return undefined;
        }
        permissions.ListItemAllFields.HasUniqueRoleAssignments = true;
        if (options.clearExistingPermissions) {
          const fullControl = state.roleDefinitions.find((definition) => definition.RoleTypeKind === 5)!;
          permissions.ListItemAllFields.RoleAssignments = [];
          this.grant(permissions.ListItemAllFields.RoleAssignments, this.user(state.status.connectedAs), fullControl);
        }
        return undefined;
      }
      case 'spo folder roleassignment add': {
        const { permissions } = this.folderOf(options.folderUrl);
        if (!permissions.ListItemAllFields.HasUniqueRoleAssignments) {
          throw new Error('This operation is not allowed on an object that inherits permissions.');
        }
        this.grant(permissions.ListItemAllFields.RoleAssignments, this.group(options.groupName), this.role(options));
        return undefined;
      }
      case 'spo folder roleassignment remove': {
        const { permissions } = this.folderOf(options.folderUrl);
        if (!permissions.ListItemAllFields.HasUniqueRoleAssignments) {
          throw new Error('This operation is not allowed on an object that inherits permissions.');
        }
        const principalId = options.upn ? this.user(String(options.upn)).Id : Number(options.principalId);
        const before = permissions.ListItemAllFields.RoleAssignments.length;
        permissions.ListItemAllFields.RoleAssignments = permissions.ListItemAllFields.RoleAssignments.filter((assignment) => assignment.PrincipalId !== principalId);
        if (permissions.ListItemAllFields.RoleAssignments.length === before) {
          throw new Error(`The folder has no role assignment of principal ${principalId} to remove.`);
        }
        return undefined;
      }
      case 'spo app add': {
        const existing = state.apps.find((app) => app.ProductId === this.product.solutionId);
        if (existing && !options.overwrite) {
          throw new Error('A file with the name already exists.');
        }
        if (existing) {
          existing.AppCatalogVersion = this.product.solutionVersion;
          existing.Deployed = false;
          return { UniqueId: existing.ID };
        }
        const id = `00000000-0000-4000-8000-${String(this.nextId++).padStart(12, '0')}`;
        state.apps.push({ ID: id, ProductId: this.product.solutionId, Title: 'Integrationsplanung 365', AppCatalogVersion: this.product.solutionVersion, Deployed: false, InstalledVersion: '' });
        return { UniqueId: id };
      }
      case 'spo app deploy':
        this.app(options.id).Deployed = true;
        return undefined;
      case 'spo app install': {
        this.checkSite(options.siteUrl);
        const app = this.app(options.id);
        if (!app.Deployed || app.InstalledVersion !== '') {
          throw new Error(app.Deployed ? 'The app is already installed.' : 'The app is not deployed.');
        }
        app.InstalledVersion = app.AppCatalogVersion;
        // Installing provisions the lists (sharepoint/assets), without folders enabled where the schema has none.
        for (const list of ['Departments', 'ReportingYears', 'Measures', 'IndicatorValues', 'GoalAgreements', 'AgreementItems', 'AgreementComments', 'Meetings', 'InitialReviews', 'CorrectionRequests']) {
          if (!state.lists.some((candidate) => candidate.RootFolder.ServerRelativeUrl === `${this.webPath}/Lists/${list}`)) {
            // A new list gets the schema's settings: its item-level write security and which columns it requires.
            state.lists.push({ RootFolder: { ServerRelativeUrl: `${this.webPath}/Lists/${list}` }, EnableFolderCreation: false, WriteSecurity: itemWriteSecurity[list as ListName] ?? 1 });
            for (const column of relaxedColumns.filter((candidate) => candidate.list === list)) {
              state.fields = { ...state.fields, [`${list}/${column.field}`]: { Required: listSchema[column.list].fields.find((field) => field.name === column.field)?.required ?? false } };
            }
          }
        }
        this.provisionPublicationLibrary();
        return undefined;
      }
      case 'spo app upgrade': {
        this.checkSite(options.siteUrl);
        const app = this.app(options.id);
        if (app.InstalledVersion === '' || !app.Deployed) {
          throw new Error('The app is not installed or not deployed.');
        }
        app.InstalledVersion = app.AppCatalogVersion;
        this.provisionPublicationLibrary();
        return undefined;
      }
      case 'spo storageentity set':
        if (options.appCatalogUrl !== state.appCatalogUrl) {
          throw new Error('Unexpected app catalog');
        }
        state.storageEntity = { Key: String(options.key), Value: String(options.value) };
        return undefined;
      case 'spo serviceprincipal grant add': {
        if (options.resource !== 'Microsoft Graph') {
          throw new Error(`Unknown resource ${String(options.resource)}`);
        }
        const grant = state.grants.find((candidate) => candidate.resourceId === state.graph.id);
        if (grant?.scope.split(' ').includes(String(options.scope))) {
          throw new Error(`A permission request for ${String(options.scope)} was already approved.`);
        }
        if (grant) {
          grant.scope = `${grant.scope} ${String(options.scope)}`;
        } else {
          state.grants.push({ resourceId: state.graph.id, scope: String(options.scope) });
        }
        return undefined;
      }
      case 'teams app publish':
        if (state.teamsApps.some((app) => app.externalId === this.product.teamsAppId)) {
          throw new Error('Conflict: an app with the same external id exists.');
        }
        state.teamsApps.push({ id: `teams-${this.nextId++}`, externalId: this.product.teamsAppId, displayName: 'Integrationsplanung', distributionMethod: 'organization' });
        state.teamsAppDefinitions = [{ version: this.product.teamsVersion }];
        return undefined;
      case 'teams app update':
        if (!state.teamsApps.some((app) => app.id === options.id)) {
          throw new Error('App not found.');
        }
        state.teamsAppDefinitions = [{ version: this.product.teamsVersion }];
        return undefined;
      default:
        throw new Error(`The simulated tenant cannot run ${name}`);
    }
  }

  private app(id: string | true | undefined): State['apps'][number] {
    const app = this.state.apps.find((candidate) => candidate.ID === id);
    if (!app) {
      throw new Error(`App ${String(id)} not found in the catalogue.`);
    }
    return app;
  }
}
