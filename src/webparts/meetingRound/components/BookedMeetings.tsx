import * as React from 'react';
import { DefaultButton, MessageBar, PrimaryButton, Spinner, Stack, Text } from '@fluentui/react';
import type { MeetingRecord, RoundSettings } from '../../../domain';
import { formatSlot } from '../../../app/meetingBooking/bookingForm';
import { statusesOf } from '../../../app/meetingRound/bookedMeetings';
import type { RoundPorts } from '../../../app/meetingRound/roundCommands';
import { declinedAttendees, responseCounts, unplacedReasonText } from '../../../app/meetingRound/roundPlanModel';
import { useBookedMeetings } from '../../../app/meetingRound/useMeetingRound';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';

export interface BookedMeetingsProps {
  readonly ports: RoundPorts;
  readonly locale: string;
  readonly strings: IMeetingRoundWebPartStrings;
  readonly meetings: readonly MeetingRecord[];
  readonly nameOf: (departmentId: number | undefined) => string;
  readonly coordinator: string;
  /** The round's settings, for re-planning a declined meeting; absent while the form is invalid. */
  readonly settings?: RoundSettings;
  readonly onChanged: () => void;
}

/** The round's booked meetings with the attendees' answers; a declined one can move to the next free slot. */
export function BookedMeetings({ ports, locale, strings, meetings, nameOf, coordinator, settings, onChanged }: BookedMeetingsProps): React.ReactElement {
  const flow = useBookedMeetings(ports, meetings, { coordinator, nameOf, settings }, onChanged);
  const { booked } = flow;
  const { responses, replans } = flow.state;

  return (
    <section aria-labelledby="meeting-round-booked" data-testid="booked-meetings">
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }} styles={{ root: { margin: '24px 0 8px' } }}>
        <Text as="h3" variant="large" id="meeting-round-booked">
          {strings.BookedHeading}
        </Text>
        <DefaultButton text={strings.RefreshResponses} onClick={flow.refresh} disabled={responses.state === 'working'} />
      </Stack>
      {responses.state === 'working' && <Spinner label={strings.LoadingResponses} ariaLive="polite" />}
      {responses.state === 'failed' && <ErrorMessage error={responses.error} onRetry={flow.refresh} />}
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
                const statuses = statusesOf(flow.state, meeting);
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
                if (declinedAttendees(meeting, statusesOf(flow.state, meeting)).length === 0) {
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
                        onClick={() => flow.proposeNext(meeting)}
                      />
                    )}
                    {!settings && <Text variant="small">{strings.FixSettingsFirst}</Text>}
                    {replan?.state === 'working' && <Spinner label={strings.SearchingSlot} />}
                    {replan?.state === 'none' && <Text>{unplacedReasonText(replan.reason, strings)}</Text>}
                    {replan?.state === 'failed' && <ErrorMessage error={replan.error} />}
                    {(replan?.state === 'proposed' || replan?.state === 'moving') && (
                      <>
                        <Text data-testid={`replan-slot-${meeting.departmentId}`}>{format(strings.NextFreeSlot, formatSlot(replan.slot, locale))}</Text>
                        <PrimaryButton
                          text={strings.Rebook}
                          ariaLabel={format(strings.RebookAria, name, formatSlot(replan.slot, locale))}
                          disabled={replan.state === 'moving'}
                          onClick={() => flow.rebook(meeting, replan.slot)}
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
