import { spErrors } from './errors';
import { Entity } from './metadata';
import { entityTypeOf, idPropertyOf, isLookup, isMulti, isUser, type FieldDefinition, type ListDefinition } from './model';
import type { PropertyAccessor, ScalarKind } from './odata/evaluate';
import type { PropertyRef } from './odata/filter';
import { claimsOf, etagOf, folderPathOf, itemServerRelativeUrl, serviceRootOf, spDate, type SiteContext } from './site';
import type { StoredItem } from './store';
import { itemScope } from './permissions';

/** Columns that are properties of every item rather than schema fields. */
const systemProperties = new Set(['id', 'fsobjtype', 'filesystemobjecttype', 'fileref', 'filedirref', 'fileleafref', 'contenttypeid', 'guid']);

function fieldByName(list: ListDefinition, name: string): FieldDefinition | undefined {
  const lower = name.toLowerCase();
  return list.fields.find((field) => field.internalName.toLowerCase() === lower);
}

/** The lookup or person field behind `XId`, if `name` is such an id property. */
function fieldOfIdProperty(list: ListDefinition, name: string): FieldDefinition | undefined {
  const lower = name.toLowerCase();
  return list.fields.find((field) => (isLookup(field) || isUser(field)) && idPropertyOf(field).toLowerCase() === lower);
}

function scalarKindOf(field: FieldDefinition): ScalarKind {
  switch (field.type) {
    case 'Number':
    case 'Integer':
    case 'Counter':
    case 'Currency':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'DateTime':
      return 'date';
    default:
      return 'text';
  }
}

function contentTypeIdOf(item: StoredItem): string {
  // Item, Folder and Document content types, extended by a list-specific suffix as in SharePoint.
  const base = item.kind === 'folder' ? '0x0120' : item.kind === 'file' ? '0x0101' : '0x0100';
  return `${base}00A1B2C3D4E5F60718293A4B5C6D7E8F90`;
}

/** The value of a plain column of an item (Title, Number, Choice, ...). */
export function rawValue(item: StoredItem, field: FieldDefinition): unknown {
  switch (field.internalName) {
    case 'ID':
      return item.id;
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
    case '_UIVersionString':
      return `${item.version}.0`;
    case 'GUID':
      return item.guid;
    case 'Attachments':
      return (item.attachments?.length ?? 0) > 0;
    case 'FileLeafRef':
      return item.name;
    case 'FSObjType':
      return item.kind === 'folder' ? 1 : 0;
    case 'ContentTypeId':
      return contentTypeIdOf(item);
    default: {
      const value = item.values[field.internalName];
      if (value === undefined) {
        if (isMulti(field)) {
          return [];
        }
        return field.type === 'Boolean' ? false : null;
      }
      return value;
    }
  }
}

function outputValue(field: FieldDefinition, value: unknown): unknown {
  if (field.type === 'DateTime' && typeof value === 'string') {
    return spDate(value);
  }
  return value;
}

/** OData property name of a column: names starting with '_' get SharePoint's `OData_` prefix. */
function propertyName(name: string): string {
  return name.startsWith('_') ? `OData_${name}` : name;
}

/** Resolves `$filter` / `$orderby` property paths of one list to typed accessors. */
export class ItemPropertyResolver {
  public constructor(private readonly context: SiteContext, private readonly list: ListDefinition, private readonly expanded: ReadonlySet<string>) {}

  /** Whether the column behind `ref` is indexed (for the list view threshold). */
  public isIndexed(ref: PropertyRef): boolean {
    const [first, second] = ref.path;
    const lower = first.toLowerCase();
    if (lower === 'id') {
      return true;
    }
    const idField = fieldOfIdProperty(this.list, first);
    if (idField) {
      return idField.indexed;
    }
    const field = fieldByName(this.list, first);
    if (field && (isLookup(field) || isUser(field))) {
      return field.indexed && (second === undefined || second.toLowerCase() === 'id');
    }
    return field?.indexed ?? false;
  }

  public accessor(ref: PropertyRef): PropertyAccessor<StoredItem> {
    const [first, second] = ref.path;
    const lower = first.toLowerCase();
    const display = ref.path.join('/');
    if (ref.path.length === 1) {
      if (lower === 'id') {
        return { kind: 'number', multi: false, read: (item) => item.id };
      }
      if (lower === 'fsobjtype' || lower === 'filesystemobjecttype') {
        return { kind: 'number', multi: false, read: (item) => (item.kind === 'folder' ? 1 : 0) };
      }
      if (lower === 'fileref') {
        return { kind: 'text', multi: false, read: (item) => itemServerRelativeUrl(this.list, item) };
      }
      if (lower === 'filedirref') {
        return { kind: 'text', multi: false, read: (item) => folderPathOf(this.list, item.folder) };
      }
      const idField = fieldOfIdProperty(this.list, first);
      if (idField) {
        return { kind: 'number', multi: isMulti(idField), read: (item) => rawValue(item, idField) };
      }
      const field = fieldByName(this.list, first);
      if (!field) {
        throw spErrors.fieldNotFound(first);
      }
      if (isLookup(field) || isUser(field)) {
        throw spErrors.projectionNeedsExpand(display, field.internalName);
      }
      return { kind: scalarKindOf(field), multi: isMulti(field), read: (item) => rawValue(item, field) };
    }
    const field = fieldByName(this.list, first);
    if (!field || !(isLookup(field) || isUser(field)) || ref.path.length > 2) {
      throw spErrors.fieldNotFound(display);
    }
    const sub = second.toLowerCase();
    if (sub === 'id') {
      return { kind: 'number', multi: isMulti(field), read: (item) => rawValue(item, field) };
    }
    if (!this.expanded.has(field.internalName.toLowerCase())) {
      throw spErrors.projectionNeedsExpand(display, field.internalName);
    }
    const project = this.projector(field, second);
    return {
      kind: project.kind,
      multi: isMulti(field),
      read: (item) => {
        const ids = rawValue(item, field);
        return Array.isArray(ids) ? ids.map((id) => project.read(id as number)) : ids === null ? null : project.read(ids as number);
      }
    };
  }

  /** Reads `sub` of the lookup target or person with the given id. */
  private projector(field: FieldDefinition, sub: string): { kind: ScalarKind; read(id: number): unknown } {
    if (isUser(field)) {
      const reader = personProperty(sub);
      if (!reader) {
        throw spErrors.fieldNotFound(`${field.internalName}/${sub}`);
      }
      return { kind: 'text', read: (id) => {
        const user = this.context.security.siteUser(id);
        return user ? reader(user, this.context) : null;
      } };
    }
    const target = this.context.store.list(field.lookupListUrl ?? '');
    const targetField = target ? fieldByName(target, sub) : undefined;
    if (!target || !targetField) {
      throw spErrors.fieldNotFound(`${field.internalName}/${sub}`);
    }
    return {
      kind: scalarKindOf(targetField),
      read: (id) => {
        const targetItem = this.context.store.item(target, id);
        return targetItem ? outputValue(targetField, rawValue(targetItem, targetField)) : null;
      }
    };
  }
}

type PersonReader = (user: { id: number; login: string; title: string; email: string }, context: SiteContext) => unknown;

function personProperty(name: string): PersonReader | undefined {
  const readers: Record<string, PersonReader> = {
    id: (user) => user.id,
    title: (user) => user.title,
    name: (user) => claimsOf(user.login),
    email: (user) => user.email,
    username: (user) => user.login,
    firstname: (user) => user.title.split(' ')[0],
    lastname: (user) => user.title.split(' ').slice(1).join(' '),
    jobtitle: (user, context) => context.users().find((candidate) => candidate.siteUserId === user.id)?.jobTitle ?? null,
    department: (user, context) => context.users().find((candidate) => candidate.siteUserId === user.id)?.department ?? null
  };
  return readers[name.toLowerCase()];
}

/** Renders items for `$select` / `$expand`, validating the projection like SharePoint does. */
export class ItemRenderer {
  private readonly plan: Array<(item: StoredItem, props: Record<string, unknown>) => void> = [];

  public constructor(private readonly context: SiteContext, private readonly list: ListDefinition, select: ReadonlyArray<readonly string[]> | undefined, expand: readonly string[]) {
    const expanded = new Map<string, FieldDefinition | 'File' | 'Folder'>();
    for (const name of expand) {
      const lower = name.toLowerCase();
      if (lower === 'file' || lower === 'folder') {
        expanded.set(lower, lower === 'file' ? 'File' : 'Folder');
        continue;
      }
      const field = fieldByName(list, name);
      if (!field || !(isLookup(field) || isUser(field))) {
        throw spErrors.propertyNotFound(name);
      }
      expanded.set(lower, field);
    }
    if (!select) {
      this.plan.push((item, props) => Object.assign(props, this.defaultProperties(item)));
      for (const [, target] of expanded) {
        this.planExpansion(target, ['Id', 'Title']);
      }
      return;
    }
    const projections = new Map<string, string[]>();
    for (const path of select) {
      if (path.length > 2) {
        throw spErrors.propertyNotFound(path.join('/'));
      }
      const [first, second] = path;
      const lower = first.toLowerCase();
      if (second !== undefined || expanded.has(lower)) {
        const target = expanded.get(lower);
        if (!target) {
          throw spErrors.projectionNeedsExpand(path.join('/'), first);
        }
        const subs = projections.get(lower) ?? [];
        if (second !== undefined) {
          subs.push(second);
        }
        projections.set(lower, subs);
        continue;
      }
      this.plan.push(this.simpleProperty(first));
    }
    for (const [lower, subs] of projections) {
      this.planExpansion(expanded.get(lower)!, subs.length > 0 ? subs : ['Id', 'Title']);
    }
  }

  public render(item: StoredItem): Entity {
    const props: Record<string, unknown> = {};
    for (const step of this.plan) {
      step(item, props);
    }
    const root = serviceRootOf(this.context);
    const editLink = `Web/Lists(guid'${this.list.id}')/Items(${item.id})`;
    return new Entity({ type: entityTypeOf(this.list), uri: `${root}/${editLink}`, editLink, etag: etagOf(item) }, props);
  }

  private defaultProperties(item: StoredItem): Record<string, unknown> {
    const props: Record<string, unknown> = {
      FileSystemObjectType: item.kind === 'folder' ? 1 : 0,
      Id: item.id,
      ServerRedirectedEmbedUri: null,
      ServerRedirectedEmbedUrl: '',
      ContentTypeId: rawValue(item, fieldByName(this.list, 'ContentTypeId')!)
    };
    for (const field of this.list.fields) {
      if (field.builtIn && field.internalName !== 'Title') {
        continue;
      }
      Object.assign(props, this.fieldProperties(item, field));
    }
    Object.assign(props, {
      ComplianceAssetId: null,
      OData__UIVersionString: `${item.version}.0`,
      Attachments: (item.attachments?.length ?? 0) > 0,
      GUID: item.guid,
      ID: item.id,
      Modified: spDate(item.modified),
      Created: spDate(item.created),
      AuthorId: item.authorId,
      EditorId: item.editorId
    });
    return props;
  }

  private fieldProperties(item: StoredItem, field: FieldDefinition): Record<string, unknown> {
    const value = rawValue(item, field);
    if (isLookup(field)) {
      return { [idPropertyOf(field)]: value };
    }
    if (isUser(field)) {
      const stringId = Array.isArray(value) ? value.map(String) : value === null ? null : String(value);
      return { [idPropertyOf(field)]: value, [`${field.internalName}StringId`]: stringId };
    }
    return { [propertyName(field.internalName)]: outputValue(field, value) };
  }

  private simpleProperty(name: string): (item: StoredItem, props: Record<string, unknown>) => void {
    const lower = name.toLowerCase();
    if (systemProperties.has(lower)) {
      return (item, props) => {
        switch (lower) {
          case 'id':
            props[name === 'ID' ? 'ID' : 'Id'] = item.id;
            return;
          case 'fsobjtype':
            props.FSObjType = item.kind === 'folder' ? 1 : 0;
            return;
          case 'filesystemobjecttype':
            props.FileSystemObjectType = item.kind === 'folder' ? 1 : 0;
            return;
          case 'fileref':
            props.FileRef = itemServerRelativeUrl(this.list, item);
            return;
          case 'filedirref':
            props.FileDirRef = folderPathOf(this.list, item.folder);
            return;
          case 'fileleafref':
            props.FileLeafRef = item.name;
            return;
          case 'contenttypeid':
            props.ContentTypeId = contentTypeIdOf(item);
            return;
          case 'guid':
            props.GUID = item.guid;
            return;
        }
      };
    }
    if (lower === 'hasuniqueroleassignments') {
      return (item, props) => {
        props.HasUniqueRoleAssignments = this.context.security.hasUniqueRoleAssignments(itemScope(this.list, item.id));
      };
    }
    const idField = fieldOfIdProperty(this.list, name);
    if (idField) {
      return (item, props) => {
        props[idPropertyOf(idField)] = rawValue(item, idField);
      };
    }
    if (lower.endsWith('stringid')) {
      const userField = this.list.fields.find((field) => isUser(field) && `${field.internalName}StringId`.toLowerCase() === lower);
      if (userField) {
        return (item, props) => Object.assign(props, this.fieldProperties(item, userField));
      }
    }
    const unprefixed = lower.startsWith('odata_') ? name.slice(6) : name;
    const field = fieldByName(this.list, unprefixed);
    if (!field) {
      throw spErrors.propertyNotFound(name);
    }
    if (isLookup(field) || isUser(field)) {
      throw spErrors.projectionNeedsExpand(name, field.internalName);
    }
    return (item, props) => {
      props[propertyName(field.internalName)] = outputValue(field, rawValue(item, field));
    };
  }

  private planExpansion(target: FieldDefinition | 'File' | 'Folder', subs: readonly string[]): void {
    if (target === 'File' || target === 'Folder') {
      this.plan.push((item, props) => {
        const url = itemServerRelativeUrl(this.list, item);
        const matches = (target === 'File' && item.kind === 'file') || (target === 'Folder' && item.kind === 'folder');
        props[target] = matches
          ? new Entity(
              { type: target === 'File' ? 'SP.File' : 'SP.Folder', uri: `${serviceRootOf(this.context)}/Web/Get${target}ByServerRelativePath(decodedurl='${url}')` },
              { Name: item.name, ServerRelativeUrl: url, TimeLastModified: spDate(item.modified), ...(target === 'File' ? { Length: String(this.context.store.content(this.list, item.id)?.length ?? 0) } : {}) }
            )
          : null;
      });
      return;
    }
    const field = target;
    const resolver = new ItemPropertyResolver(this.context, this.list, new Set([field.internalName.toLowerCase()]));
    const readers = subs.map((sub) => ({ name: sub.toLowerCase() === 'id' ? 'Id' : sub, accessor: resolver.accessor({ kind: 'property', path: [field.internalName, sub] }) }));
    const typeName = isUser(field) ? 'SP.Data.UserInfoItem' : entityTypeOf(this.context.store.list(field.lookupListUrl ?? '')!);
    const root = serviceRootOf(this.context);
    this.plan.push((item, props) => {
      const ids = rawValue(item, field);
      const one = (id: number): Entity => {
        const values: Record<string, unknown> = {};
        for (const reader of readers) {
          const projected = reader.name === 'Id' ? id : reader.accessor.read({ ...item, values: { ...item.values, [field.internalName]: id } });
          values[reader.name] = projected;
        }
        const uri = isUser(field) ? `${root}/Web/SiteUserInfoList/Items(${id})` : `${root}/Web/Lists(guid'${this.context.store.list(field.lookupListUrl ?? '')!.id}')/Items(${id})`;
        return new Entity({ type: typeName, uri }, values);
      };
      if (Array.isArray(ids)) {
        props[field.internalName] = ids.map((id) => one(id as number));
      } else {
        props[field.internalName] = ids === null ? null : one(ids as number);
      }
    });
  }
}
