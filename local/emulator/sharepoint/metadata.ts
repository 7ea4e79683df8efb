/**
 * SharePoint's three JSON flavours. `odata=verbose` wraps everything in `d` with `__metadata`
 * and `results`; light JSON (`minimalmetadata`, also what a bare `application/json` gets)
 * carries `odata.*` annotations and `value` arrays; `nometadata` is bare.
 */
export type MetadataLevel = 'verbose' | 'minimal' | 'none';

export function metadataLevelOf(accept: string | string[] | undefined): MetadataLevel {
  const value = (Array.isArray(accept) ? accept.join(',') : accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) {
    return 'verbose';
  }
  if (value.includes('odata=nometadata')) {
    return 'none';
  }
  return 'minimal';
}

export function jsonContentType(level: MetadataLevel): string {
  switch (level) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'none':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default:
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

export interface EntityMeta {
  /** OData type, e.g. 'SP.List' or 'SP.Data.MeasuresListItem'. */
  readonly type: string;
  /** Absolute URI of the entity (odata.id / __metadata.uri). */
  readonly uri: string;
  /** Web-relative edit link, e.g. "Web/Lists(guid'…')/Items(3)". */
  readonly editLink?: string;
  readonly etag?: string;
}

/** An entity with its annotations, serialised according to the metadata level. */
export class Entity {
  public constructor(public readonly meta: EntityMeta | undefined, public readonly props: Record<string, unknown>) {}
}

/** A complex value (e.g. SP.ResourcePath) that verbose JSON types with `__metadata`. */
export class ComplexValue {
  public constructor(public readonly type: string, public readonly props: Record<string, unknown>) {}
}

function renderValue(value: unknown, level: MetadataLevel): unknown {
  if (value instanceof Entity) {
    return renderEntity(value, level);
  }
  if (value instanceof ComplexValue) {
    const props = mapProps(value.props, level);
    return level === 'verbose' ? { __metadata: { type: value.type }, ...props } : props;
  }
  if (Array.isArray(value)) {
    const items = value.map((entry) => renderValue(entry, level));
    return level === 'verbose' ? { results: items } : items;
  }
  return value;
}

function mapProps(props: Record<string, unknown>, level: MetadataLevel): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    result[key] = renderValue(value, level);
  }
  return result;
}

function renderEntity(entity: Entity, level: MetadataLevel): Record<string, unknown> {
  const props = mapProps(entity.props, level);
  const meta = entity.meta;
  if (!meta || level === 'none') {
    return props;
  }
  if (level === 'verbose') {
    return { __metadata: { id: meta.uri, uri: meta.uri, ...(meta.etag ? { etag: meta.etag } : {}), type: meta.type }, ...props };
  }
  return {
    'odata.type': meta.type,
    'odata.id': meta.uri,
    ...(meta.etag ? { 'odata.etag': meta.etag } : {}),
    ...(meta.editLink ? { 'odata.editLink': meta.editLink } : {}),
    ...props
  };
}

/** A single entity response, e.g. `/web` or `/items(3)`. */
export function renderSingle(level: MetadataLevel, metadataUrl: string, entity: Entity): unknown {
  if (level === 'verbose') {
    return { d: renderEntity(entity, level) };
  }
  const body = renderEntity(entity, level);
  return level === 'minimal' ? { 'odata.metadata': metadataUrl, ...body } : body;
}

/** A collection response with an optional next page link (`odata.nextLink` / `d.__next`). */
export function renderCollection(level: MetadataLevel, metadataUrl: string, entities: readonly Entity[], nextLink?: string): unknown {
  const results = entities.map((entity) => renderEntity(entity, level));
  if (level === 'verbose') {
    return { d: { results, ...(nextLink ? { __next: nextLink } : {}) } };
  }
  return {
    ...(level === 'minimal' ? { 'odata.metadata': metadataUrl } : {}),
    value: results,
    ...(nextLink ? { 'odata.nextLink': nextLink } : {})
  };
}

/** A function result that is a single primitive or complex value, e.g. `ensureuser` is an entity but `recycle` a GUID. */
export function renderPrimitive(level: MetadataLevel, metadataUrl: string, name: string, value: unknown): unknown {
  const rendered = renderValue(value, level);
  if (level === 'verbose') {
    return { d: { [name]: rendered } };
  }
  return level === 'minimal' ? { 'odata.metadata': metadataUrl, value: rendered } : { value: rendered };
}

/** A complex result such as `contextinfo` or `getusereffectivepermissions`. */
export function renderComplex(level: MetadataLevel, metadataUrl: string, name: string, value: ComplexValue): unknown {
  const rendered = renderValue(value, level) as Record<string, unknown>;
  if (level === 'verbose') {
    return { d: { [name]: rendered } };
  }
  return level === 'minimal' ? { 'odata.metadata': metadataUrl, ...rendered } : rendered;
}

export function renderError(level: MetadataLevel, code: string, message: string): unknown {
  const error = { code, message: { lang: 'en-US', value: message } };
  return level === 'verbose' ? { error } : { 'odata.error': error };
}
