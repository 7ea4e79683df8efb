import * as React from 'react';
import * as strings from 'InitialReviewsWebPartStrings';
import { InitialReviews } from './components/InitialReviews';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';

export interface IInitialReviewsWebPartProps {
  planPeriodId?: number;
}

export default class InitialReviewsWebPart extends ProductWebPart<IInitialReviewsWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(InitialReviews, { services: this.services, strings, theme: this.theme, planPeriodId: this.properties.planPeriodId });
  }
}
