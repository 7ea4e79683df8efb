import { spErrors } from '../errors';
import { Entity } from '../metadata';
import { isLookup, isMulti, isUser, type FieldDefinition, type ListDefinition } from '../model';
import { rawValue } from '../itemProperties';
import { serviceRootOf, spDate } from '../site';
import type { StoredItem } from '../store';
import { collection, expectMethod, single, type RouteResult, type SpCall } from './call';
import type { Segment } from './path';

/** SharePoint numbers versions 512 per major version: 1.0 → 512, 2.0 → 1024. */
const versionIdStep = 512;

function propertyName(name: string): string {
  return name.startsWith('_') ? `OData_${name}` : name;
}

/**
 * A version's field values as SharePoint's `SP.ListItemVersion` carries them: plain columns by
 * internal name, lookups as `SP.FieldLookupValue` and persons as `SP.FieldUserValue` objects
 * (there is no `$expand` on versions; LookupValue is the target's title at read time).
 */
function fieldValue(call: SpCall, field: FieldDefinition, version: StoredItem): unknown {
  const value = rawValue(version, field);
  if (isUser(field)) {
    const person = (id: unknown): unknown => {
      const user = typeof id === 'number' ? call.context.security.siteUser(id) : undefined;
      return user ? { LookupId: user.id, LookupValue: user.title, Email: user.email } : null;
    };
    return isMulti(field) ? (value as unknown[]).map(person) : person(value);
  }
  if (isLookup(field)) {
    const target = call.context.store.list(field.lookupListUrl ?? '');
    const lookup = (id: unknown): unknown => {
      const item = target && typeof id === 'number' ? call.context.store.item(target, id) : undefined;
      const shown = item ? item.values[field.lookupField ?? 'Title'] ?? null : null;
      return typeof id === 'number' ? { LookupId: id, LookupValue: shown === null ? '' : String(shown) } : null;
    };
    return isMulti(field) ? (value as unknown[]).map(lookup) : lookup(value);
  }
  return field.type === 'DateTime' && typeof value === 'string' ? spDate(value) : value;
}

function versionEntity(call: SpCall, list: ListDefinition, item: StoredItem, version: StoredItem): Entity {
  const versionId = version.version * versionIdStep;
  const editLink = `Web/Lists(guid'${list.id}')/Items(${item.id})/versions(${versionId})`;
  const props: Record<string, unknown> = {};
  for (const field of list.fields) {
    props[propertyName(field.internalName)] = fieldValue(call, field, version);
  }
  Object.assign(props, {
    Created: spDate(version.modified),
    IsCurrentVersion: version.version === item.version,
    VersionId: versionId,
    VersionLabel: `${version.version}.0`
  });
  return new Entity({ type: 'SP.ListItemVersion', uri: `${serviceRootOf(call.context)}/${editLink}`, editLink }, props);
}

/** `/items(<id>)/versions` and `/versions(<versionId>)`: read-only, newest first as in SharePoint. */
export function versionsRoute(call: SpCall, list: ListDefinition, item: StoredItem, segment: Segment, rest: readonly Segment[]): RouteResult {
  const versions = [...call.context.store.versions(list, item.id)].reverse();
  if (segment.args === undefined || segment.args === '') {
    if (rest.length > 0) {
      throw spErrors.notFound(rest[0].name);
    }
    expectMethod(call, 'GET');
    return collection(call, 'Collection(SP.ListItemVersion)', versions.map((version) => versionEntity(call, list, item, version)));
  }
  const versionId = Number(segment.args);
  const version = versions.find((candidate) => candidate.version * versionIdStep === versionId);
  if (!version) {
    throw spErrors.notFound(`versions(${segment.args})`);
  }
  if (rest.length > 0) {
    throw spErrors.notFound(rest[0].name);
  }
  // Versions are history: SharePoint offers no way to change one through REST.
  expectMethod(call, 'GET');
  return single(call, 'SP.ListItemVersion', versionEntity(call, list, item, version));
}
