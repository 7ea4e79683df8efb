import * as React from 'react';
import { DefaultButton, Spinner, Stack, Text } from '@fluentui/react';
import * as strings from 'MeetingBookingStrings';
import type { AttendeeStatus, MeetingRecord } from '../../domain';
import { formatSlot } from '../../app/meetingBooking/bookingForm';
import type { MeetingBookingFlow } from '../../app/meetingBooking/useMeetingBooking';
import { ErrorMessage } from '../ErrorMessage';
import { format } from '../format';

export function responseText(response: AttendeeStatus['response']): string {
  switch (response) {
    case 'accepted':
      return strings.ResponseAccepted;
    case 'declined':
      return strings.ResponseDeclined;
    case 'tentativelyAccepted':
      return strings.ResponseTentative;
    case 'organizer':
      return strings.ResponseOrganizer;
    default:
      return strings.ResponseNone;
  }
}

/** The booked (or cancelled) meeting with the attendees' answers. */
export function CurrentMeetingSection({ flow, meeting, locale }: { flow: MeetingBookingFlow; meeting: MeetingRecord; locale: string }): React.ReactElement {
  const { responses } = flow.state;
  const { isCancelled } = flow.view;
  return (
    <section aria-labelledby="meeting-booking-current">
      <Text as="h3" variant="mediumPlus" id="meeting-booking-current" block>
        {strings.CurrentMeeting}
      </Text>
      <Text block data-testid="booked-slot">
        {format(isCancelled ? strings.CancelledAt : strings.BookedAt, formatSlot(meeting, locale))}
      </Text>
      {!isCancelled && meeting.eventId && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text as="h4" variant="medium" block>
            {strings.Responses}
          </Text>
          {responses.state === 'working' && <Spinner label={strings.LoadingResponses} ariaLive="polite" />}
          {responses.state === 'failed' && <ErrorMessage error={responses.error} onRetry={flow.loadResponses} />}
          {responses.state === 'done' && (
            <ul data-testid="attendee-responses">
              {responses.value
                .filter((status) => status.response !== 'organizer')
                .map((status) => (
                  <li key={status.address}>{`${status.name ?? status.address}: ${responseText(status.response)}`}</li>
                ))}
            </ul>
          )}
          <DefaultButton text={strings.RefreshResponses} onClick={flow.loadResponses} disabled={responses.state === 'working'} />
        </Stack>
      )}
    </section>
  );
}
