import * as React from 'react';
import { DefaultButton, MessageBar, PrimaryButton, Spinner, Stack, Text } from '@fluentui/react';
import type { AttendeeStatus, Interval, MeetingRecord, RoundSettings } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import { readFreeBusy } from '../../../scheduling/freeBusy';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { formatSlot } from '../../../ui/meetingBooking/MeetingBookingPanel';
import { declinedAttendees, isActiveMeeting, replanDeclined, responseCounts, unplacedReasonText } from '../../../app/meetingRound/roundPlanModel';

export interface BookedMeetingsProps {
  readonly services: ProductServices;
  readonly strings: IMeetingRoundWebPartStrings;
  readonly meetings: readonly MeetingRecord[];
  readonly nameOf: (departmentId: number | undefined) => string;
  readonly coordinator: string;
  /** The round's settings, for re-planning a declined meeting; absent while the form is invalid. */
  readonly settings?: RoundSettings;
  readonly onChanged: () => void;
}

type Replan =
  | { readonly state: 'working' }
  | { readonly state: 'proposed'; readonly slot: Interval }
  | { readonly state: 'none'; readonly text: string }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'moving'; readonly slot: Interval };

/** The round's booked meetings with the attendees' answers; a declined one can move to the next free slot. */
export function BookedMeetings({ services, strings, meetings, nameOf, coordinator, settings, onChanged }: BookedMeetingsProps): React.ReactElement {
  // Booked ones, also those recorded without an Outlook event id (their answers cannot be read).
  const booked = React.useMemo(() => meetings.filter((meeting) => isActiveMeeting(meeting) && (meeting.state === 'booked' || meeting.eventId)), [meetings]);
  const [responses, setResponses] = React.useState<{ state: 'working' } | { state: 'done'; map: Map<string, AttendeeStatus[]> } | { state: 'failed'; error: unknown }>({ state: 'working' });
  const [replans, setReplans] = React.useState<ReadonlyMap<string, Replan>>(new Map());

  const refresh = React.useCallback(async () => {
    setResponses({ state: 'working' });
    try {
      const withEvent = booked.filter((meeting) => meeting.eventId);
      setResponses({ state: 'done', map: withEvent.length > 0 ? await services.booking.responses(withEvent) : new Map() });
    } catch (error) {
      setResponses({ state: 'failed', error });
    }
  }, [booked, services]);
  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  const setReplan = (meeting: MeetingRecord, replan: Replan | undefined): void =>
    setReplans((current) => {
      const next = new Map(current);
      if (replan) {
        next.set(meeting.transactionId, replan);
      } else {
        next.delete(meeting.transactionId);
      }
      return next;
    });

  const proposeNext = async (meeting: MeetingRecord): Promise<void> => {
    if (!settings) {
      return;
    }
    setReplan(meeting, { state: 'working' });
    try {
      // Fresh free/busy: the calendars changed since the round was planned, not least by the round itself.
      const freeBusy = await readFreeBusy(services.calendar, [coordinator, ...meeting.attendees], settings.firstDay, settings.lastDay);
      const department = { departmentId: meeting.departmentId ?? 0, name: nameOf(meeting.departmentId), attendees: meeting.attendees };
      const result = replanDeclined({ settings, coordinator, departments: [department], busy: freeBusy.busy }, department, meeting, meetings);
      setReplan(meeting, 'slot' in result ? { state: 'proposed', slot: result.slot } : { state: 'none', text: unplacedReasonText(result.reason, strings) });
    } catch (error) {
      setReplan(meeting, { state: 'failed', error });
    }
  };

  const rebook = async (meeting: MeetingRecord, slot: Interval): Promise<void> => {
    setReplan(meeting, { state: 'moving', slot });
    try {
      await services.booking.reschedule(meeting, slot);
      setReplan(meeting, undefined);
      onChanged();
    } catch (error) {
      setReplan(meeting, { state: 'failed', error });
    }
  };

  const statusesOf = (meeting: MeetingRecord): AttendeeStatus[] | undefined => (responses.state === 'done' && meeting.eventId ? responses.map.get(meeting.eventId) : undefined);
  const locale = services.locale;

  return (
    <section aria-labelledby="meeting-round-booked" data-testid="booked-meetings">
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }} styles={{ root: { margin: '24px 0 8px' } }}>
        <Text as="h3" variant="large" id="meeting-round-booked">
          {strings.BookedHeading}
        </Text>
        <DefaultButton text={strings.RefreshResponses} onClick={() => void refresh()} disabled={responses.state === 'working'} />
      </Stack>
      {responses.state === 'working' && <Spinner label={strings.LoadingResponses} ariaLive="polite" />}
      {responses.state === 'failed' && <ErrorMessage error={responses.error} onRetry={() => void refresh()} />}
      {booked.length === 0 ? (
        <MessageBar>{strings.NoBookedMeetings}</MessageBar>
      ) : (
        <DataTable
          caption={strings.BookedCaption}
          testId="booked-table"
          rows={booked}
          rowKey={(meeting) => meeting.transactionId}
          columns={[
            { key: 'department', header: strings.ColumnDepartment, render: (meeting) => nameOf(meeting.departmentId) },
            { key: 'time', header: strings.ColumnTime, render: (meeting) => formatSlot(meeting, locale) },
            {
              key: 'responses',
              header: strings.ColumnResponses,
              render: (meeting) => {
                if (!meeting.eventId) {
                  return strings.NoEventId;
                }
                const statuses = statusesOf(meeting);
                if (!statuses) {
                  return '';
                }
                const counts = responseCounts(meeting, statuses);
                const declined = declinedAttendees(meeting, statuses);
                return (
                  <span data-testid={`responses-${meeting.departmentId}`}>
                    {format(strings.ResponseCounts, counts.accepted, counts.tentative, counts.declined, counts.open)}
                    {declined.length > 0 && (
                      <strong style={{ display: 'block' }}>{format(strings.DeclinedBy, declined.map((status) => status.name ?? status.address).join(', '))}</strong>
                    )}
                  </span>
                );
              }
            },
            {
              key: 'action',
              header: strings.ColumnAction,
              render: (meeting) => {
                if (declinedAttendees(meeting, statusesOf(meeting)).length === 0) {
                  return '';
                }
                const replan = replans.get(meeting.transactionId);
                const name = nameOf(meeting.departmentId);
                return (
                  <Stack tokens={{ childrenGap: 6 }} data-testid={`replan-${meeting.departmentId}`}>
                    {(!replan || replan.state === 'none' || replan.state === 'failed') && (
                      <DefaultButton
                        text={strings.ProposeNext}
                        ariaLabel={format(strings.ProposeNextAria, name)}
                        disabled={!settings}
                        onClick={() => void proposeNext(meeting)}
                      />
                    )}
                    {!settings && <Text variant="small">{strings.FixSettingsFirst}</Text>}
                    {replan?.state === 'working' && <Spinner label={strings.SearchingSlot} />}
                    {replan?.state === 'none' && <Text>{replan.text}</Text>}
                    {replan?.state === 'failed' && <ErrorMessage error={replan.error} />}
                    {(replan?.state === 'proposed' || replan?.state === 'moving') && (
                      <>
                        <Text data-testid={`replan-slot-${meeting.departmentId}`}>{format(strings.NextFreeSlot, formatSlot(replan.slot, locale))}</Text>
                        <PrimaryButton
                          text={strings.Rebook}
                          ariaLabel={format(strings.RebookAria, name, formatSlot(replan.slot, locale))}
                          disabled={replan.state === 'moving'}
                          onClick={() => void rebook(meeting, replan.slot)}
                        />
                      </>
                    )}
                  </Stack>
                );
              }
            }
          ]}
        />
      )}
    </section>
  );
}
