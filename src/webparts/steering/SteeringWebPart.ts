import * as React from 'react';
import * as strings from 'SteeringWebPartStrings';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { lazyComponent } from '../../ui/lazyComponent';

const Steering = lazyComponent(() => import(/* webpackChunkName: 'steering-view' */ './components/Steering').then((module) => module.Steering));

export type ISteeringWebPartProps = Record<string, never>;

/** The political cycle: plan periods, goal changes through the bodies, sessions. Also a Teams personal tab. */
export default class SteeringWebPart extends ProductWebPart<ISteeringWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(Steering, { services: this.services, strings, theme: this.theme });
  }
}
