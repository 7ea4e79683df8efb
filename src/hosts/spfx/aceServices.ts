import type { AdaptiveCardExtensionContext } from '@microsoft/sp-adaptive-card-extension-base';
import { spfi } from '@pnp/sp';
import { AssignFrom } from '@pnp/core';
import { createSpForSpfx } from '../../data/sp/spFactory';
import { createProductServices } from '../productServices';
import type { SpfxConnection } from './spfxServices';
import { discoverSite } from '../siteDiscovery';

/**
 * Composition root of an Adaptive Card Extension on a Viva Connections dashboard (Teams, the
 * home site): the same services as a web part, on the product's site found from the dashboard's
 * web (the home site is usually not the product's site).
 */
export async function createAceServices(context: AdaptiveCardExtensionContext): Promise<SpfxConnection> {
  const pageSp = createSpForSpfx(context);
  const site = await discoverSite(pageSp, context.pageContext.web.absoluteUrl);
  if (site.kind === 'missing') {
    return site;
  }
  const sp = site.source === 'currentWeb' ? pageSp : spfi(site.siteUrl).using(AssignFrom(pageSp.web));
  const graph = await context.msGraphClientFactory.getClient('3');
  const services = createProductServices({ sp, graph, siteUrl: site.siteUrl, locale: context.pageContext.cultureInfo.currentUICultureName });
  return { kind: 'ready', services, siteUrl: site.siteUrl };
}
