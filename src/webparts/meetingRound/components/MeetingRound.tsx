import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, SpinnerSize, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { GermanState } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import { roundFormProblems } from '../../../app/meetingRound/roundSettings';
import { isRoundWorking } from '../../../app/meetingRound/roundState';
import type { LoadedRound } from '../../../app/meetingRound/roundState';
import { useMeetingRound } from '../../../app/meetingRound/useMeetingRound';
import type { MeetingRoundFlow } from '../../../app/meetingRound/useMeetingRound';
import type { HostTheme } from '../../../ui/hostTheme';
import { LoadStatus, WebPartSection } from '../../../ui/WebPartSection';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { BookedMeetings } from './BookedMeetings';
import { RoundPlanSection } from './RoundPlanSection';
import { SettingsForm } from './SettingsForm';
import { SteeringGroupSection } from './SteeringGroupSection';

export interface MeetingRoundProps {
  readonly services: ProductServices;
  readonly strings: IMeetingRoundWebPartStrings;
  readonly theme: HostTheme;
  readonly state?: GermanState;
}

const classes = mergeStyleSets({
  root: { padding: '16px 0' }
});

export function MeetingRound({ services, strings, theme, state }: MeetingRoundProps): React.ReactElement {
  const flow = useMeetingRound(services, state);
  const { data } = flow;
  const headingId = 'integrationsplanung-meeting-round-heading';
  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root}>
      <SettingsForm form={flow.state.form} onChange={flow.setForm} strings={strings} />
      <LoadStatus loaded={flow.state.load} label={strings.Loading} onRetry={flow.reload} size={data ? SpinnerSize.small : SpinnerSize.large} />
      {data && <RoundBoard key={flow.year} data={data} flow={flow} services={services} strings={strings} />}
    </WebPartSection>
  );
}

function RoundBoard({ data, flow, services, strings }: { data: LoadedRound; flow: MeetingRoundFlow; services: ProductServices; strings: IMeetingRoundWebPartStrings }): React.ReactElement {
  const { form, round, step, failed } = flow.state;
  const locale = services.locale;
  const isValid = roundFormProblems(form).length === 0;
  const departmentName = (departmentId: number | undefined): string => {
    const department = data.departments.find((candidate) => candidate.id === departmentId);
    return department ? `${department.number} ${department.name}` : strings.Unknown;
  };
  const bookAll = (): void =>
    flow.bookAll({ subject: (department) => format(strings.AgreementSubject, form.year, department.name), agenda: (department) => format(strings.AgreementAgenda, form.year, department.name) });

  const working = isRoundWorking(step);
  const placedCount = round?.plan.placed.length ?? 0;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {!data.isCoordinator && <MessageBar>{strings.OnlyCoordinator}</MessageBar>}
      <Text block data-testid="departments-to-plan">
        {format(strings.ToPlanCount, data.toPlan.length, data.departments.length, form.year)}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={strings.PlanRound} onClick={flow.plan} disabled={!isValid || working || data.toPlan.length === 0 || !data.isCoordinator} />
        {round && placedCount > 0 && (
          <PrimaryButton text={failed.length > 0 ? format(strings.RetryBooking, failed.length) : format(strings.BookAll, placedCount)} onClick={bookAll} disabled={working} />
        )}
      </Stack>
      {step.state === 'reading' && <ProgressIndicator label={strings.ReadingCalendars} description={format(strings.ProgressOf, step.done, step.total)} percentComplete={step.total ? step.done / step.total : undefined} />}
      {step.state === 'booking' && <ProgressIndicator label={strings.Booking} description={format(strings.ProgressOf, step.done, step.total)} percentComplete={step.total ? step.done / step.total : undefined} />}
      {step.state === 'readFailed' && <ErrorMessage error={step.error} onRetry={flow.plan} />}
      {step.state === 'bookFailed' && (
        <div>
          <MessageBar messageBarType={MessageBarType.warning}>{strings.BookingNothingLost}</MessageBar>
          <ErrorMessage error={step.error} />
        </div>
      )}
      {step.state === 'booked' && (
        <MessageBar messageBarType={failed.length > 0 ? MessageBarType.warning : MessageBarType.success} data-testid="booking-summary">
          <span role="status">
            {failed.length > 0 ? format(strings.BookedSome, step.outcomes.length - failed.length, step.outcomes.length) : format(strings.BookedAllResult, step.outcomes.length)}
          </span>
        </MessageBar>
      )}
      {failed.length > 0 && (
        <ul data-testid="booking-failures">
          {failed.map((outcome) => (
            <li key={outcome.meeting.transactionId}>
              {`${departmentName(outcome.meeting.departmentId)}: `}
              {!outcome.ok && <ErrorMessage error={outcome.error} />}
            </li>
          ))}
        </ul>
      )}

      {round && (
        <RoundPlanSection
          strings={strings}
          locale={locale}
          round={round}
          nameOf={departmentName}
          isReadOnly={working || failed.length > 0}
          alternativesOf={flow.alternativesOf}
          onMove={flow.move}
        />
      )}

      <BookedMeetings
        ports={flow.ports}
        locale={locale}
        strings={strings}
        meetings={data.meetings}
        nameOf={departmentName}
        coordinator={data.coordinator}
        settings={flow.settings}
        onChanged={flow.reload}
      />
      <SteeringGroupSection services={services} strings={strings} year={form.year} meetings={data.steering} onChanged={flow.reload} />
    </Stack>
  );
}
