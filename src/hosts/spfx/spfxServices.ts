import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { createSpForSpfx } from '../../data/sp/spFactory';
import { createProductServices } from '../productServices';
import type { ProductServices } from '../../app/services';
import { pageItemLink, teamsAppId, teamsItemLink } from '../itemLinks';

/** Composition root inside SharePoint pages and Teams tabs: PnPjs on the page's context, Graph through SPFx. */
export async function createSpfxServices(context: WebPartContext): Promise<ProductServices> {
  const graph = await context.msGraphClientFactory.getClient('3');
  return createProductServices({
    sp: createSpForSpfx(context),
    graph,
    siteUrl: context.pageContext.web.absoluteUrl,
    locale: context.pageContext.cultureInfo.currentUICultureName,
    linkToItem: await itemLinkBuilder(context)
  });
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
