import type { IndicatorValue } from './indicators';

/** The one-value-per-indicator-and-year key, stored in the unique column ValueKey. */
export function indicatorValueKey(indicatorId: number, year: number): string {
  return `${indicatorId}-${year}`;
}

export type IndicatorValueUpsert =
  | { readonly action: 'create'; readonly key: string; readonly value: IndicatorValue }
  /** `value` carries the stored item's id and ETag, so the write can be conditional. */
  | { readonly action: 'update'; readonly key: string; readonly value: IndicatorValue; readonly existing: IndicatorValue }
  | { readonly action: 'unchanged'; readonly key: string; readonly existing: IndicatorValue };

/**
 * Decides per incoming value whether to create, update or leave the stored value alone.
 * A resubmission of the same sheet therefore writes nothing, a corrected value updates the
 * stored item, and no key is ever created twice — also when the batch itself repeats a key
 * (the last occurrence wins, as when a user pastes over a row).
 */
export function planIndicatorValueUpserts(existing: readonly IndicatorValue[], incoming: readonly IndicatorValue[]): IndicatorValueUpsert[] {
  const stored = new Map<string, IndicatorValue>();
  for (const value of existing) {
    const key = keyOf(value);
    // The unique column forbids duplicates; should a list hold them anyway, keep the oldest item.
    const other = stored.get(key);
    if (!other || (value.id ?? Infinity) < (other.id ?? Infinity)) {
      stored.set(key, value);
    }
  }

  const latest = new Map<string, IndicatorValue>();
  for (const value of incoming) {
    const key = keyOf(value);
    latest.delete(key); // keep the order of the last occurrence
    latest.set(key, value);
  }

  return [...latest].map(([key, value]): IndicatorValueUpsert => {
    const current = stored.get(key);
    if (!current) {
      return { action: 'create', key, value: withoutIdentity(value) };
    }
    if (sameContent(current, value)) {
      return { action: 'unchanged', key, existing: current };
    }
    return { action: 'update', key, value: { ...withoutIdentity(value), ...identityOf(current) }, existing: current };
  });
}

// The department follows from the indicator and is not part of what a sheet submits.
const compared = ['total', 'female', 'male', 'diverse', 'notStated', 'source', 'comment'] as const;

/** Equal in everything a user entered; an empty text and a missing one are the same to SharePoint. */
export function sameContent(a: IndicatorValue, b: IndicatorValue): boolean {
  return compared.every((field) => normalise(a[field]) === normalise(b[field]));
}

function normalise(value: string | number | undefined): string | number | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  return value;
}

function keyOf(value: IndicatorValue): string {
  return indicatorValueKey(value.indicatorId, value.year);
}

function withoutIdentity(value: IndicatorValue): IndicatorValue {
  const rest: { -readonly [K in keyof IndicatorValue]: IndicatorValue[K] } = { ...value };
  delete rest.id;
  delete rest.etag;
  return rest;
}

function identityOf(value: IndicatorValue): Pick<IndicatorValue, 'id' | 'etag'> {
  return { ...(value.id !== undefined ? { id: value.id } : {}), ...(value.etag !== undefined ? { etag: value.etag } : {}) };
}
