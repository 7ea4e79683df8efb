import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import type { Interval } from '../../../domain';
import { unplacedReasonText } from '../../../app/meetingRound/roundPlanModel';
import type { PlannedRound } from '../../../app/meetingRound/roundState';
import { format } from '../../../ui/format';
import { RoundWeekView } from './RoundWeekView';

export interface RoundPlanSectionProps {
  readonly strings: IMeetingRoundWebPartStrings;
  readonly locale: string;
  readonly round: PlannedRound;
  readonly nameOf: (departmentId: number | undefined) => string;
  readonly isReadOnly: boolean;
  readonly alternativesOf: (departmentId: number) => Interval[];
  readonly onMove: (departmentId: number, slot: Interval) => void;
}

/** The proposed round: the week calendar to adjust, calendars that could not be read, departments left without a slot. */
export function RoundPlanSection({ strings, locale, round, nameOf, isReadOnly, alternativesOf, onMove }: RoundPlanSectionProps): React.ReactElement {
  const { plan } = round;
  return (
    <section aria-labelledby="meeting-round-plan" data-testid="round-plan">
      <Text as="h3" variant="large" id="meeting-round-plan" block styles={{ root: { margin: '16px 0 8px' } }}>
        {strings.PlanHeading}
      </Text>
      <Text block>{format(strings.PlanSummary, plan.placed.length, plan.unplaced.length)}</Text>
      <Text block variant="small">
        {strings.PlanHint}
      </Text>
      {round.unavailable.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning}>{format(strings.CalendarsUnreadable, round.unavailable.map((entry) => entry.address).join(', '))}</MessageBar>
      )}
      <RoundWeekView
        strings={strings}
        locale={locale}
        settings={round.settings}
        holidays={round.holidays}
        placed={plan.placed}
        nameOf={nameOf}
        isReadOnly={isReadOnly}
        alternativesOf={alternativesOf}
        onMove={onMove}
      />
      {plan.unplaced.length > 0 && (
        <section aria-labelledby="meeting-round-unplaced" data-testid="unplaced">
          <Text as="h4" variant="mediumPlus" id="meeting-round-unplaced" block>
            {strings.UnplacedHeading}
          </Text>
          <ul>
            {plan.unplaced.map((entry) => (
              <li key={entry.departmentId}>{`${nameOf(entry.departmentId)}: ${unplacedReasonText(entry.reason, strings)}`}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
