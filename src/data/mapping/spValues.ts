/** Reading SharePoint's light JSON: lookups come as `<Field>Id`, expanded lookups as objects, dates as ISO strings. */

export function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A multi-value lookup id field: `{ results: [1, 2] }` in verbose JSON, `[1, 2]` in light JSON. */
export function idList(value: unknown): number[] {
  const list = Array.isArray(value) ? value : (value as { results?: unknown[] } | null)?.results;
  return Array.isArray(list) ? list.filter((id): id is number => typeof id === 'number') : [];
}

export function isTrue(value: unknown): boolean {
  return value === true;
}

export function etagOf(row: Record<string, unknown>): string | undefined {
  const etag = row['odata.etag'] ?? (row.__metadata as { etag?: string } | undefined)?.etag;
  return typeof etag === 'string' ? etag : undefined;
}
