import { spErrors } from './errors';
import { ComplexValue, Entity } from './metadata';
import { entityTypeOf, type FieldDefinition, type ListDefinition } from './model';
import { listScope, webScope } from './permissions';
import type { RoleDefinition } from './roles';
import { isEveryoneClaim, type SiteGroup, type SiteUser } from './security';
import { claimsOf, folderPathOf, itemServerRelativeUrl, listRootPath, serviceRootOf, siteUrlOf, spDate, webServerRelativeUrl, webTitle, type SiteContext } from './site';
import type { StoredItem } from './store';
import { stableGuid } from '../core/ids';
import type { QueryOptions } from './odata/queryOptions';

/** A navigation property: only rendered when `$expand`ed. */
export class Navigation {
  public constructor(public readonly load: () => Entity | Entity[] | null) {}
}

export const webId = stableGuid('web:/sites/integration');
export const siteId = stableGuid('site:/sites/integration');

export function resourcePath(url: string): ComplexValue {
  return new ComplexValue('SP.ResourcePath', { DecodedUrl: url });
}

export function webEntity(context: SiteContext): Entity {
  const root = serviceRootOf(context);
  return new Entity(
    { type: 'SP.Web', uri: `${root}/Web`, editLink: 'Web' },
    {
      Id: webId,
      Title: webTitle,
      Description: 'Steuerung des kommunalen Integrationskonzepts',
      Url: siteUrlOf(context),
      ServerRelativeUrl: webServerRelativeUrl,
      ServerRelativePath: resourcePath(webServerRelativeUrl),
      Language: 1031,
      WebTemplate: 'STS',
      Created: '2019-01-01T00:00:00Z',
      HasUniqueRoleAssignments: true,
      RoleAssignments: new Navigation(() => roleAssignmentEntities(context, webScope))
    }
  );
}

export function listEntity(context: SiteContext, list: ListDefinition): Entity {
  const root = serviceRootOf(context);
  const editLink = `Web/Lists(guid'${list.id}')`;
  const items = [...context.store.items(list)];
  const lastModified = items.reduce((latest, item) => (item.modified > latest ? item.modified : latest), '2019-01-01T00:00:00Z');
  return new Entity(
    { type: 'SP.List', uri: `${root}/${editLink}`, editLink, etag: `"${items.length}"` },
    {
      Id: list.id,
      Title: list.title,
      Description: list.description,
      BaseTemplate: list.baseTemplate,
      BaseType: list.baseTemplate === 101 ? 1 : 0,
      ItemCount: items.length,
      Hidden: list.hidden,
      EnableVersioning: true,
      WriteSecurity: list.writeSecurity ?? 1,
      // SharePoint's EntityTypeName is the item type without 'SP.Data.' and 'Item': MeasuresList, Berichte.
      EntityTypeName: entityTypeOf(list).replace(/^SP\.Data\./, '').replace(/Item$/, ''),
      ListItemEntityTypeFullName: entityTypeOf(list),
      Created: '2019-01-01T00:00:00Z',
      LastItemModifiedDate: spDate(lastModified),
      ParentWebUrl: webServerRelativeUrl,
      HasUniqueRoleAssignments: context.security.hasUniqueRoleAssignments(listScope(list)),
      RootFolder: new Navigation(() => folderEntity(context, list, '')),
      ParentWeb: new Navigation(() => webEntity(context)),
      Fields: new Navigation(() => list.fields.map((field) => fieldEntity(context, list, field))),
      RoleAssignments: new Navigation(() => roleAssignmentEntities(context, listScope(list)))
    }
  );
}

const fieldTypeKinds: Record<string, number> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8, Number: 9, Currency: 10,
  Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19, User: 20, File: 18, ContentTypeId: 25, LookupMulti: 7, UserMulti: 20
};

function fieldODataType(field: FieldDefinition): string {
  switch (field.type) {
    case 'Text':
      return 'SP.FieldText';
    case 'Note':
      return 'SP.FieldMultiLineText';
    case 'Number':
      return 'SP.FieldNumber';
    case 'DateTime':
      return 'SP.FieldDateTime';
    case 'Choice':
      return 'SP.FieldChoice';
    case 'MultiChoice':
      return 'SP.FieldMultiChoice';
    case 'Lookup':
    case 'LookupMulti':
      return 'SP.FieldLookup';
    case 'User':
    case 'UserMulti':
      return 'SP.FieldUser';
    case 'Counter':
    case 'Integer':
      return 'SP.FieldNumber';
    default:
      return 'SP.Field';
  }
}

export function fieldEntity(context: SiteContext, list: ListDefinition, field: FieldDefinition): Entity {
  const root = serviceRootOf(context);
  const editLink = `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`;
  const lookupList = field.lookupListUrl ? context.store.list(field.lookupListUrl) : undefined;
  return new Entity(
    { type: fieldODataType(field), uri: `${root}/${editLink}`, editLink },
    {
      Id: field.id,
      InternalName: field.internalName,
      StaticName: field.internalName,
      EntityPropertyName: field.internalName.startsWith('_') ? `OData_${field.internalName}` : field.internalName,
      Title: field.title,
      TypeAsString: field.type,
      FieldTypeKind: fieldTypeKinds[field.type] ?? 0,
      Required: field.required,
      Hidden: field.hidden,
      ReadOnlyField: field.readOnly,
      Indexed: field.indexed,
      EnforceUniqueValues: field.enforceUniqueValues,
      CanBeDeleted: !field.builtIn,
      FromBaseType: field.builtIn,
      Group: field.builtIn ? '_Hidden' : 'Integrationsplanung',
      ...(field.choices ? { Choices: [...field.choices], FillInChoice: false } : {}),
      ...(field.type === 'LookupMulti' || field.type === 'UserMulti' ? { AllowMultipleValues: true } : {}),
      ...(field.type === 'Lookup' || field.type === 'User' ? { AllowMultipleValues: false } : {}),
      ...(lookupList ? { LookupList: `{${lookupList.id}}`, LookupField: field.lookupField ?? 'Title', LookupWebId: webId } : {}),
      ...(field.type === 'User' || field.type === 'UserMulti' ? { LookupField: field.lookupField ?? 'ImnName', SelectionMode: 0 } : {}),
      ...(field.type === 'DateTime' ? { DisplayFormat: field.dateOnly ? 0 : 1 } : {})
    }
  );
}

export function folderEntity(context: SiteContext, list: ListDefinition, path: string, folderItem?: StoredItem): Entity {
  const url = path === '' ? listRootPath(list) : `${listRootPath(list)}/${path}`;
  const root = serviceRootOf(context);
  const children = [...context.store.items(list)].filter((item) => item.folder.toLowerCase() === path.toLowerCase());
  return new Entity(
    { type: 'SP.Folder', uri: `${root}/Web/GetFolderByServerRelativePath(decodedurl='${url}')`, editLink: `Web/GetFolderByServerRelativePath(decodedurl='${url}')` },
    {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: children.length,
      Name: path === '' ? list.url.split('/').pop() : folderItem?.name ?? path.split('/').pop(),
      ProgID: null,
      ServerRelativeUrl: url,
      ServerRelativePath: resourcePath(url),
      TimeCreated: spDate(folderItem?.created ?? '2019-01-01T00:00:00Z'),
      TimeLastModified: spDate(folderItem?.modified ?? '2019-01-01T00:00:00Z'),
      UniqueId: folderItem?.guid ?? stableGuid(`rootfolder:${list.id}`),
      WelcomePage: '',
      ListItemAllFields: new Navigation(() => null)
    }
  );
}

export function fileEntity(context: SiteContext, list: ListDefinition, item: StoredItem): Entity {
  const url = itemServerRelativeUrl(list, item);
  const root = serviceRootOf(context);
  const author = context.security.siteUser(item.authorId);
  return new Entity(
    { type: 'SP.File', uri: `${root}/Web/GetFileByServerRelativePath(decodedurl='${url}')`, editLink: `Web/GetFileByServerRelativePath(decodedurl='${url}')`, etag: `"{${item.guid.toUpperCase()}},${item.version}"` },
    {
      CheckInComment: '',
      CheckOutType: 2,
      ContentTag: `{${item.guid.toUpperCase()}},${item.version},${item.version}`,
      ETag: `"{${item.guid.toUpperCase()}},${item.version}"`,
      Exists: true,
      Length: String(context.store.content(list, item.id)?.length ?? 0),
      Level: 1,
      MajorVersion: item.version,
      MinorVersion: 0,
      Name: item.name,
      ServerRelativeUrl: url,
      ServerRelativePath: resourcePath(url),
      TimeCreated: spDate(item.created),
      TimeLastModified: spDate(item.modified),
      Title: (item.values.Title as string | null | undefined) ?? null,
      UIVersion: item.version * 512,
      UIVersionLabel: `${item.version}.0`,
      UniqueId: item.guid,
      LinkingUrl: '',
      ModifiedBy: author ? author.title : null,
      FolderPath: folderPathOf(list, item.folder)
    }
  );
}

export function userEntity(context: SiteContext, user: SiteUser): Entity {
  const root = serviceRootOf(context);
  const editLink = `Web/GetUserById(${user.id})`;
  const isAdmin = context.security.groupsOf(user.id).some((groupId) => context.security.siteGroup(groupId)?.title.toLowerCase().includes('besitzer'));
  return new Entity(
    { type: 'SP.User', uri: `${root}/${editLink}`, editLink },
    {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: claimsOf(user.login),
      Title: user.title,
      // 4: a security group (the everyone claim); 1: a person.
      PrincipalType: isEveryoneClaim(user.login) ? 4 : 1,
      Email: isEveryoneClaim(user.login) ? '' : user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: isAdmin,
      UserId: isEveryoneClaim(user.login) ? null : { NameId: user.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: isEveryoneClaim(user.login) ? null : user.login
    }
  );
}

export function groupEntity(context: SiteContext, group: SiteGroup): Entity {
  const root = serviceRootOf(context);
  const editLink = `Web/SiteGroups/GetById(${group.id})`;
  return new Entity(
    { type: 'SP.Group', uri: `${root}/${editLink}`, editLink },
    {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.title,
      Title: group.title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: 'Integrationsplanung Besitzer',
      Users: new Navigation(() => group.memberIds.map((id) => context.security.siteUser(id)).filter((user): user is SiteUser => !!user).map((user) => userEntity(context, user)))
    }
  );
}

export function roleDefinitionEntity(context: SiteContext, role: RoleDefinition): Entity {
  const root = serviceRootOf(context);
  const editLink = `Web/RoleDefinitions(${role.id})`;
  return new Entity(
    { type: 'SP.RoleDefinition', uri: `${root}/${editLink}`, editLink },
    {
      BasePermissions: new ComplexValue('SP.BasePermissions', { High: String(role.high), Low: String(role.low) }),
      Description: role.description,
      Hidden: role.hidden,
      Id: role.id,
      Name: role.name,
      Order: role.order,
      RoleTypeKind: role.roleTypeKind
    }
  );
}

export function roleAssignmentEntities(context: SiteContext, scope: string): Entity[] {
  const root = serviceRootOf(context);
  return (context.security.roleAssignments(scope) ?? []).map((assignment) => {
    const editLink = `Web/RoleAssignments/GetByPrincipalId(${assignment.principalId})`;
    const user = context.security.siteUser(assignment.principalId);
    const group = context.security.siteGroup(assignment.principalId);
    return new Entity(
      { type: 'SP.RoleAssignment', uri: `${root}/${editLink}`, editLink },
      {
        PrincipalId: assignment.principalId,
        Member: new Navigation(() => (user ? userEntity(context, user) : group ? groupEntity(context, group) : null)),
        RoleDefinitionBindings: new Navigation(() =>
          assignment.roleDefinitionIds
            .map((id) => context.security.roleDefinitionById(id))
            .filter((role): role is RoleDefinition => !!role)
            .map((role) => roleDefinitionEntity(context, role))
        )
      }
    );
  });
}

/**
 * Applies `$select` / `$expand` to a non-item entity: navigation properties appear only when
 * expanded, `$select` keeps the named properties (and `Nav/Prop` inside expanded ones).
 */
export function shapeEntity(entity: Entity, options: Pick<QueryOptions, 'select' | 'expand'>): Entity {
  return shape(entity, options.select, options.expand.map((path) => path.split('/')));
}

function shape(entity: Entity, select: ReadonlyArray<readonly string[]> | undefined, expand: ReadonlyArray<readonly string[]>): Entity {
  const props: Record<string, unknown> = {};
  const expandedHere = new Set(expand.map((path) => path[0].toLowerCase()));
  const entries = Object.entries(entity.props);
  const find = (name: string): [string, unknown] | undefined => entries.find(([key]) => key.toLowerCase() === name.toLowerCase());
  const include = (key: string, value: unknown, subSelect: ReadonlyArray<readonly string[]> | undefined): void => {
    if (value instanceof Navigation) {
      if (!expandedHere.has(key.toLowerCase())) {
        return;
      }
      const subExpand = expand.filter((path) => path[0].toLowerCase() === key.toLowerCase() && path.length > 1).map((path) => path.slice(1));
      const loaded = value.load();
      props[key] = Array.isArray(loaded) ? loaded.map((child) => shape(child, subSelect, subExpand)) : loaded ? shape(loaded, subSelect, subExpand) : null;
      return;
    }
    props[key] = value;
  };
  if (!select) {
    for (const [key, value] of entries) {
      include(key, value, undefined);
    }
    return new Entity(entity.meta, props);
  }
  const grouped = new Map<string, Array<readonly string[]>>();
  for (const path of select) {
    const entry = find(path[0]);
    if (!entry) {
      throw spErrors.propertyNotFound(path.join('/'));
    }
    const subs = grouped.get(entry[0]) ?? [];
    if (path.length > 1) {
      subs.push(path.slice(1));
    }
    grouped.set(entry[0], subs);
  }
  for (const [key, subs] of grouped) {
    include(key, find(key)![1], subs.length > 0 ? subs : undefined);
  }
  return new Entity(entity.meta, props);
}
