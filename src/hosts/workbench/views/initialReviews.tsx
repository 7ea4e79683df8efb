import * as React from 'react';
import * as strings from 'InitialReviewsWebPartStrings';
import { InitialReviews } from '../../../webparts/initialReviews/components/InitialReviews';
import type { WebPartViewProps } from '../webPartViews';

export default function InitialReviewsView({ services, theme }: WebPartViewProps): React.ReactElement {
  return <InitialReviews services={services} strings={strings} theme={theme} />;
}
