import * as React from 'react';
import { Link, Stack, Text } from '@fluentui/react';
import type { ValueReviewState, ValueReviewTally } from '../../../domain';
import { format } from '../../../ui/format';

export interface ReviewCountsProps {
  readonly tally: ValueReviewTally;
  readonly departmentLabel: string;
  readonly year: number;
  readonly strings: IIndicatorDashboardWebPartStrings;
  /** Opens the value review at these values; without it the counts are plain text. */
  readonly onDrillDown?: (state: ValueReviewState) => void;
}

export function stateLabel(state: ValueReviewState, strings: IIndicatorDashboardWebPartStrings): string {
  return { missing: strings.StateMissing, submitted: strings.StateSubmitted, returned: strings.StateReturned, accepted: strings.StateAccepted }[state];
}

const shownStates: readonly ValueReviewState[] = ['missing', 'submitted', 'returned', 'accepted'];

/** "2 fehlend · 3 eingereicht · 1 zurückgegeben · 4 angenommen": each count leads to its values (missing ones are listed beside). */
export function ReviewCounts({ tally, departmentLabel, year, strings, onDrillDown }: ReviewCountsProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 2 }} styles={{ root: { whiteSpace: 'nowrap' } }} aria-label={format(strings.ReviewCountsLabel, departmentLabel)} role="group">
      {shownStates.map((state) => {
        const text = format(strings.ReviewCount, tally[state], stateLabel(state, strings));
        const canDrillDown = onDrillDown !== undefined && state !== 'missing' && tally[state] > 0;
        return canDrillDown ? (
          <Link key={state} onClick={() => onDrillDown(state)} aria-label={format(strings.DrillDownLabel, tally[state], stateLabel(state, strings), departmentLabel, year)} data-testid={`review-count-${state}`}>
            {text}
          </Link>
        ) : (
          <Text key={state} data-testid={`review-count-${state}`}>
            {text}
          </Text>
        );
      })}
    </Stack>
  );
}
