import type { EmulatorUser } from '../core/types';
import type { ListDefinition } from './model';
import type { RegionalSettings } from './regional';
import type { SecurityStore } from './security';
import type { ListStore, StoredItem } from './store';
import type { TenantProperties } from '../core/tenantProperties';
import { isEveryoneClaim } from './security';

export const webServerRelativeUrl = '/sites/integration';
export const webTitle = 'Integrationsplanung';

/** Everything a route needs about the site and the calling request. */
export interface SiteContext {
  readonly store: ListStore;
  readonly security: SecurityStore;
  /** 'http://127.0.0.1:<port>' as the client called it. */
  readonly origin: string;
  readonly now: () => Date;
  readonly user: EmulatorUser;
  readonly users: () => EmulatorUser[];
  /** The site's regional settings: form values are parsed with its separators. */
  readonly regional: RegionalSettings;
  /** Tenant properties (storage entities) every site of the tenant reads. */
  readonly tenantProperties: TenantProperties;
}

export function siteUrlOf(context: Pick<SiteContext, 'origin'>): string {
  return `${context.origin}${webServerRelativeUrl}`;
}

export function serviceRootOf(context: Pick<SiteContext, 'origin'>): string {
  return `${siteUrlOf(context)}/_api`;
}

export function listRootPath(list: ListDefinition): string {
  return `${webServerRelativeUrl}/${list.url}`;
}

/** Server-relative URL of the folder holding `item`. */
export function folderPathOf(list: ListDefinition, folder: string): string {
  return folder === '' ? listRootPath(list) : `${listRootPath(list)}/${folder}`;
}

export function itemServerRelativeUrl(list: ListDefinition, item: StoredItem): string {
  return `${folderPathOf(list, item.folder)}/${item.name}`;
}

/** Claims login as SharePoint shows it for Entra users. */
export function claimsOf(login: string): string {
  return isEveryoneClaim(login) ? login : `i:0#.f|membership|${login.toLowerCase()}`;
}

/** A login from a claims string or a plain UPN. */
export function loginFromClaims(value: string): string {
  if (isEveryoneClaim(value)) {
    return value.toLowerCase();
  }
  const bar = value.lastIndexOf('|');
  return bar >= 0 ? value.slice(bar + 1) : value;
}

/** 'YYYY-MM-DDTHH:mm:ssZ' as SharePoint returns date-time values (UTC, no fractions). */
export function spDate(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function etagOf(item: StoredItem): string {
  return `"${item.version}"`;
}

/**
 * Finds the list an absolute or server-relative path points into and the folder below its
 * root: '/sites/integration/Lists/Measures/50' → (Measures, '50').
 */
export function locate(store: ListStore, serverRelativePath: string): { list: ListDefinition; rest: string } | undefined {
  let path = serverRelativePath.trim();
  if (/^https?:\/\//i.test(path)) {
    path = new URL(path).pathname;
    path = decodeURIComponent(path);
  }
  path = path.replace(/\/+$/, '');
  const prefix = `${webServerRelativeUrl}/`;
  if (!path.toLowerCase().startsWith(prefix.toLowerCase())) {
    return undefined;
  }
  const relative = path.slice(prefix.length);
  let best: { list: ListDefinition; rest: string } | undefined;
  for (const list of store.lists) {
    const url = list.url.toLowerCase();
    const lower = relative.toLowerCase();
    if (lower === url || lower.startsWith(`${url}/`)) {
      if (!best || list.url.length > best.list.url.length) {
        best = { list, rest: relative.slice(list.url.length).replace(/^\/+/, '') };
      }
    }
  }
  return best;
}
