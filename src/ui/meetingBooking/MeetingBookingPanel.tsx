import * as React from 'react';
import { Checkbox, Panel, PanelType, Spinner, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'MeetingBookingStrings';
import type { MeetingKind, MeetingRecord } from '../../domain';
import type { BookingServices } from '../../app/meetingBooking/bookingCommands';
import { useMeetingBooking } from '../../app/meetingBooking/useMeetingBooking';
import type { MeetingBookingFlow } from '../../app/meetingBooking/useMeetingBooking';
import { ErrorMessage } from '../ErrorMessage';
import { AttendeesSection } from './AttendeesSection';
import { BookingActions } from './BookingActions';
import { CurrentMeetingSection } from './CurrentMeetingSection';
import { FindTimeSection } from './FindTimeSection';

// Where the web parts have always imported them from.

export interface MeetingBookingPanelProps {
  services: BookingServices & { readonly locale: string };
  isOpen: boolean;
  onDismiss(): void;
  kind: MeetingKind;
  year: number;
  /** Contacts of the department preselected. */
  departmentId?: number;
  /** Prefilled, editable. */
  subject: string;
  agenda: string;
  /** Then: responses, reschedule, cancel. */
  existing?: MeetingRecord;
  onChanged(meeting: MeetingRecord): void;
}

/** Book one meeting in Outlook, or follow, move or cancel one that exists. */
export function MeetingBookingPanel(props: MeetingBookingPanelProps): JSX.Element {
  const { isOpen, onDismiss, existing } = props;
  return (
    <Panel
      isOpen={isOpen}
      onDismiss={onDismiss}
      type={PanelType.medium}
      headerText={existing ? strings.PanelTitleExisting : strings.PanelTitle}
      closeButtonAriaLabel={strings.Close}
      isFooterAtBottom
      isLightDismiss={false}
    >
      {isOpen && <BookingForm key={existing?.transactionId ?? `${props.kind}-${props.departmentId ?? 'all'}`} {...props} />}
    </Panel>
  );
}

function BookingForm({ services, kind, year, departmentId, subject, agenda, existing, onChanged }: MeetingBookingPanelProps): React.ReactElement {
  const flow = useMeetingBooking(services, { kind, year, departmentId, subject, agenda, existing }, onChanged);
  const { people, meeting } = flow.state;
  if (people.state === 'working' || people.state === 'idle') {
    return <Spinner label={strings.Loading} ariaLive="polite" />;
  }
  if (people.state === 'failed') {
    return <ErrorMessage error={people.error} onRetry={flow.reloadPeople} />;
  }
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="meeting-booking-panel">
      {meeting && <CurrentMeetingSection flow={flow} meeting={meeting} locale={services.locale} />}
      {!flow.view.isCancelled && (
        <>
          <AttendeesSection flow={flow} departmentId={departmentId} />
          <FindTimeSection flow={flow} coordinator={people.value.coordinator} locale={services.locale} />
          {!meeting && <DetailsSection flow={flow} />}
        </>
      )}
      <BookingActions flow={flow} locale={services.locale} />
    </Stack>
  );
}

/** Subject, agenda and Teams link of a meeting still to book. */
function DetailsSection({ flow }: { flow: MeetingBookingFlow }): React.ReactElement {
  const { subject, agenda, isOnline, showErrors } = flow.state;
  return (
    <section aria-labelledby="meeting-booking-details">
      <Text as="h3" variant="mediumPlus" id="meeting-booking-details" block>
        {strings.Details}
      </Text>
      <TextField label={strings.Subject} required value={subject} onChange={(_, value) => flow.edit({ subject: value ?? '' })} errorMessage={showErrors && !subject.trim() ? strings.SubjectRequired : undefined} />
      <TextField label={strings.Agenda} multiline rows={5} value={agenda} onChange={(_, value) => flow.edit({ agenda: value ?? '' })} />
      <Checkbox label={strings.OnlineMeeting} checked={isOnline} onChange={(_, checked) => flow.edit({ isOnline: !!checked })} styles={{ root: { marginTop: 8 } }} />
    </section>
  );
}
