import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { createSpForSpfx } from '../../data/sp/spFactory';
import { createProductServices, ProductServices } from '../productServices';

/** Composition root inside SharePoint pages and Teams tabs: PnPjs on the page's context, Graph through SPFx. */
export async function createSpfxServices(context: WebPartContext): Promise<ProductServices> {
  const graph = await context.msGraphClientFactory.getClient('3');
  return createProductServices({
    sp: createSpForSpfx(context),
    graph,
    siteUrl: context.pageContext.web.absoluteUrl,
    locale: context.pageContext.cultureInfo.currentUICultureName
  });
}
