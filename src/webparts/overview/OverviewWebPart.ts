import * as React from 'react';
import * as strings from 'OverviewWebPartStrings';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { lazyComponent } from '../../ui/lazyComponent';

const Overview = lazyComponent(() => import(/* webpackChunkName: 'overview-view' */ './components/Overview').then((module) => module.Overview));

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
