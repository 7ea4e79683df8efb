import * as React from 'react';
import * as overviewStrings from 'OverviewWebPartStrings';
import * as catalogueStrings from 'CatalogueWebPartStrings';
import * as initialReviewsStrings from 'InitialReviewsWebPartStrings';
import { Overview } from '../../webparts/overview/components/Overview';
import { Catalogue } from '../../webparts/catalogue/components/Catalogue';
import { InitialReviews } from '../../webparts/initialReviews/components/InitialReviews';
import { measureIdOfDeepLink } from '../../webparts/catalogue/measureDeepLink';
import type { ProductServices } from '../productServices';
import type { HostTheme } from '../../webparts/shared/hostTheme';

/** A web part as the workbench shows it: the same React root its SPFx class renders. */
export interface WebPartView {
  readonly key: string;
  readonly title: { readonly de: string; readonly en: string };
  readonly render: (services: ProductServices, theme: HostTheme, deepLink?: string) => React.ReactElement;
}

export const webPartViews: readonly WebPartView[] = [
  {
    key: 'overview',
    title: { de: 'Überblick', en: 'Overview' },
    render: (services, theme) => <Overview services={services} strings={overviewStrings} theme={theme} />
  },
  {
    key: 'catalogue',
    title: { de: 'Maßnahmenkatalog', en: 'Measure catalogue' },
    render: (services, theme, deepLink) => <Catalogue services={services} strings={catalogueStrings} theme={theme} initialMeasureId={measureIdOfDeepLink(deepLink)} />
  },
  {
    key: 'initialReviews',
    title: { de: 'Erstgespräche', en: 'Initial interviews' },
    render: (services, theme) => <InitialReviews services={services} strings={initialReviewsStrings} theme={theme} />
  }
];
