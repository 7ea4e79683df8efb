import type { AdaptiveCardExtensionContext } from '@microsoft/sp-adaptive-card-extension-base';
import { connectProductSite, type SpfxConnection } from './spfxServices';

/**
 * Composition root of an Adaptive Card Extension on a Viva Connections dashboard (Teams, the
 * home site): the same services as a web part, on the product's site found from the dashboard's
 * web (the home site is usually not the product's site).
 */
export function createAceServices(context: AdaptiveCardExtensionContext): Promise<SpfxConnection> {
  return connectProductSite(context);
}
