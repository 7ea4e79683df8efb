import * as React from 'react';
import { DefaultButton, Link, Spinner, Stack, Text } from '@fluentui/react';
import type { AgendaItem } from '../../../domain';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { offerDownload } from '../../../ui/download';
import { format, formatDate } from '../../../ui/format';
import type { BodySessionsFlow, SessionDetails } from '../../../app/bodySessions/useBodySessions';
import type { SessionsData } from '../../../app/bodySessions/sessionsData';
import { bodyLabel, minutesErrorText, statusLabel, subjectKindLabel } from './sessionLabels';
import { OpenItemsList } from './OpenItemsList';
import { ActionItemsSection } from './ActionItemsSection';

interface DetailProps {
  readonly flow: BodySessionsFlow;
  readonly data: SessionsData;
  readonly strings: ISteeringWebPartStrings;
  readonly locale: string;
}

/** One session: its agenda (with the open action items of earlier sessions), decisions, minutes and action items. */
export function SessionDetail({ flow, data, strings, locale }: DetailProps): React.ReactElement | null {
  const details = flow.details;
  if (!details) {
    return null;
  }
  if (details.state === 'loading') {
    return <Spinner ariaLive="polite" />;
  }
  if (details.state === 'error') {
    return <ErrorMessage error={details.error} onRetry={flow.reload} />;
  }
  const { session } = details.data;
  const meta = format(strings.SessionsDetailMeta, bodyLabel(strings, session.body), formatDate(session.date, locale), statusLabel(strings, session.status));
  return (
    <section aria-labelledby="session-detail-title" data-testid="session-detail">
      <Text as="h3" variant="xLarge" id="session-detail-title" block>
        {session.title}
      </Text>
      <Text block>{session.paperNumber ? `${meta} · ${format(strings.SessionsPaper, session.paperNumber)}` : meta}</Text>
      {flow.isOffice && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { margin: '8px 0' } }}>
          <DefaultButton text={strings.SessionsEdit} iconProps={{ iconName: 'Edit' }} onClick={() => flow.startEdit(session)} />
          {session.body === 'steeringGroup' && session.status !== 'held' && (
            <DefaultButton text={session.eventId ? strings.SessionsFollowMeeting : strings.SessionsBook} iconProps={{ iconName: 'Calendar' }} onClick={() => flow.openBooking(session)} />
          )}
        </Stack>
      )}
      <Text as="h4" variant="large" block styles={{ root: { marginTop: 12 } }}>
        {strings.SessionsAgendaHeading}
      </Text>
      {session.agendaItems.length === 0 ? (
        <Text block>{strings.SessionsAgendaEmpty}</Text>
      ) : (
        <ol data-testid="session-agenda">
          {session.agendaItems.map((item, index) => (
            <li key={index}>{agendaText(item, data, strings)}</li>
          ))}
        </ol>
      )}
      {session.body === 'steeringGroup' && <OpenItemsList items={flow.openItems} data={data} strings={strings} locale={locale} />}
      <Text as="h4" variant="large" block styles={{ root: { marginTop: 12 } }}>
        {strings.SessionsDecisionsHeading}
      </Text>
      <Text block styles={{ root: { whiteSpace: 'pre-wrap' } }}>
        {session.decisions ?? strings.SessionsNoDecisions}
      </Text>
      <MinutesSection flow={flow} details={details.data} strings={strings} />
      <ActionItemsSection flow={flow} details={details.data} data={data} strings={strings} locale={locale} />
    </section>
  );
}

function agendaText(item: AgendaItem, data: SessionsData, strings: ISteeringWebPartStrings): string {
  if (!item.subject) {
    return item.title;
  }
  const { kind, id } = item.subject;
  const name =
    kind === 'planPeriod'
      ? data.periods.find((period) => period.id === id)?.title
      : kind === 'report'
        ? data.reports.find((report) => report.id === id)?.title
        : undefined;
  return `${item.title} (${format(strings.SessionsSubjectShown, subjectKindLabel(strings, kind), name ?? `#${id}`)})`;
}

function MinutesSection({ flow, details, strings }: { flow: BodySessionsFlow; details: SessionDetails; strings: ISteeringWebPartStrings }): React.ReactElement {
  const [openError, setOpenError] = React.useState<unknown>(undefined);
  const { work } = flow.state;
  const open = (name: string): void => {
    setOpenError(undefined);
    flow.readMinutes(name).then((blob) => offerDownload(blob, name), setOpenError);
  };
  const inputId = `session-minutes-${details.session.id}`;
  return (
    <section aria-labelledby="session-minutes-heading" data-testid="session-minutes">
      <Text as="h4" variant="large" id="session-minutes-heading" block styles={{ root: { marginTop: 12 } }}>
        {strings.SessionsMinutesHeading}
      </Text>
      {details.minutes.length === 0 ? (
        <Text block>{strings.SessionsNoMinutes}</Text>
      ) : (
        <ul>
          {details.minutes.map((file) => (
            <li key={file.name}>
              <Link onClick={() => open(file.name)} aria-label={format(strings.SessionsOpenMinutesAria, file.name)}>
                {file.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {openError !== undefined && <ErrorMessage error={openError} />}
      {flow.isOffice && (
        <Stack tokens={{ childrenGap: 4 }}>
          <label htmlFor={inputId}>
            <Text>{strings.SessionsUploadMinutes}</Text>
          </label>
          <input
            id={inputId}
            type="file"
            accept=".pdf,.docx,.doc,.odt,.rtf,.txt"
            aria-describedby={`${inputId}-hint`}
            disabled={work.state === 'working'}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) {
                flow.upload({ name: file.name, content: file });
              }
            }}
          />
          <Text id={`${inputId}-hint`} variant="small">
            {strings.SessionsUploadHint}
          </Text>
          {work.state === 'working' && work.action === 'upload' && <Spinner ariaLive="polite" />}
          {work.state === 'failed' && work.action === 'upload' && <ErrorMessage error={work.error} text={minutesErrorText(strings, work.error)} />}
        </Stack>
      )}
    </section>
  );
}
