import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Stack, TextField } from '@fluentui/react';
import * as strings from 'MeetingBookingStrings';
import { formatSlot } from '../../app/meetingBooking/bookingForm';
import type { MeetingBookingFlow } from '../../app/meetingBooking/useMeetingBooking';
import { ErrorMessage } from '../ErrorMessage';
import { format } from '../format';

/** Progress and outcome of booking, moving or cancelling, and the buttons that start them. */
export function BookingActions({ flow, locale }: { flow: MeetingBookingFlow; locale: string }): React.ReactElement {
  const { booking, meeting, isCancelling, comment } = flow.state;
  const { isWorking, isCancelled, canReschedule } = flow.view;
  return (
    <>
      {isWorking && <ProgressIndicator label={strings.Working} />}
      {booking.state === 'failed' && (
        <div data-testid="booking-error">
          <MessageBar messageBarType={MessageBarType.warning}>{strings.NothingLost}</MessageBar>
          <ErrorMessage error={booking.error} />
        </div>
      )}
      {booking.state === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} data-testid="booking-result">
          <span role="status">{format(booking.value.state === 'cancelled' ? strings.CancelledResult : strings.BookedResult, booking.value.subject, formatSlot(booking.value, locale))}</span>
        </MessageBar>
      )}

      {!isCancelled && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {!meeting && <PrimaryButton text={strings.Book} onClick={flow.book} disabled={isWorking} />}
          {meeting && <PrimaryButton text={strings.Reschedule} onClick={flow.reschedule} disabled={!canReschedule} />}
          {meeting && !isCancelling && <DefaultButton text={strings.CancelMeeting} onClick={flow.askCancel} disabled={isWorking} />}
        </Stack>
      )}
      {meeting && isCancelling && !isCancelled && (
        <Stack tokens={{ childrenGap: 8 }}>
          <TextField label={strings.CancelComment} multiline rows={3} value={comment} onChange={(_, value) => flow.edit({ comment: value ?? '' })} />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ConfirmCancel} onClick={flow.cancel} disabled={isWorking} />
            <DefaultButton text={strings.KeepMeeting} onClick={flow.keepMeeting} disabled={isWorking} />
          </Stack>
        </Stack>
      )}
    </>
  );
}
