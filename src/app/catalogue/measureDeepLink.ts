import type { ProductServices } from '../services';

/**
 * Deep links to a measure: `measure-<id>` as the Teams tab's subEntityId (Teams passes it to
 * the tab as subPageId), or `?item=measure-<id>` on a SharePoint page.
 */
export function measureDeepLinkId(measureId: number): string {
  return `measure-${measureId}`;
}

export function measureIdOfDeepLink(link: string | undefined): number | undefined {
  const match = /^measure-(\d+)$/.exec(link ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The link to share for one measure; undefined where the host has no page to link to (the Excel pane). */
export function linkToMeasure(services: Pick<ProductServices, 'linkToItem'>, measureId: number): string | undefined {
  return services.linkToItem?.(measureDeepLinkId(measureId));
}
