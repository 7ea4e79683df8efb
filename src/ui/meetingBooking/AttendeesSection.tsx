import * as React from 'react';
import { Checkbox, MessageBar, Text, TextField } from '@fluentui/react';
import * as strings from 'MeetingBookingStrings';
import type { MeetingBookingFlow } from '../../app/meetingBooking/useMeetingBooking';
import { format } from '../format';

/** The department's contacts to tick and further addresses to type; an existing meeting's list is read-only. */
export function AttendeesSection({ flow, departmentId }: { flow: MeetingBookingFlow; departmentId?: number }): React.ReactElement {
  const { state, view } = flow;
  const { isExisting } = state;
  return (
    <section aria-labelledby="meeting-booking-attendees">
      <Text as="h3" variant="mediumPlus" id="meeting-booking-attendees" block>
        {strings.Attendees}
      </Text>
      {!isExisting && departmentId !== undefined && view.contacts.length === 0 && <MessageBar>{strings.NoContacts}</MessageBar>}
      {!isExisting &&
        view.contacts.map((contact) => (
          <Checkbox
            key={contact.address}
            label={`${contact.label} (${contact.address})`}
            checked={view.selectedContacts.includes(contact.address)}
            onChange={(_, checked) => flow.toggleContact(contact.address, !!checked)}
            styles={{ root: { marginBottom: 4 } }}
          />
        ))}
      <TextField
        label={isExisting ? strings.AttendeesOfMeeting : strings.OtherAttendees}
        description={strings.OtherAttendeesHint}
        multiline
        rows={2}
        value={state.othersText}
        readOnly={isExisting}
        onChange={(_, value) => flow.edit({ othersText: value ?? '' })}
        errorMessage={
          view.invalidAddresses.length > 0 ? format(strings.InvalidAddresses, view.invalidAddresses.join(', ')) : state.showErrors && view.attendees.length === 0 ? strings.NoAttendees : undefined
        }
      />
    </section>
  );
}
