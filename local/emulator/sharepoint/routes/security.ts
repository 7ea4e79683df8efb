import { SpError, spErrors } from '../errors';
import { ComplexValue } from '../metadata';
import { demand, UserPermissions } from '../permissions';
import { permission, splitMask } from '../roles';
import type { ScopeKey } from '../security';
import { loginFromClaims } from '../site';
import { roleAssignmentEntities, shapeEntity } from '../entities';
import { filterEntities } from '../odata/entityFilter';
import { parseQueryOptions } from '../odata/queryOptions';
import { collection, complex, expectMethod, noContent, primitive, single, type RouteResult, type SpCall } from './call';
import { parseArgs, type Segment } from './path';

/** A web, list or item whose role assignments can be read and changed. */
export interface Securable {
  readonly scope: ScopeKey;
  /** This object first, then its parents up to the web. */
  readonly chain: readonly ScopeKey[];
  maskFor(permissions: UserPermissions): bigint;
}

const fullControlId = 1073741829;

function inheritsError(): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
}

/** Handles the security members of a securable object; undefined if `segment` is none of them. */
export function securityRoute(call: SpCall, securable: Securable, segment: Segment, rest: readonly Segment[]): RouteResult | undefined {
  const { security } = call.context;
  switch (segment.lower) {
    case 'hasuniqueroleassignments':
      expectMethod(call, 'GET');
      return primitive(call, 'Edm.Boolean', 'HasUniqueRoleAssignments', security.hasUniqueRoleAssignments(securable.scope));
    case 'effectivebasepermissions':
      expectMethod(call, 'GET');
      return complex(call, 'SP.BasePermissions', 'EffectiveBasePermissions', new ComplexValue('SP.BasePermissions', splitMask(securable.maskFor(call.permissions))));
    case 'getusereffectivepermissions': {
      expectMethod(call, 'GET');
      const login = String(parseArgs(segment.args, call.url.searchParams).positional[0] ?? '');
      const user = security.siteUserByLogin(loginFromClaims(login));
      if (!user) {
        throw spErrors.userNotFound(login);
      }
      const mask = securable.maskFor(new UserPermissions(security, call.context.store, user.id));
      return complex(call, 'SP.BasePermissions', 'GetUserEffectivePermissions', new ComplexValue('SP.BasePermissions', splitMask(mask)));
    }
    case 'breakroleinheritance': {
      expectMethod(call, 'POST');
      demand(securable.maskFor(call.permissions), permission.managePermissions);
      const args = parseArgs(segment.args, call.url.searchParams);
      const copy = (args.named.get('copyroleassignments') ?? args.positional[0] ?? true) === true;
      if (!security.hasUniqueRoleAssignments(securable.scope)) {
        const inheritedFrom = UserPermissions.firstUnique(security, securable.chain.slice(1));
        // Without copying, SharePoint keeps the caller in with Full Control so nobody is locked out.
        const assignments = copy ? security.roleAssignments(inheritedFrom) ?? [] : [{ principalId: call.context.user.siteUserId, roleDefinitionIds: [fullControlId] }];
        security.breakInheritance(securable.scope, assignments);
      }
      return noContent();
    }
    case 'resetroleinheritance':
      expectMethod(call, 'POST');
      demand(securable.maskFor(call.permissions), permission.managePermissions);
      security.resetInheritance(securable.scope);
      return noContent();
    case 'roleassignments':
      return roleAssignmentsRoute(call, securable, segment, rest);
    default:
      return undefined;
  }
}

function roleAssignmentsRoute(call: SpCall, securable: Securable, segment: Segment, rest: readonly Segment[]): RouteResult {
  const { security } = call.context;
  const effectiveScope = UserPermissions.firstUnique(security, securable.chain);
  if (rest.length === 0) {
    expectMethod(call, 'GET');
    const options = parseQueryOptions(call.url.searchParams);
    const entities = filterEntities(roleAssignmentEntities(call.context, effectiveScope), options).map((entity) => shapeEntity(entity, options));
    if (segment.args) {
      const principalId = Number(parseArgs(segment.args, call.url.searchParams).positional[0]);
      const match = entities.find((entity) => entity.props.PrincipalId === principalId);
      if (!match) {
        throw spErrors.notFound(`roleassignments(${principalId})`);
      }
      return single(call, 'SP.ApiData.RoleAssignments/@Element', match);
    }
    return collection(call, 'SP.ApiData.RoleAssignments', entities);
  }
  const action = rest[0];
  const args = parseArgs(action.args, call.url.searchParams);
  if (action.lower === 'getbyprincipalid' && rest.length === 1) {
    expectMethod(call, 'GET');
    const principalId = Number(args.positional[0]);
    const options = parseQueryOptions(call.url.searchParams);
    const match = roleAssignmentEntities(call.context, effectiveScope).find((entity) => entity.props.PrincipalId === principalId);
    if (!match) {
      throw spErrors.notFound(`GetByPrincipalId(${principalId})`);
    }
    return single(call, 'SP.ApiData.RoleAssignments/@Element', shapeEntity(match, options));
  }
  if ((action.lower === 'addroleassignment' || action.lower === 'removeroleassignment') && rest.length === 1) {
    expectMethod(call, 'POST');
    demand(securable.maskFor(call.permissions), permission.managePermissions);
    if (!security.hasUniqueRoleAssignments(securable.scope)) {
      throw inheritsError();
    }
    const principalId = Number(args.named.get('principalid'));
    const roleDefinitionId = Number(args.named.get('roledefid'));
    if (!security.siteUser(principalId) && !security.siteGroup(principalId)) {
      throw spErrors.badRequest(`The principal with the id ${principalId} does not exist.`);
    }
    if (!security.roleDefinitionById(roleDefinitionId)) {
      throw spErrors.roleDefinitionNotFound();
    }
    if (action.lower === 'addroleassignment') {
      security.addRole(securable.scope, principalId, roleDefinitionId);
    } else {
      security.removeRole(securable.scope, principalId, roleDefinitionId);
    }
    return noContent();
  }
  throw spErrors.notFound(action.name);
}

