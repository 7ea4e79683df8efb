import * as React from 'react';
import * as strings from 'OverviewWebPartStrings';
import { Overview } from '../../../webparts/overview/components/Overview';
import type { WebPartViewProps } from '../webPartViews';

export default function OverviewView({ services, theme }: WebPartViewProps): React.ReactElement {
  return <Overview services={services} strings={strings} theme={theme} />;
}
