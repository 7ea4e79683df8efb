/**
 * Links that open a web part at one item (a measure, an agreement), so colleagues can share
 * them in a chat or mail: in Teams an entity deep link whose `subEntityId` reaches the tab as
 * `page.subPageId`, on a SharePoint page the page's own URL with `?item=`.
 */

/** The Teams app id of the product's package; teams/app.json carries the same (checked by a test). */
export const teamsAppId = 'd490dd58-2511-4204-b288-ae5a21556d7e';

export interface TeamsTabAddress {
  readonly appId: string;
  /** The tab's entity id: `page.id` of the Teams context (the web part id for the personal tab). */
  readonly entityId: string;
  /** Set for a channel tab, which Teams can open only in its channel. */
  readonly channelId?: string;
}

export function teamsItemLink(tab: TeamsTabAddress, item: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: item, ...(tab.channelId ? { channelId: tab.channelId } : {}) }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?context=${context}`;
}

/** The page's URL with `item` set, its other parameters (view, language) kept and any fragment dropped. */
export function pageItemLink(pageHref: string, item: string): string {
  const url = new URL(pageHref);
  url.searchParams.set('item', item);
  url.hash = '';
  return url.href;
}
