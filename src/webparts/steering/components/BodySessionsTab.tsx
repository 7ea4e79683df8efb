import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, PrimaryButton, Spinner, Stack, Text } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import type { ProductServices } from '../../../app/services';
import type { Body, BodySession } from '../../../domain';
import type { HostTheme } from '../../../ui/hostTheme';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';
import { MeetingBookingPanel } from '../../../ui/meetingBooking/MeetingBookingPanel';
import { useBodySessions } from '../../../app/bodySessions/useBodySessions';
import type { BodySessionsFlow } from '../../../app/bodySessions/useBodySessions';
import type { SessionsData } from '../../../app/bodySessions/sessionsData';
import { bodies, bodyLabel, statusLabel } from './sessionLabels';
import { SessionDetail } from './SessionDetail';
import { SessionEditorPanel } from './SessionEditorPanel';

export interface BodySessionsTabProps {
  readonly services: ProductServices;
  readonly strings: ISteeringWebPartStrings;
  readonly theme: HostTheme;
  readonly locale?: string;
}

const allKey = 'all';

/** The sessions of the bodies: filter by body and plan period, record and edit, minutes, action items, booking. */
export function BodySessionsTab({ services, strings, locale = services.locale }: BodySessionsTabProps): React.ReactElement {
  const flow = useBodySessions(services);
  const { data } = flow;
  if (data.state === 'loading' && flow.state.version === 0) {
    return <Spinner label={strings.SessionsLoading} ariaLive="polite" />;
  }
  if (data.state === 'error') {
    return <ErrorMessage error={data.error} onRetry={flow.reload} />;
  }
  const loaded = data.state === 'ready' ? data.data : undefined;
  const year = new Date().getFullYear();
  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { paddingTop: 16 } }} data-testid="body-sessions">
      <Filters flow={flow} strings={strings} data={loaded} />
      {!flow.isOffice && loaded && <MessageBar>{strings.SessionsReadOnly}</MessageBar>}
      {flow.isOffice && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.SessionsNew} onClick={() => flow.startNew(flow.state.filter.body ?? 'steeringGroup', strings.SessionsOpenItemsHeading)} />
          <DefaultButton text={strings.SessionsBookSteering} onClick={() => flow.openBooking()} />
        </Stack>
      )}
      {flow.state.work.state === 'working' && flow.state.work.action === 'booking' && <Spinner label={strings.SessionsRecordingBooking} ariaLive="polite" />}
      {flow.state.work.state === 'failed' && flow.state.work.action === 'booking' && <ErrorMessage error={flow.state.work.error} />}
      {loaded && <SessionsTable flow={flow} strings={strings} locale={locale} />}
      {loaded && flow.details && (
        <SessionDetail flow={flow} data={loaded} strings={strings} locale={locale} />
      )}
      {loaded && flow.state.editor && <SessionEditorPanel flow={flow} data={loaded} strings={strings} locale={locale} />}
      <MeetingBookingPanel
        services={services}
        isOpen={!!flow.state.booking}
        onDismiss={flow.closeBooking}
        kind="steeringGroup"
        year={flow.state.booking?.openedFor ? Number(flow.state.booking.openedFor.date.slice(0, 4)) : year}
        subject={flow.state.booking?.openedFor?.title ?? format(strings.SessionsSteeringSubject, year)}
        agenda={strings.SessionsSteeringAgenda}
        existing={flow.state.booking?.existing}
        onChanged={(meeting) => flow.booked(meeting, strings.SessionsOpenItemsHeading)}
      />
    </Stack>
  );
}

function Filters({ flow, strings, data }: { flow: BodySessionsFlow; strings: ISteeringWebPartStrings; data?: SessionsData }): React.ReactElement {
  const bodyOptions: IDropdownOption[] = [{ key: allKey, text: strings.SessionsFilterAllBodies }, ...bodies.map((body) => ({ key: body, text: bodyLabel(strings, body) }))];
  const periodOptions: IDropdownOption[] = [
    { key: allKey, text: strings.SessionsFilterAllPeriods },
    ...(data?.periods ?? []).map((period) => ({ key: String(period.id), text: period.title }))
  ];
  const { filter } = flow.state;
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
      <Dropdown
        label={strings.SessionsFilterBody}
        options={bodyOptions}
        selectedKey={filter.body ?? allKey}
        onChange={(_, option) =>
          flow.setFilter({ ...(option && option.key !== allKey ? { body: option.key as Body } : {}), ...(filter.planPeriodId !== undefined ? { planPeriodId: filter.planPeriodId } : {}) })
        }
        styles={{ root: { minWidth: 200 } }}
      />
      <Dropdown
        label={strings.SessionsFilterPeriod}
        options={periodOptions}
        selectedKey={filter.planPeriodId !== undefined ? String(filter.planPeriodId) : allKey}
        onChange={(_, option) =>
          flow.setFilter({ ...(filter.body !== undefined ? { body: filter.body } : {}), ...(option && option.key !== allKey ? { planPeriodId: Number(option.key) } : {}) })
        }
        styles={{ root: { minWidth: 260 } }}
      />
    </Stack>
  );
}

function SessionsTable({ flow, strings, locale }: { flow: BodySessionsFlow; strings: ISteeringWebPartStrings; locale: string }): React.ReactElement {
  if (flow.shown.length === 0) {
    return <Text block>{strings.SessionsNone}</Text>;
  }
  return (
    <DataTable<BodySession>
      caption={strings.SessionsListCaption}
      testId="body-sessions-list"
      rows={flow.shown}
      rowKey={(session) => session.id}
      rowHeader="title"
      columns={[
        { key: 'date', header: strings.SessionsColumnDate, render: (session) => formatDate(session.date, locale) },
        { key: 'body', header: strings.SessionsColumnBody, render: (session) => bodyLabel(strings, session.body) },
        { key: 'title', header: strings.SessionsColumnTitle, render: (session) => session.title },
        { key: 'paper', header: strings.SessionsColumnPaper, render: (session) => session.paperNumber ?? '' },
        { key: 'status', header: strings.SessionsColumnStatus, render: (session) => statusLabel(strings, session.status) },
        {
          key: 'open',
          header: strings.SessionsOpen,
          render: (session) => (
            <DefaultButton
              text={strings.SessionsOpen}
              ariaLabel={format(strings.SessionsOpenAria, session.title)}
              aria-pressed={session.id === flow.state.selectedId}
              checked={session.id === flow.state.selectedId}
              onClick={() => flow.select(session.id)}
              styles={{ root: { minWidth: 0 } }}
            />
          )
        }
      ]}
    />
  );
}
