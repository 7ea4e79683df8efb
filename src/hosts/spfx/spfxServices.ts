import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spfi } from '@pnp/sp';
import { AssignFrom } from '@pnp/core';
import { createSpForSpfx } from '../../data/sp/spFactory';
import type { ISPFXContext } from '@pnp/sp';
import { createProductServices } from '../productServices';
import type { ProductServices } from '../../app/services';
import { pageItemLink, teamsAppId, teamsItemLink } from '../itemLinks';
import { discoverSite, type SiteDiscovery } from '../siteDiscovery';

/** The services on the product's site, or why the site was not found. */
export type SpfxConnection = { readonly kind: 'ready'; readonly services: ProductServices; readonly siteUrl: string } | Extract<SiteDiscovery, { kind: 'missing' }>;

/**
 * Composition root inside SharePoint pages and Teams tabs: PnPjs with the page's SPFx context,
 * pointed at the product's site (which need not be the page's web, see discoverSite), and
 * Graph through SPFx.
 */
export async function createSpfxServices(context: WebPartContext): Promise<SpfxConnection> {
  return connectProductSite(context, () => itemLinkBuilder(context));
}

/** What a composition root needs of an SPFx component's context (a web part's, an Adaptive Card Extension's). */
export type SpfxComponentContext = ISPFXContext & Pick<WebPartContext, 'pageContext' | 'msGraphClientFactory'>;

/**
 * The services on the product's site for any SPFx component: PnPjs on the page's context, pointed
 * at the site discovered from the page's web, and Graph through SPFx. `linkToItem` builds item
 * links where the component has a place to link to.
 */
export async function connectProductSite(context: SpfxComponentContext, linkToItem?: () => Promise<(item: string) => string>): Promise<SpfxConnection> {
  const pageSp = createSpForSpfx(context);
  const site = await discoverSite(pageSp, context.pageContext.web.absoluteUrl);
  if (site.kind === 'missing') {
    return site;
  }
  // Same pipeline (cookies, digest per web, retries), another web of the same tenant.
  const sp = site.source === 'currentWeb' ? pageSp : spfi(site.siteUrl).using(AssignFrom(pageSp.web));
  const graph = await context.msGraphClientFactory.getClient('3');
  const services = createProductServices({
    sp,
    graph,
    siteUrl: site.siteUrl,
    locale: context.pageContext.cultureInfo.currentUICultureName,
    ...(linkToItem ? { linkToItem: await linkToItem() } : {})
  });
  return { kind: 'ready', services, siteUrl: site.siteUrl };
}

/** In Teams the page URL is an iframe nobody can open, so links go through Teams' deep-link format. */
async function itemLinkBuilder(context: WebPartContext): Promise<(item: string) => string> {
  const teams = context.sdks.microsoftTeams;
  if (!teams) {
    return (item) => pageItemLink(window.location.href, item);
  }
  const teamsContext = await teams.teamsJs.app.getContext();
  const tab = { appId: teamsAppId, entityId: teamsContext.page.id, channelId: teamsContext.channel?.id };
  return (item) => teamsItemLink(tab, item);
}
