import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import { format } from '../../../ui/format';
import type { OverviewSectionProps } from './SummaryTiles';

/** The council paper's "at least twice a year": this year's booked or held steering sessions, planned ones apart. */
export function SteeringGroupStatus({ model, strings }: OverviewSectionProps): React.ReactElement {
  const { steering } = model;
  return (
    <section aria-labelledby="overview-steering-heading" data-testid="overview-steering">
      <Text as="h3" variant="large" id="overview-steering-heading" block styles={{ root: { marginBottom: 8 } }}>
        {strings.SteeringGroupHeading}
      </Text>
      <Text block>{format(strings.SteeringGroupCount, steering.year, steering.counted)}</Text>
      {steering.proposed > 0 && <Text block>{format(strings.SteeringGroupProposed, steering.proposed)}</Text>}
      {steering.isShort && (
        <MessageBar messageBarType={MessageBarType.warning} styles={{ root: { marginTop: 8 } }}>
          {format(strings.SteeringGroupWarning, steering.year, steering.required)}
        </MessageBar>
      )}
    </section>
  );
}
