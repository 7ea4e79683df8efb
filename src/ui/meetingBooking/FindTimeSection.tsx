import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, MessageBar, ProgressIndicator, Spinner, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'MeetingBookingStrings';
import { formatSlot } from '../../app/meetingBooking/bookingForm';
import { maxRangeDays } from '../../app/meetingBooking/bookingState';
import type { MeetingBookingFlow } from '../../app/meetingBooking/useMeetingBooking';
import { ErrorMessage } from '../ErrorMessage';
import { format } from '../format';
import { FreeBusyGrid } from './FreeBusyGrid';

/** Working hours the grid shows; the proposals come from Outlook's own working hours. */
const gridDayStart = 8 * 60;
const gridDayEnd = 17 * 60;
const durations = [30, 45, 60, 90, 120, 180];

/** Days to look at, free/busy as a grid, Outlook's proposals, and the chosen day and time. */
export function FindTimeSection({ flow, coordinator, locale }: { flow: MeetingBookingFlow; coordinator: string; locale: string }): React.ReactElement {
  const { state, view } = flow;
  const { freeBusy, proposals, duration, showErrors } = state;
  return (
    <section aria-labelledby="meeting-booking-time">
      <Text as="h3" variant="mediumPlus" id="meeting-booking-time" block>
        {strings.FindTime}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <TextField type="date" label={strings.FirstDay} value={state.firstDay} onChange={(_, value) => flow.edit({ firstDay: value ?? '' })} />
        <TextField
          type="date"
          label={strings.LastDay}
          value={state.lastDay}
          onChange={(_, value) => flow.edit({ lastDay: value ?? '' })}
          errorMessage={view.isRangeValid ? undefined : format(strings.InvalidRange, maxRangeDays)}
        />
        <Dropdown
          label={strings.Duration}
          selectedKey={duration}
          options={durations.concat(durations.includes(duration) ? [] : [duration]).map((minutes) => ({ key: minutes, text: format(strings.Minutes, minutes) }))}
          onChange={(_, option) => option && flow.edit({ duration: Number(option.key) })}
          styles={{ root: { minWidth: 120 } }}
        />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
        <DefaultButton text={strings.LoadAvailability} onClick={flow.loadFreeBusy} disabled={!view.isRangeValid || freeBusy.state === 'working'} />
        <DefaultButton text={strings.Proposals} onClick={flow.loadProposals} disabled={!view.isRangeValid || view.attendees.length === 0 || proposals.state === 'working'} />
      </Stack>
      {freeBusy.state === 'working' && (
        <ProgressIndicator
          label={strings.LoadingAvailability}
          description={freeBusy.total ? format(strings.ProgressOf, freeBusy.done ?? 0, freeBusy.total) : undefined}
          percentComplete={freeBusy.total ? (freeBusy.done ?? 0) / freeBusy.total : undefined}
        />
      )}
      {freeBusy.state === 'failed' && <ErrorMessage error={freeBusy.error} onRetry={flow.loadFreeBusy} />}
      {freeBusy.state === 'done' && (
        <FreeBusyGrid
          attendees={[{ address: coordinator, label: strings.You }, ...view.attendeeLabels]}
          busy={freeBusy.value.busy}
          unavailable={freeBusy.value.unavailable}
          days={view.rangeDays}
          dayStartMinutes={gridDayStart}
          dayEndMinutes={gridDayEnd}
          locale={locale}
        />
      )}
      {proposals.state === 'working' && <Spinner label={strings.LoadingProposals} ariaLive="polite" />}
      {proposals.state === 'failed' && <ErrorMessage error={proposals.error} onRetry={flow.loadProposals} />}
      {proposals.state === 'done' &&
        (proposals.value.length === 0 ? (
          <MessageBar>{strings.NoProposals}</MessageBar>
        ) : (
          <ChoiceGroup
            label={strings.ProposalsLabel}
            data-testid="proposals"
            selectedKey={view.slot ? view.slot.start : undefined}
            options={proposals.value.map((proposal) => ({ key: proposal.start, text: formatSlot(proposal, locale) }))}
            onChange={(_, option) => {
              const proposal = proposals.value.find((candidate) => candidate.start === option?.key);
              if (proposal) {
                flow.pick(proposal);
              }
            }}
          />
        ))}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 8 } }}>
        <TextField type="date" label={strings.Day} value={state.day} onChange={(_, value) => flow.edit({ day: value ?? '' })} errorMessage={showErrors && !view.isDayValid ? strings.ChooseDay : undefined} />
        <TextField type="time" label={strings.StartTime} value={state.time} onChange={(_, value) => flow.edit({ time: value ?? '' })} errorMessage={showErrors && !view.slot ? strings.ChooseTime : undefined} />
      </Stack>
    </section>
  );
}
