import { createHash } from 'node:crypto';
import { Navigation, groupEntity, roleDefinitionEntity, shapeEntity, userEntity, webEntity } from '../entities';
import { spErrors } from '../errors';
import { parseJsonBody } from '../itemWrites';
import { ComplexValue, Entity } from '../metadata';
import { filterEntities } from '../odata/entityFilter';
import { parseQueryOptions } from '../odata/queryOptions';
import { demand, webScope } from '../permissions';
import { regionalSettingsEntity } from '../regional';
import { permission, type RoleDefinition } from '../roles';
import type { SiteGroup, SiteUser } from '../security';
import { loginFromClaims, serviceRootOf, siteUrlOf } from '../site';
import { collection, complex, expectMethod, noContent, single, type RouteResult, type SpCall } from './call';
import { fileRoute, folderRoute, locateFile, locateFolder, webFoldersRoute } from './folders';
import { listByUrl, listRoute, listsRoute } from './lists';
import { singleArg, type Segment } from './path';
import { securityRoute } from './security';

/** How long a form digest is valid, as SharePoint Online reports it. */
export const formDigestTimeoutSeconds = 1800;

/** `POST /_api/contextinfo`: the form digest PnPjs sends back as `X-RequestDigest`. */
export function contextInfoRoute(call: SpCall): RouteResult {
  expectMethod(call, 'POST');
  const now = call.context.now();
  const digest = `0x${createHash('sha256').update(`${call.context.user.login}:${now.toISOString()}`).digest('hex').toUpperCase().slice(0, 128)},${now.toUTCString().replace(/^\w+, /, '')}`;
  return complex(
    call,
    'SP.ContextWebInformation',
    'GetContextWebInformation',
    new ComplexValue('SP.ContextWebInformation', {
      FormDigestTimeoutSeconds: formDigestTimeoutSeconds,
      FormDigestValue: digest,
      LibraryVersion: '16.0.25000.12000',
      SiteFullUrl: siteUrlOf(call.context),
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: siteUrlOf(call.context)
    })
  );
}

function userById(call: SpCall, id: number): SiteUser {
  const user = call.context.security.siteUser(id);
  if (!user) {
    throw spErrors.userNotFound(String(id));
  }
  return user;
}

function userResult(call: SpCall, user: SiteUser): RouteResult {
  return single(call, 'SP.ApiData.Users/@Element', shapeEntity(userEntity(call.context, user), parseQueryOptions(call.url.searchParams)));
}

function usersResult(call: SpCall, users: readonly SiteUser[]): RouteResult {
  const options = parseQueryOptions(call.url.searchParams);
  const entities = filterEntities(users.map((user) => userEntity(call.context, user)), options);
  return collection(call, 'SP.ApiData.Users', entities.map((entity) => shapeEntity(entity, options)));
}

/** `/web` and everything below it. */
export function webRoute(call: SpCall, rest: readonly Segment[]): RouteResult {
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    return single(call, 'SP.ApiData.Webs/@Element', shapeEntity(webEntity(call.context), parseQueryOptions(call.url.searchParams)));
  }
  const [segment, ...more] = rest;
  const security = securityRoute(call, { scope: webScope, chain: [webScope], maskFor: (permissions) => permissions.web() }, segment, more);
  if (security) {
    return security;
  }
  const arg = (): string => String(singleArg(segment, call.url.searchParams) ?? '');
  switch (segment.lower) {
    case 'lists':
      return listsRoute(call, segment, more);
    case 'getlist':
    case 'getlistusingpath':
      return listRoute(call, listByUrl(call, arg()), more);
    case 'currentuser':
      expectMethod(call, 'GET');
      return userResult(call, userById(call, call.context.user.siteUserId));
    case 'getuserbyid':
      expectMethod(call, 'GET');
      return userResult(call, userById(call, Number(arg())));
    case 'siteusers':
      return siteUsersRoute(call, segment, more);
    case 'ensureuser':
      return ensureUserRoute(call);
    case 'sitegroups':
      return siteGroupsRoute(call, segment, more);
    case 'roledefinitions':
      return roleDefinitionsRoute(call, segment, more);
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl': {
      const { list, path } = locateFolder(call.context, arg());
      return folderRoute(call, list, path, more);
    }
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl': {
      const { list, item } = locateFile(call, arg());
      return fileRoute(call, list, item, more);
    }
    case 'folders':
      return webFoldersRoute(call, more);
    case 'regionalsettings':
      return regionalSettingsRoute(call, more);
    case 'getstorageentity':
      expectMethod(call, 'GET');
      return storageEntityRoute(call, arg());
    default:
      throw spErrors.notFound(segment.name);
  }
}

/** `/web/RegionalSettings` and its `TimeZone`; changing them is a site owner's job in the UI, not the product's. */
function regionalSettingsRoute(call: SpCall, rest: readonly Segment[]): RouteResult {
  expectMethod(call, 'GET');
  const settings = regionalSettingsEntity(call.context);
  if (rest.length === 0) {
    return single(call, 'SP.ApiData.RegionalSettingss/@Element', shapeEntity(settings, parseQueryOptions(call.url.searchParams)));
  }
  if (rest.length === 1 && rest[0].lower === 'timezone') {
    const zone = (settings.props.TimeZone as Navigation).load() as Entity;
    return single(call, 'SP.ApiData.TimeZones/@Element', shapeEntity(zone, parseQueryOptions(call.url.searchParams)));
  }
  throw spErrors.notFound(rest[0].name);
}

/**
 * `GetStorageEntity('<key>')`: a tenant property, readable from every site of the tenant. A key
 * nobody set is no error in SharePoint: the answer is OData's null (`{"odata.null": true}`).
 */
function storageEntityRoute(call: SpCall, key: string): RouteResult {
  const entry = call.context.tenantProperties.get(key);
  if (!entry) {
    return { status: 200, json: call.level === 'verbose' ? { d: { GetStorageEntity: null } } : { 'odata.null': true } };
  }
  const editLink = `web/GetStorageEntity('${key.replace(/'/g, "''")}')`;
  const value = entry.value.startsWith('/') ? `${call.context.origin}${entry.value}` : entry.value;
  return single(
    call,
    'SP.ApiData.StorageEntitys/@Element',
    new Entity({ type: 'Microsoft.SharePoint.ClientSideComponent.StorageEntity', uri: `${serviceRootOf(call.context)}/${editLink}`, editLink }, { Comment: entry.comment ?? null, Description: entry.description ?? null, Value: value })
  );
}

function ensureUserRoute(call: SpCall): RouteResult {
  expectMethod(call, 'POST');
  const body = parseJsonBody(call.body);
  const logonName = String(body.logonName ?? body.logonname ?? '');
  const user = call.context.security.siteUserByLogin(loginFromClaims(logonName));
  if (!user) {
    // Only people of the tenant (here: the seeded users) can be added to the site.
    throw spErrors.userNotFound(logonName);
  }
  return single(call, 'SP.ApiData.Users/@Element', userEntity(call.context, user));
}

function siteUsersRoute(call: SpCall, segment: Segment, rest: readonly Segment[]): RouteResult {
  const { security } = call.context;
  if (segment.args) {
    const login = loginFromClaims(String(singleArg(segment, call.url.searchParams) ?? '').replace(/^!@v::/, ''));
    const user = security.siteUserByLogin(login);
    if (!user) {
      throw spErrors.userNotFound(login);
    }
    return userResult(call, user);
  }
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    return usersResult(call, security.siteUsers());
  }
  const [action] = rest;
  const arg = String(singleArg(action, call.url.searchParams) ?? '');
  switch (action.lower) {
    case 'getbyid':
      return userResult(call, userById(call, Number(arg)));
    case 'getbyemail': {
      const user = security.siteUsers().find((candidate) => candidate.email.toLowerCase() === arg.toLowerCase());
      if (!user) {
        throw spErrors.userNotFound(arg);
      }
      return userResult(call, user);
    }
    case 'getbyloginname': {
      const user = security.siteUserByLogin(loginFromClaims(arg));
      if (!user) {
        throw spErrors.userNotFound(arg);
      }
      return userResult(call, user);
    }
    default:
      throw spErrors.notFound(action.name);
  }
}

function siteGroupsRoute(call: SpCall, segment: Segment, rest: readonly Segment[]): RouteResult {
  const { security } = call.context;
  const options = parseQueryOptions(call.url.searchParams);
  if (segment.args) {
    const group = security.siteGroup(Number(singleArg(segment, call.url.searchParams)));
    if (!group) {
      throw spErrors.groupNotFound();
    }
    return groupRoute(call, group, rest);
  }
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    const groups = filterEntities(security.siteGroups().map((group) => groupEntity(call.context, group)), options);
    return collection(call, 'SP.ApiData.Groups', groups.map((group) => shapeEntity(group, options)));
  }
  const [action, ...more] = rest;
  const arg = singleArg(action, call.url.searchParams);
  let group: SiteGroup | undefined;
  switch (action.lower) {
    case 'getbyname':
      group = security.siteGroupByTitle(String(arg ?? ''));
      break;
    case 'getbyid':
      group = security.siteGroup(Number(arg));
      break;
    default:
      throw spErrors.notFound(action.name);
  }
  if (!group) {
    throw spErrors.groupNotFound();
  }
  return groupRoute(call, group, more);
}

function groupRoute(call: SpCall, group: SiteGroup, rest: readonly Segment[]): RouteResult {
  const { security } = call.context;
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    return single(call, 'SP.ApiData.Groups/@Element', shapeEntity(groupEntity(call.context, group), parseQueryOptions(call.url.searchParams)));
  }
  const [segment, ...more] = rest;
  if (segment.lower !== 'users') {
    throw spErrors.notFound(segment.name);
  }
  const members = (): SiteUser[] => security.siteGroup(group.id)!.memberIds.map((id) => security.siteUser(id)).filter((user): user is SiteUser => !!user);
  if (more.length === 0 && !segment.args) {
    if (call.method === 'GET') {
      return usersResult(call, members());
    }
    // PnPjs `users.add(loginName)` posts { LoginName } to the collection.
    expectMethod(call, 'POST');
    demand(call.permissions.web(), permission.managePermissions);
    const body = parseJsonBody(call.body);
    const user = security.siteUserByLogin(loginFromClaims(String(body.LoginName ?? '')));
    if (!user) {
      throw spErrors.userNotFound(String(body.LoginName ?? ''));
    }
    if (!group.memberIds.includes(user.id)) {
      security.addMember(group.id, user.id);
    }
    return userResult(call, user);
  }
  const [action] = more;
  const arg = singleArg(action ?? segment, call.url.searchParams);
  if (action && (action.lower === 'removebyid' || action.lower === 'removebyloginname')) {
    expectMethod(call, 'POST');
    demand(call.permissions.web(), permission.managePermissions);
    const user = action.lower === 'removebyid' ? security.siteUser(Number(arg)) : security.siteUserByLogin(loginFromClaims(String(arg ?? '')));
    if (user && group.memberIds.includes(user.id)) {
      security.removeMember(group.id, user.id);
    }
    return noContent();
  }
  if (action && action.lower === 'getbyid') {
    const user = members().find((member) => member.id === Number(arg));
    if (!user) {
      throw spErrors.userNotFound(String(arg));
    }
    return userResult(call, user);
  }
  throw spErrors.notFound(action?.name ?? segment.name);
}

function roleDefinitionsRoute(call: SpCall, segment: Segment, rest: readonly Segment[]): RouteResult {
  const { security } = call.context;
  const options = parseQueryOptions(call.url.searchParams);
  const one = (role: RoleDefinition | undefined): RouteResult => {
    if (!role) {
      throw spErrors.roleDefinitionNotFound();
    }
    return single(call, 'SP.ApiData.RoleDefinitions/@Element', shapeEntity(roleDefinitionEntity(call.context, role), options));
  };
  if (!segment.args && rest.length === 0 && call.method === 'POST') {
    return one(addRoleDefinition(call));
  }
  expectMethod(call, 'GET');
  if (segment.args) {
    return one(security.roleDefinitionById(Number(singleArg(segment, call.url.searchParams))));
  }
  if (rest.length === 0) {
    const roles = filterEntities(security.roleDefinitions().map((role) => roleDefinitionEntity(call.context, role)), options);
    return collection(call, 'SP.ApiData.RoleDefinitions', roles.map((role) => shapeEntity(role, options)));
  }
  const [action] = rest;
  const arg = singleArg(action, call.url.searchParams);
  switch (action.lower) {
    case 'getbyid':
      return one(security.roleDefinitionById(Number(arg)));
    case 'getbyname':
      return one(security.roleDefinitionByName(String(arg ?? '')));
    case 'getbytype':
      return one(security.roleDefinitions().find((role) => role.roleTypeKind === Number(arg)));
    default:
      throw spErrors.notFound(action.name);
  }
}

/** `POST web/roledefinitions` with `{ Name, Description, Order, BasePermissions: { High, Low } }`: a custom permission level. */
function addRoleDefinition(call: SpCall): RoleDefinition {
  const { security } = call.context;
  demand(call.permissions.web(), permission.managePermissions);
  const body = parseJsonBody(call.body);
  const name = String(body.Name ?? '').trim();
  const base = (body.BasePermissions ?? {}) as Record<string, unknown>;
  const low = Number(base.Low);
  const high = Number(base.High);
  if (name === '' || !Number.isInteger(low) || !Number.isInteger(high) || low < 0 || high < 0 || low > 0xffffffff || high > 0xffffffff) {
    throw spErrors.badRequest('A permission level needs a Name and BasePermissions with High and Low.');
  }
  if (security.roleDefinitionByName(name)) {
    // SharePoint refuses a second level of the same name.
    throw spErrors.badRequest(`The role definition '${name}' already exists.`);
  }
  return security.addRoleDefinition({ name, description: String(body.Description ?? ''), order: Number(body.Order ?? 0) || 0, low, high });
}
