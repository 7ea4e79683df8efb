/**
 * Tenant properties (SharePoint "storage entities"): key/value pairs a tenant admin keeps in
 * the app catalog (`spo storageentity set`, `Set-SPOStorageEntity`) and every site reads
 * with `GET _api/web/GetStorageEntity('<key>')`. The local SharePoint takes them as a
 * start-up option, since only the set-up script writes them in a tenant.
 */
export interface StorageEntity {
  /** Absolute, or server-relative (`/sites/integration`): answered on the host the client called, as the emulator's links are. */
  readonly value: string;
  readonly description?: string;
  readonly comment?: string;
}

export type TenantProperties = ReadonlyMap<string, StorageEntity>;

/** `Key=Value` from the command line; the value may itself hold `=`. */
export function parseTenantProperty(text: string): [string, StorageEntity] {
  const separator = text.indexOf('=');
  const key = separator > 0 ? text.slice(0, separator).trim() : '';
  if (key === '') {
    throw new Error(`A tenant property is written Key=Value, not '${text}'.`);
  }
  return [key, { value: text.slice(separator + 1).trim() }];
}

export function tenantPropertiesOf(entries: Readonly<Record<string, string | StorageEntity>> | TenantProperties | undefined): TenantProperties {
  if (!entries) {
    return new Map();
  }
  const pairs = entries instanceof Map ? [...entries] : Object.entries(entries);
  return new Map(pairs.map(([key, entry]) => [key, typeof entry === 'string' ? { value: entry } : entry]));
}
