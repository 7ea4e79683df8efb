import * as React from 'react';
import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  ProgressIndicator,
  Spinner,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import * as strings from 'MeetingBookingStrings';
import { addDays, todayInCouncil } from '../../domain';
import type { AttendeeStatus, Interval, MeetingKind, MeetingRecord, NewMeetingRecord } from '../../domain';
import { newTransactionId } from '../../domain';
import type { ProductServices } from '../../app/services';
import { readFreeBusy } from '../../scheduling/freeBusy';
import type { FreeBusy } from '../../scheduling/freeBusy';
import { ErrorMessage } from '../ErrorMessage';
import { format } from '../format';
import { useLoader } from '../useLoader';
import { durationOf, parseAddresses, slotOf, workingDaysBetween } from '../../app/meetingBooking/bookingForm';
import { FreeBusyGrid } from './FreeBusyGrid';

export interface MeetingBookingPanelProps {
  services: ProductServices;
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

/** Working hours the grid shows; the proposals come from Outlook's own working hours. */
const gridDayStart = 8 * 60;
const gridDayEnd = 17 * 60;
/** Free/busy of more than a few weeks is more than anyone reads in a panel. */
const maxRangeDays = 31;

type Work<T> = { readonly state: 'idle' } | { readonly state: 'working'; readonly done?: number; readonly total?: number } | { readonly state: 'done'; readonly value: T } | { readonly state: 'failed'; readonly error: unknown };
const idle = { state: 'idle' } as const;

const today = (): string => todayInCouncil(new Date());

export function formatSlot(slot: Interval, locale: string): string {
  const day = new Date(`${slot.start.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return `${day}, ${slot.start.slice(11, 16)}–${slot.end.slice(11, 16)}`;
}

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

/** Book one meeting in Outlook, or follow, move or cancel one that exists. */
export function MeetingBookingPanel(props: MeetingBookingPanelProps): JSX.Element {
  const { services, isOpen, onDismiss, existing } = props;
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
      {isOpen && <BookingForm key={existing?.transactionId ?? `${props.kind}-${props.departmentId ?? 'all'}`} {...props} services={services} />}
    </Panel>
  );
}

interface Loaded {
  readonly coordinator: string;
  readonly contacts: ReadonlyArray<{ readonly address: string; readonly label: string }>;
}

async function loadPeople(services: ProductServices, departmentId: number | undefined): Promise<Loaded> {
  const [user, contacts] = await Promise.all([services.users.currentUser(), departmentId === undefined ? Promise.resolve([]) : services.departments.contacts()]);
  const people = contacts
    .filter((contact) => contact.departmentId === departmentId)
    .map((contact) => ({ address: (contact.email || contact.user?.email || contact.user?.login || '').toLowerCase(), label: contact.name }))
    .filter((contact) => contact.address.includes('@'));
  return { coordinator: (user.email || user.login).toLowerCase(), contacts: people };
}

function BookingForm({ services, kind, year, departmentId, subject: initialSubject, agenda: initialAgenda, existing, onChanged }: MeetingBookingPanelProps): React.ReactElement {
  const locale = services.locale;
  const [people, reloadPeople] = useLoader(() => loadPeople(services, departmentId), `${departmentId ?? 'none'}`);
  const [meeting, setMeeting] = React.useState<MeetingRecord | undefined>(existing);
  const [chosen, setChosen] = React.useState<ReadonlySet<string> | undefined>(undefined);
  const [othersText, setOthersText] = React.useState(() => (existing ? existing.attendees.join('; ') : ''));
  const [firstDay, setFirstDay] = React.useState(() => (existing ? existing.start.slice(0, 10) : addDays(today(), 1)));
  const [lastDay, setLastDay] = React.useState(() => addDays(existing ? existing.start.slice(0, 10) : today(), 14));
  const [duration, setDuration] = React.useState(() => (existing ? durationOf(existing) : 60));
  const [day, setDay] = React.useState(() => existing?.start.slice(0, 10) ?? '');
  const [time, setTime] = React.useState(() => existing?.start.slice(11, 16) ?? '');
  const [subject, setSubject] = React.useState(existing?.subject ?? initialSubject);
  const [agenda, setAgenda] = React.useState(existing?.agenda ?? initialAgenda);
  const [isOnline, setIsOnline] = React.useState(existing?.isOnlineMeeting ?? false);
  const [freeBusy, setFreeBusy] = React.useState<Work<FreeBusy>>(idle);
  const [proposals, setProposals] = React.useState<Work<Interval[]>>(idle);
  const [booking, setBooking] = React.useState<Work<MeetingRecord>>(idle);
  /** A record that failed to book keeps its transaction id: booking it again cannot create a second event. */
  const [pending, setPending] = React.useState<MeetingRecord | undefined>(undefined);
  const [responses, setResponses] = React.useState<Work<AttendeeStatus[]>>(idle);
  const [comment, setComment] = React.useState('');
  const [isCancelling, setIsCancelling] = React.useState(false);
  const [showErrors, setShowErrors] = React.useState(false);

  const contacts = people.state === 'ready' ? people.data.contacts : [];
  // Contacts of the department are invited unless unticked; an existing meeting keeps its list in the text field.
  const selectedContacts = existing ? [] : contacts.filter((contact) => (chosen ? chosen.has(contact.address) : true)).map((contact) => contact.address);
  const others = parseAddresses(othersText);
  const attendees = [...new Set([...selectedContacts, ...others.addresses])];
  const slot = slotOf(day, time, duration);
  const rangeDays = workingDaysBetween(firstDay, lastDay);
  const isRangeValid = /^\d{4}-\d{2}-\d{2}$/.test(firstDay) && /^\d{4}-\d{2}-\d{2}$/.test(lastDay) && firstDay <= lastDay && rangeDays.length > 0 && rangeDays.length <= maxRangeDays;
  const isCancelled = meeting?.state === 'cancelled';

  const loadResponses = React.useCallback(async (current: MeetingRecord) => {
    if (!current.eventId) {
      return;
    }
    setResponses({ state: 'working' });
    try {
      const map = await services.booking.responses([current]);
      setResponses({ state: 'done', value: map.get(current.eventId) ?? [] });
    } catch (error) {
      setResponses({ state: 'failed', error });
    }
  }, [services]);
  React.useEffect(() => {
    if (existing) {
      void loadResponses(existing);
    }
  }, [existing, loadResponses]);

  const loadFreeBusy = async (): Promise<void> => {
    if (people.state !== 'ready') {
      return;
    }
    setFreeBusy({ state: 'working' });
    try {
      const mailboxes = [people.data.coordinator, ...attendees];
      const value = await readFreeBusy(services.calendar, mailboxes, firstDay, lastDay, { onProgress: (done, total) => setFreeBusy({ state: 'working', done, total }) });
      setFreeBusy({ state: 'done', value });
    } catch (error) {
      setFreeBusy({ state: 'failed', error });
    }
  };

  const loadProposals = async (): Promise<void> => {
    setProposals({ state: 'working' });
    try {
      setProposals({ state: 'done', value: await services.booking.proposals(attendees, firstDay, lastDay, duration) });
    } catch (error) {
      setProposals({ state: 'failed', error });
    }
  };

  const pick = (interval: Interval): void => {
    setDay(interval.start.slice(0, 10));
    setTime(interval.start.slice(11, 16));
    setDuration(durationOf(interval));
  };

  const canBook = attendees.length > 0 && others.invalid.length === 0 && !!slot && subject.trim().length > 0;
  const book = async (): Promise<void> => {
    setShowErrors(true);
    if (!canBook || !slot) {
      return;
    }
    setBooking({ state: 'working' });
    try {
      const record: MeetingRecord | NewMeetingRecord = pending
        ? { ...pending, subject: subject.trim(), start: slot.start, end: slot.end, attendees, isOnlineMeeting: isOnline, agenda }
        : {
            kind,
            subject: subject.trim(),
            ...(departmentId !== undefined ? { departmentId } : {}),
            year,
            start: slot.start,
            end: slot.end,
            attendees,
            isOnlineMeeting: isOnline,
            transactionId: newTransactionId(kind, year, departmentId, () => crypto.randomUUID()),
            agenda
          };
      const [outcome] = await services.booking.book([record]);
      if (outcome.ok) {
        setPending(undefined);
        setMeeting(outcome.meeting);
        setBooking({ state: 'done', value: outcome.meeting });
        onChanged(outcome.meeting);
        void loadResponses(outcome.meeting);
      } else {
        setPending(outcome.meeting);
        setBooking({ state: 'failed', error: outcome.error });
      }
    } catch (error) {
      setBooking({ state: 'failed', error });
    }
  };

  const reschedule = async (): Promise<void> => {
    setShowErrors(true);
    if (!meeting || !slot) {
      return;
    }
    setBooking({ state: 'working' });
    try {
      const moved = await services.booking.reschedule(meeting, slot);
      setMeeting(moved);
      setBooking({ state: 'done', value: moved });
      onChanged(moved);
    } catch (error) {
      setBooking({ state: 'failed', error });
    }
  };

  const cancel = async (): Promise<void> => {
    if (!meeting) {
      return;
    }
    setBooking({ state: 'working' });
    try {
      const cancelled = await services.booking.cancel(meeting, comment.trim());
      setMeeting(cancelled);
      setIsCancelling(false);
      setBooking({ state: 'done', value: cancelled });
      onChanged(cancelled);
    } catch (error) {
      setBooking({ state: 'failed', error });
    }
  };

  if (people.state === 'loading') {
    return <Spinner label={strings.Loading} ariaLive="polite" />;
  }
  if (people.state === 'error') {
    return <ErrorMessage error={people.error} onRetry={reloadPeople} />;
  }
  const working = booking.state === 'working';
  const attendeeLabels = [
    { address: people.data.coordinator, label: strings.You },
    ...attendees.map((address) => ({ address, label: contacts.find((contact) => contact.address === address)?.label ?? address }))
  ];

  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="meeting-booking-panel">
      {meeting && (
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
              {responses.state === 'failed' && <ErrorMessage error={responses.error} onRetry={() => void loadResponses(meeting)} />}
              {responses.state === 'done' && (
                <ul data-testid="attendee-responses">
                  {responses.value
                    .filter((status) => status.response !== 'organizer')
                    .map((status) => (
                      <li key={status.address}>{`${status.name ?? status.address}: ${responseText(status.response)}`}</li>
                    ))}
                </ul>
              )}
              <DefaultButton text={strings.RefreshResponses} onClick={() => void loadResponses(meeting)} disabled={responses.state === 'working'} />
            </Stack>
          )}
        </section>
      )}

      {!isCancelled && (
        <>
          <section aria-labelledby="meeting-booking-attendees">
            <Text as="h3" variant="mediumPlus" id="meeting-booking-attendees" block>
              {strings.Attendees}
            </Text>
            {!existing && departmentId !== undefined && contacts.length === 0 && <MessageBar>{strings.NoContacts}</MessageBar>}
            {!existing &&
              contacts.map((contact) => (
                <Checkbox
                  key={contact.address}
                  label={`${contact.label} (${contact.address})`}
                  checked={selectedContacts.includes(contact.address)}
                  onChange={(_, checked) => {
                    const next = new Set(selectedContacts);
                    if (checked) {
                      next.add(contact.address);
                    } else {
                      next.delete(contact.address);
                    }
                    setChosen(next);
                  }}
                  styles={{ root: { marginBottom: 4 } }}
                />
              ))}
            <TextField
              label={existing ? strings.AttendeesOfMeeting : strings.OtherAttendees}
              description={strings.OtherAttendeesHint}
              multiline
              rows={2}
              value={othersText}
              readOnly={!!existing}
              onChange={(_, value) => setOthersText(value ?? '')}
              errorMessage={others.invalid.length > 0 ? format(strings.InvalidAddresses, others.invalid.join(', ')) : showErrors && attendees.length === 0 ? strings.NoAttendees : undefined}
            />
          </section>

          <section aria-labelledby="meeting-booking-time">
            <Text as="h3" variant="mediumPlus" id="meeting-booking-time" block>
              {strings.FindTime}
            </Text>
            <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
              <TextField type="date" label={strings.FirstDay} value={firstDay} onChange={(_, value) => setFirstDay(value ?? '')} />
              <TextField
                type="date"
                label={strings.LastDay}
                value={lastDay}
                onChange={(_, value) => setLastDay(value ?? '')}
                errorMessage={isRangeValid ? undefined : format(strings.InvalidRange, maxRangeDays)}
              />
              <Dropdown
                label={strings.Duration}
                selectedKey={duration}
                options={[30, 45, 60, 90, 120, 180].concat([30, 45, 60, 90, 120, 180].includes(duration) ? [] : [duration]).map((minutes) => ({ key: minutes, text: format(strings.Minutes, minutes) }))}
                onChange={(_, option) => option && setDuration(Number(option.key))}
                styles={{ root: { minWidth: 120 } }}
              />
            </Stack>
            <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
              <DefaultButton text={strings.LoadAvailability} onClick={() => void loadFreeBusy()} disabled={!isRangeValid || freeBusy.state === 'working'} />
              <DefaultButton text={strings.Proposals} onClick={() => void loadProposals()} disabled={!isRangeValid || attendees.length === 0 || proposals.state === 'working'} />
            </Stack>
            {freeBusy.state === 'working' && (
              <ProgressIndicator
                label={strings.LoadingAvailability}
                description={freeBusy.total ? format(strings.ProgressOf, freeBusy.done ?? 0, freeBusy.total) : undefined}
                percentComplete={freeBusy.total ? (freeBusy.done ?? 0) / freeBusy.total : undefined}
              />
            )}
            {freeBusy.state === 'failed' && <ErrorMessage error={freeBusy.error} onRetry={() => void loadFreeBusy()} />}
            {freeBusy.state === 'done' && (
              <FreeBusyGrid
                attendees={attendeeLabels}
                busy={freeBusy.value.busy}
                unavailable={freeBusy.value.unavailable}
                days={rangeDays}
                dayStartMinutes={gridDayStart}
                dayEndMinutes={gridDayEnd}
                locale={locale}
              />
            )}
            {proposals.state === 'working' && <Spinner label={strings.LoadingProposals} ariaLive="polite" />}
            {proposals.state === 'failed' && <ErrorMessage error={proposals.error} onRetry={() => void loadProposals()} />}
            {proposals.state === 'done' &&
              (proposals.value.length === 0 ? (
                <MessageBar>{strings.NoProposals}</MessageBar>
              ) : (
                <ChoiceGroup
                  label={strings.ProposalsLabel}
                  data-testid="proposals"
                  selectedKey={slot ? slot.start : undefined}
                  options={proposals.value.map((proposal) => ({ key: proposal.start, text: formatSlot(proposal, locale) }))}
                  onChange={(_, option) => {
                    const proposal = proposals.value.find((candidate) => candidate.start === option?.key);
                    if (proposal) {
                      pick(proposal);
                    }
                  }}
                />
              ))}
            <Stack horizontal wrap tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 8 } }}>
              <TextField type="date" label={strings.Day} value={day} onChange={(_, value) => setDay(value ?? '')} errorMessage={showErrors && !slotOf(day, '12:00', 1) ? strings.ChooseDay : undefined} />
              <TextField type="time" label={strings.StartTime} value={time} onChange={(_, value) => setTime(value ?? '')} errorMessage={showErrors && !slot ? strings.ChooseTime : undefined} />
            </Stack>
          </section>

          {!meeting && (
            <section aria-labelledby="meeting-booking-details">
              <Text as="h3" variant="mediumPlus" id="meeting-booking-details" block>
                {strings.Details}
              </Text>
              <TextField label={strings.Subject} required value={subject} onChange={(_, value) => setSubject(value ?? '')} errorMessage={showErrors && !subject.trim() ? strings.SubjectRequired : undefined} />
              <TextField label={strings.Agenda} multiline rows={5} value={agenda} onChange={(_, value) => setAgenda(value ?? '')} />
              <Checkbox label={strings.OnlineMeeting} checked={isOnline} onChange={(_, checked) => setIsOnline(!!checked)} styles={{ root: { marginTop: 8 } }} />
            </section>
          )}
        </>
      )}

      {working && <ProgressIndicator label={strings.Working} />}
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
          {!meeting && <PrimaryButton text={strings.Book} onClick={() => void book()} disabled={working} />}
          {meeting && <PrimaryButton text={strings.Reschedule} onClick={() => void reschedule()} disabled={working || !slot || (slot.start === meeting.start && slot.end === meeting.end)} />}
          {meeting && !isCancelling && <DefaultButton text={strings.CancelMeeting} onClick={() => setIsCancelling(true)} disabled={working} />}
        </Stack>
      )}
      {meeting && isCancelling && !isCancelled && (
        <Stack tokens={{ childrenGap: 8 }}>
          <TextField label={strings.CancelComment} multiline rows={3} value={comment} onChange={(_, value) => setComment(value ?? '')} />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ConfirmCancel} onClick={() => void cancel()} disabled={working} />
            <DefaultButton text={strings.KeepMeeting} onClick={() => setIsCancelling(false)} disabled={working} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
