import * as React from 'react';
import * as strings from 'CatalogueWebPartStrings';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { measureIdOfDeepLink } from '../../app/catalogue/measureDeepLink';
import { lazyComponent } from '../../ui/lazyComponent';

const Catalogue = lazyComponent(() => import(/* webpackChunkName: 'catalogue-view' */ './components/Catalogue').then((module) => module.Catalogue));

export interface ICatalogueWebPartProps {
  planPeriodId?: number;
}

export default class CatalogueWebPart extends ProductWebPart<ICatalogueWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(Catalogue, {
      services: this.services,
      strings,
      theme: this.theme,
      planPeriodId: this.properties.planPeriodId,
      initialMeasureId: measureIdOfDeepLink(this.deepLink)
    });
  }
}
