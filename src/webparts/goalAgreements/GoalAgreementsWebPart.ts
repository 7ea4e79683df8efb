import * as React from 'react';
import * as strings from 'GoalAgreementsWebPartStrings';
import { GoalAgreements } from './components/GoalAgreements';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';

export type IGoalAgreementsWebPartProps = Record<string, never>;

export default class GoalAgreementsWebPart extends ProductWebPart<IGoalAgreementsWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(GoalAgreements, { services: this.services, strings, theme: this.theme });
  }
}
