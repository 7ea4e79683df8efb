import * as React from 'react';
import * as strings from 'OverviewWebPartStrings';
import { Overview } from './components/Overview';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';

export interface IOverviewWebPartProps {
  planPeriodId?: number;
}

export default class OverviewWebPart extends ProductWebPart<IOverviewWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(Overview, {
      services: this.services,
      strings,
      theme: this.theme,
      planPeriodId: this.properties.planPeriodId
    });
  }
}
