import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { requiredSteeringMeetingsPerYear } from '../../../domain';
import type { MeetingRecord } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import { format } from '../../../ui/format';
import { formatSlot } from '../../../app/meetingBooking/bookingForm';
import { MeetingBookingPanel } from '../../../ui/meetingBooking/MeetingBookingPanel';
import { isActiveMeeting } from '../../../app/meetingRound/roundPlanModel';
import { bookedMeetingsOf } from '../../../app/meetingRound/bookedMeetings';
import { useSteeringSessionRecorder } from '../../../app/bodySessions/useSteeringSessionRecorder';
import { ErrorMessage } from '../../../ui/ErrorMessage';

export interface SteeringGroupSectionProps {
  readonly services: ProductServices;
  readonly strings: IMeetingRoundWebPartStrings;
  readonly year: number;
  readonly meetings: readonly MeetingRecord[];
  readonly onChanged: () => void;
}

/** The council paper asks for at least two steering-group meetings a year (the domain's rule). */
export const minimumSteeringMeetings = requiredSteeringMeetingsPerYear;

export function SteeringGroupSection({ services, strings, year, meetings, onChanged }: SteeringGroupSectionProps): React.ReactElement {
  const [panel, setPanel] = React.useState<{ existing?: MeetingRecord } | undefined>(undefined);
  // A booking here is also a session of the steering group (Gremiensitzungen), which the overview counts.
  const sessions = useSteeringSessionRecorder(services);
  const active = meetings.filter(isActiveMeeting);
  // Only booked (or already held) sessions count towards the minimum; a proposal is not a session yet.
  const booked = bookedMeetingsOf(meetings);
  const proposedOnly = active.length - booked.length;
  return (
    <section aria-labelledby="meeting-round-steering" data-testid="steering-group">
      <Text as="h3" variant="large" id="meeting-round-steering" block styles={{ root: { margin: '24px 0 8px' } }}>
        {strings.SteeringGroupHeading}
      </Text>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text block>{format(strings.SteeringGroupCount, year, booked.length)}</Text>
        {proposedOnly > 0 && <Text block>{format(strings.SteeringGroupProposedOnly, proposedOnly)}</Text>}
        {booked.length < minimumSteeringMeetings && (
          <MessageBar messageBarType={MessageBarType.warning}>{format(strings.SteeringGroupWarning, year, minimumSteeringMeetings)}</MessageBar>
        )}
        {active.length > 0 && (
          <ul>
            {active.map((meeting) => (
              <li key={meeting.transactionId}>
                {`${formatSlot(meeting, services.locale)}: ${meeting.subject} `}
                <DefaultButton text={strings.Open} ariaLabel={format(strings.OpenAria, meeting.subject)} onClick={() => setPanel({ existing: meeting })} styles={{ root: { marginLeft: 8, minWidth: 0 } }} />
              </li>
            ))}
          </ul>
        )}
        {sessions.error !== undefined && <ErrorMessage error={sessions.error} onRetry={sessions.retry} />}
        <div>
          <DefaultButton text={strings.BookSteeringMeeting} onClick={() => setPanel({})} />
        </div>
      </Stack>
      <MeetingBookingPanel
        services={services}
        isOpen={!!panel}
        onDismiss={() => setPanel(undefined)}
        kind="steeringGroup"
        year={year}
        subject={format(strings.SteeringSubject, year)}
        agenda={strings.SteeringAgenda}
        existing={panel?.existing}
        onChanged={(meeting) => {
          sessions.record(meeting);
          onChanged();
        }}
      />
    </section>
  );
}
