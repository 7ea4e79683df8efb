import * as React from 'react';
import * as strings from 'GoalAgreementsWebPartStrings';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { lazyComponent } from '../../ui/lazyComponent';

const GoalAgreements = lazyComponent(() => import(/* webpackChunkName: 'goal-agreements-view' */ './components/GoalAgreements').then((module) => module.GoalAgreements));

export type IGoalAgreementsWebPartProps = Record<string, never>;

export default class GoalAgreementsWebPart extends ProductWebPart<IGoalAgreementsWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(GoalAgreements, { services: this.services, strings, theme: this.theme });
  }
}
