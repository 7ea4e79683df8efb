import type { EmulatorResponse } from '../core/types';
import { webServerRelativeUrl } from './site';

/**
 * Office for the web takes over a document link that carries `web=1`: SharePoint answers
 * `GET <site>/<library>/<folder>/<file>.xlsx?web=1` by opening the file in Excel for the web
 * (`_layouts/15/Doc.aspx?sourcedoc=…&action=default`) instead of downloading it. The local
 * stand-in for Excel for the web is the workbench's Excel page, which loads the file through
 * SharePoint REST and shows it beside the add-in's task pane; so such a link is answered with a
 * redirect to `/?view=excel&file=<server-relative URL of the file>`.
 *
 * Only workbooks below the site are taken over, and only with `web=1`: any other request to the
 * file's path is left to the rest of the emulator, as SharePoint downloads a file without it.
 */
export function officeWebRedirect(method: string, url: URL): EmulatorResponse | undefined {
  const location = officeWebLocation(method, url);
  return location ? { status: 302, headers: { Location: location, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' }, body: `Found: ${location}` } : undefined;
}

/** Where a `web=1` link of a workbook leads, relative to the emulator's origin; undefined for any other request. */
export function officeWebLocation(method: string, url: URL): string | undefined {
  if ((method !== 'GET' && method !== 'HEAD') || url.searchParams.get('web') !== '1') {
    return undefined;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  const site = `${webServerRelativeUrl}/`;
  const rest = path.slice(site.length);
  // A file in a library (at least library/file), never the REST API or a page of the site.
  const segments = rest.split('/');
  if (!path.toLowerCase().startsWith(site) || segments.length < 2 || segments.some((segment) => segment === '' || segment === '.' || segment === '..') || segments[0].toLowerCase() === '_api' || segments[0].toLowerCase() === '_layouts') {
    return undefined;
  }
  if (!/\.xlsx$/i.test(path)) {
    return undefined;
  }
  return `/?${new URLSearchParams({ view: 'excel', file: `${webServerRelativeUrl}/${rest}` }).toString()}`;
}
