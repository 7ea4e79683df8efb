import * as React from 'react';
import * as strings from 'GoalAgreementsWebPartStrings';
import { GoalAgreements } from '../../../webparts/goalAgreements/components/GoalAgreements';
import type { WebPartViewProps } from '../webPartViews';

export default function GoalAgreementsView({ services, theme }: WebPartViewProps): React.ReactElement {
  return <GoalAgreements services={services} strings={strings} theme={theme} />;
}
