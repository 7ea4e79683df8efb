import { Navigation } from '../entities';
import { spErrors } from '../errors';
import { ComplexValue, Entity } from '../metadata';
import { compileFilter, type PropertyAccessor, type ScalarKind } from './evaluate';
import type { PropertyRef } from './filter';
import type { QueryOptions } from './queryOptions';

/** SharePoint writes Edm.DateTime as ISO text; such a property compares as a date, not as text. */
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type Step = { readonly found: true; readonly value: unknown } | { readonly found: false; readonly missing: string; readonly type: string };

function propsOf(value: unknown): { readonly props: Record<string, unknown>; readonly type: string } | undefined {
  if (value instanceof Entity) {
    return { props: value.props, type: value.meta?.type ?? 'SP.Object' };
  }
  if (value instanceof ComplexValue) {
    return value;
  }
  return undefined;
}

/** Follows `Name` or `ServerRelativePath/DecodedUrl` (complex values, single navigation properties) through one entity. */
function walk(entity: Entity, path: readonly string[]): Step {
  let current: unknown = entity;
  for (const segment of path) {
    if (current instanceof Navigation) {
      current = current.load();
    }
    if (current === null || current === undefined) {
      return { found: true, value: null };
    }
    const holder = propsOf(current);
    if (!holder) {
      return { found: false, missing: segment, type: typeof current === 'string' ? 'Edm.String' : 'Edm.Primitive' };
    }
    // Property names are matched without regard to case, as SharePoint's REST layer does.
    const key = Object.keys(holder.props).find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
    if (key === undefined) {
      return { found: false, missing: segment, type: holder.type };
    }
    current = holder.props[key];
  }
  return { found: true, value: current instanceof Navigation ? current.load() : current };
}

function kindOf(value: unknown): ScalarKind {
  if (typeof value === 'boolean') {
    return 'boolean';
  }
  if (typeof value === 'number') {
    return 'number';
  }
  return typeof value === 'string' && isoDateTime.test(value) ? 'date' : 'text';
}

/**
 * How the filter reads one property of the collection's entities. The entities themselves say
 * which properties their type has and of which kind; a name none of them has is refused with
 * SharePoint's message for a property the type does not define.
 */
function entityAccessor(ref: PropertyRef, examples: readonly Entity[], expression: string): PropertyAccessor<Entity> {
  const steps = examples.map((entity) => walk(entity, ref.path));
  const missing = steps.find((step): step is Extract<Step, { found: false }> => !step.found);
  if (missing && steps.every((step) => !step.found)) {
    throw spErrors.propertyNotOnType(missing.missing, missing.type);
  }
  const values = steps.flatMap((step) => (step.found && step.value !== null && step.value !== undefined ? [step.value] : []));
  const sample = values[0];
  if (sample instanceof Entity || sample instanceof ComplexValue || (Array.isArray(sample) && sample.some((entry) => entry instanceof Entity))) {
    throw spErrors.invalidExpression(expression, `'${ref.path.join('/')}' is not a primitive property; name one of its properties.`);
  }
  const multi = Array.isArray(sample);
  const firstScalar = multi ? values.flatMap((value) => value as unknown[]).find((entry) => entry !== null && entry !== undefined) : sample;
  const read = (entity: Entity): unknown => {
    const step = walk(entity, ref.path);
    const value = step.found ? step.value : null;
    return multi ? (Array.isArray(value) ? value : []) : value;
  };
  return { kind: kindOf(firstScalar), multi, read };
}

/**
 * `$filter` on a collection of SharePoint objects (lists, fields, users, groups, role
 * definitions, folders, files, role assignments): any property of the entity may be named,
 * as in SharePoint. Filter before `$select` shapes the entities, since a filter may use a
 * property the answer leaves out. `typeExample` stands in for the type when the collection
 * is empty, so an unknown property is refused there too.
 */
export function filterEntities(entities: readonly Entity[], options: Pick<QueryOptions, 'filter'>, typeExample?: Entity): Entity[] {
  if (!options.filter) {
    return [...entities];
  }
  const examples = entities.length > 0 ? entities : typeExample ? [typeExample] : [];
  const expression = options.filter.text;
  const test = compileFilter<Entity>(options.filter.tree, (ref) => entityAccessor(ref, examples, expression), expression);
  return entities.filter(test);
}
