import * as React from 'react';
import * as strings from 'MeetingRoundWebPartStrings';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import type { GermanState } from '../../domain';
import { lazyComponent } from '../../ui/lazyComponent';

const MeetingRound = lazyComponent(() => import(/* webpackChunkName: 'meeting-round-view' */ './components/MeetingRound').then((module) => module.MeetingRound));

export interface IMeetingRoundWebPartProps {
  /** The city's state, for its public holidays; the form starts with it. */
  state?: GermanState;
}

export default class MeetingRoundWebPart extends ProductWebPart<IMeetingRoundWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(MeetingRound, { services: this.services, strings, theme: this.theme, state: this.properties.state });
  }
}
