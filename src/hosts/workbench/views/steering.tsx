import * as React from 'react';
import * as strings from 'SteeringWebPartStrings';
import { Steering } from '../../../webparts/steering/components/Steering';
import type { WebPartViewProps } from '../webPartViews';

export default function SteeringView({ services, theme }: WebPartViewProps): React.ReactElement {
  return <Steering services={services} strings={strings} theme={theme} />;
}
