import * as React from 'react';
import * as strings from 'CatalogueWebPartStrings';
import { Catalogue } from './components/Catalogue';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { measureIdOfDeepLink } from '../../app/catalogue/measureDeepLink';

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
