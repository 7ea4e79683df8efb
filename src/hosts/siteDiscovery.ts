import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { SiteLists, serverRelativeUrlOf } from '../data/sp/siteLists';
import { toServiceError } from '../http/serviceError';
import { siteUrlPropertyKey } from './siteUrlProperty';

/**
 * Where the product's lists are, or why that is unknown:
 * - `notSet`: the page's web has no lists and the tenant property is missing (set-up not run);
 * - `invalid`: the tenant property is no absolute URL on this tenant's host;
 * - `withoutLists`: the tenant property names the page's own web, which has no lists.
 */
export type SiteDiscovery =
  | { readonly kind: 'found'; readonly siteUrl: string; readonly source: 'currentWeb' | 'tenantProperty' }
  | { readonly kind: 'missing'; readonly reason: 'notSet' | 'invalid' | 'withoutLists'; readonly currentWebUrl: string; readonly propertyValue?: string };

/** The list whose presence marks the product's site: the catalogue, which every site of the product has. */
const markerList = 'Measures';

/** `GetStorageEntity` answers OData null (`{"odata.null": true}`) for a key nobody set. */
interface StorageEntityAnswer {
  readonly Value?: string | null;
  readonly 'odata.null'?: boolean;
}

async function holdsProductLists(sp: SPFI, webUrl: string): Promise<boolean> {
  try {
    await new SiteLists(sp, serverRelativeUrlOf(webUrl)).list(markerList).select('Id')();
    return true;
  } catch (error) {
    const failure = await toServiceError(error);
    if (failure.status === 404) {
      return false;
    }
    throw failure;
  }
}

async function readSiteUrlProperty(sp: SPFI): Promise<string | undefined> {
  try {
    const answer = (await sp.web.getStorageEntity(siteUrlPropertyKey)) as unknown as StorageEntityAnswer;
    const value = answer['odata.null'] ? undefined : answer.Value?.trim();
    return value ? value : undefined;
  } catch (error) {
    throw await toServiceError(error);
  }
}

/** An absolute http(s) URL on the page's host (SharePoint's cookies reach no other), without a trailing slash. */
function siteUrlOf(value: string, currentWebUrl: string): string | undefined {
  try {
    const url = new URL(value);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== new URL(currentWebUrl).origin || url.search || url.hash) {
      return undefined;
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

/**
 * Finds the product's site from wherever a web part runs. The page's own web wins when it
 * holds the product's lists (a SharePoint page on the site, or a copy of the site for tests,
 * which must not write to the production site the tenant property names). Otherwise the tenant
 * property decides: personal tabs in Teams, Outlook and the Microsoft 365 app run on the
 * tenant's root site, and channel tabs on the team's site. Both questions are asked at once,
 * so a tab waits one round trip, not two.
 *
 * @param sp PnPjs on the page's web.
 */
export async function discoverSite(sp: SPFI, currentWebUrl: string): Promise<SiteDiscovery> {
  const webUrl = currentWebUrl.replace(/\/+$/, '');
  const [here, property] = await Promise.allSettled([holdsProductLists(sp, webUrl), readSiteUrlProperty(sp)]);
  if (here.status === 'rejected') {
    throw here.reason;
  }
  if (here.value) {
    return { kind: 'found', siteUrl: webUrl, source: 'currentWeb' };
  }
  if (property.status === 'rejected') {
    throw property.reason;
  }
  if (property.value === undefined) {
    return { kind: 'missing', reason: 'notSet', currentWebUrl: webUrl };
  }
  const siteUrl = siteUrlOf(property.value, webUrl);
  if (!siteUrl) {
    return { kind: 'missing', reason: 'invalid', currentWebUrl: webUrl, propertyValue: property.value };
  }
  if (siteUrl.toLowerCase() === webUrl.toLowerCase()) {
    return { kind: 'missing', reason: 'withoutLists', currentWebUrl: webUrl, propertyValue: property.value };
  }
  return { kind: 'found', siteUrl, source: 'tenantProperty' };
}
