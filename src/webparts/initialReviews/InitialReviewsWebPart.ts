import * as React from 'react';
import * as strings from 'InitialReviewsWebPartStrings';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { lazyComponent } from '../../ui/lazyComponent';

const InitialReviews = lazyComponent(() => import(/* webpackChunkName: 'initial-reviews-view' */ './components/InitialReviews').then((module) => module.InitialReviews));

export interface IInitialReviewsWebPartProps {
  planPeriodId?: number;
}

export default class InitialReviewsWebPart extends ProductWebPart<IInitialReviewsWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(InitialReviews, { services: this.services, strings, theme: this.theme, planPeriodId: this.properties.planPeriodId });
  }
}
