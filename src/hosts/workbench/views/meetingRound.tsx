import * as React from 'react';
import * as strings from 'MeetingRoundWebPartStrings';
import { MeetingRound } from '../../../webparts/meetingRound/components/MeetingRound';
import type { WebPartViewProps } from '../webPartViews';

export default function MeetingRoundView({ services, theme }: WebPartViewProps): React.ReactElement {
  return <MeetingRound services={services} strings={strings} theme={theme} />;
}
