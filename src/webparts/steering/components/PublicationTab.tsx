import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Spinner, Stack, Text } from '@fluentui/react';
import type { ReportType } from '../../../domain';
import type { ReleasableReport } from '../../../data/publicationRepository';
import { PublishRefusedError, publishSteps, type PublishRefusal, type PublishStep } from '../../../app/publication/publishReport';
import {
  currentView,
  downloadPublishedFile,
  loadPublication,
  mayPublish,
  publish,
  recordRelease,
  usePublication,
  type PublicationNotice
} from '../../../app/publication/publicationState';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { offerDownload } from '../../../ui/download';
import { format, formatDate, formatDateTime } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import type { SteeringTabProps } from './Steering';
import { PublicationReleaseForm } from './PublicationReleaseForm';
import { PublishedFilesList } from './PublishedFilesList';

function refusalText(refusal: PublishRefusal, strings: ISteeringWebPartStrings): string {
  return refusal === 'notReleased' ? strings.PublicationRefusedNotReleased : refusal === 'noYears' ? strings.PublicationRefusedNoYears : strings.PublicationRefusedComments;
}

function stepText(step: PublishStep, strings: ISteeringWebPartStrings): string {
  const texts: Record<PublishStep, string> = {
    reading: strings.PublicationStepReading,
    report: strings.PublicationStepReport,
    datasetCsv: strings.PublicationStepDatasetCsv,
    datasetHtml: strings.PublicationStepDatasetHtml,
    stamping: strings.PublicationStepStamping
  };
  return texts[step];
}

function Notice({ notice, strings, onDismiss }: { notice: PublicationNotice; strings: ISteeringWebPartStrings; onDismiss: () => void }): React.ReactElement {
  if (notice.kind === 'released') {
    return (
      <MessageBar messageBarType={MessageBarType.success} onDismiss={onDismiss} dismissButtonAriaLabel={strings.PublicationDismiss}>
        {format(strings.PublicationReleased, notice.title)}
      </MessageBar>
    );
  }
  if (notice.kind === 'published') {
    const { result } = notice;
    return (
      <MessageBar messageBarType={MessageBarType.success} onDismiss={onDismiss} dismissButtonAriaLabel={strings.PublicationDismiss} data-testid="publication-published">
        {format(strings.PublicationPublished, result.report.title, result.rowCount)}
        {result.openYears.length > 0 && ` ${format(strings.PublicationOpenYears, result.openYears.join(', '))}`}
      </MessageBar>
    );
  }
  if (notice.error instanceof PublishRefusedError) {
    return (
      <MessageBar messageBarType={MessageBarType.blocked} onDismiss={onDismiss} dismissButtonAriaLabel={strings.PublicationDismiss}>
        {refusalText(notice.error.refusal, strings)}
      </MessageBar>
    );
  }
  return <ErrorMessage error={notice.error} text={format(notice.action === 'release' ? strings.PublicationFailedRelease : strings.PublicationFailedPublish, notice.title)} />;
}

/**
 * Publication (Veröffentlichung): the annual and period reports in "Berichte" with the Beirat's
 * release; the office records a release and publishes a released report with its public
 * indicator dataset into "Veröffentlichungen"; what is published, with links.
 */
export function PublicationTab({ services, strings }: SteeringTabProps): React.ReactElement {
  const locale = services.locale;
  const [loaded, reload] = useLoader(() => loadPublication(services), 'publication');
  const [state, dispatch] = usePublication();
  const [downloadError, setDownloadError] = React.useState<unknown>(undefined);

  if (loaded.state === 'loading') {
    return <Spinner label={strings.PublicationTab} ariaLive="polite" />;
  }
  if (loaded.state === 'error') {
    return <ErrorMessage error={loaded.error} onRetry={reload} />;
  }
  const { boardSessions, user } = loaded.data;
  const { reports, publications } = currentView(loaded.data, state);
  const isOffice = mayPublish(user);
  const typeText: Partial<Record<ReportType, string>> = { annualReport: strings.PublicationTypeAnnual, periodReport: strings.PublicationTypePeriod };
  const releaseText = (report: ReleasableReport): string => {
    if (!report.release) return strings.PublicationNotReleased;
    const session = boardSessions.find((candidate) => candidate.id === report.release?.sessionId);
    return format(strings.PublicationReleasedOn, formatDate(report.release.releasedOn, locale), session ? `${session.title}, ${formatDate(session.date, locale)}` : `#${report.release.sessionId}`);
  };
  const download = async (file: (typeof publications)[number]): Promise<void> => {
    setDownloadError(undefined);
    try {
      offerDownload(await downloadPublishedFile(services, file), file.fileName);
    } catch (error) {
      setDownloadError(error);
    }
  };
  const progress = state.publishing;
  const progressIndex = progress ? publishSteps.indexOf(progress.step) : -1;

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { paddingTop: 12 } }}>
      <Text>{strings.PublicationIntro}</Text>
      {!isOffice && <MessageBar>{strings.PublicationReadOnly}</MessageBar>}
      {state.notice && <Notice notice={state.notice} strings={strings} onDismiss={() => dispatch({ type: 'noticeDismissed' })} />}
      {progress && (
        <ProgressIndicator
          label={format(strings.PublicationProgress, progressIndex + 1, publishSteps.length, stepText(progress.step, strings))}
          percentComplete={(progressIndex + 1) / publishSteps.length}
          progressHidden={false}
          ariaValueText={stepText(progress.step, strings)}
        />
      )}
      {/* The table's caption names it; a heading above would repeat it. */}
      <section aria-label={strings.PublicationReportsHeading}>
        {reports.length === 0 ? (
          <MessageBar>{strings.PublicationNoReports}</MessageBar>
        ) : (
          <DataTable
            caption={strings.PublicationReportsHeading}
            testId="publication-reports"
            rows={reports}
            rowKey={(report) => report.id}
            columns={[
              { key: 'title', header: strings.PublicationColumnReport, render: (report) => report.title },
              { key: 'type', header: strings.PublicationColumnType, render: (report) => typeText[report.type] ?? report.type },
              { key: 'year', header: strings.PublicationColumnYear, render: (report) => report.year ?? '–' },
              { key: 'release', header: strings.PublicationColumnRelease, render: (report) => <span data-testid={`publication-release-${report.id}`}>{releaseText(report)}</span> },
              { key: 'published', header: strings.PublicationColumnPublished, render: (report) => (report.publishedAt ? formatDateTime(report.publishedAt, locale) : strings.PublicationNotPublished) },
              {
                key: 'actions',
                header: strings.PublicationColumnActions,
                render: (report) =>
                  isOffice ? (
                    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                      <DefaultButton
                        text={report.release ? strings.PublicationChangeRelease : strings.PublicationRecordRelease}
                        ariaLabel={format(strings.PublicationActionLabel, report.release ? strings.PublicationChangeRelease : strings.PublicationRecordRelease, report.title)}
                        iconProps={{ iconName: 'Accept' }}
                        disabled={state.isSaving}
                        onClick={() => dispatch({ type: 'releaseOpened', report, sessions: boardSessions })}
                      />
                      <PrimaryButton
                        text={report.publishedAt ? strings.PublicationPublishAgain : strings.PublicationPublish}
                        ariaLabel={format(strings.PublicationActionLabel, report.publishedAt ? strings.PublicationPublishAgain : strings.PublicationPublish, report.title)}
                        iconProps={{ iconName: 'BulkUpload' }}
                        disabled={state.isSaving || !report.release}
                        ariaDescription={report.release ? undefined : strings.PublicationNeedsRelease}
                        onClick={() => void publish(services, state, report, dispatch)}
                      />
                      {!report.release && <Text variant="small">{strings.PublicationNeedsRelease}</Text>}
                    </Stack>
                  ) : (
                    '–'
                  )
              }
            ]}
          />
        )}
        {isOffice && reports.length > 0 && <Text variant="small">{strings.PublicationRepeatHint}</Text>}
      </section>
      {state.releasing && (
        <PublicationReleaseForm
          releasing={state.releasing}
          sessions={boardSessions}
          isSaving={state.isSaving}
          strings={strings}
          locale={locale}
          onChange={(changes) => dispatch({ type: 'releaseChanged', ...changes, sessions: boardSessions })}
          onSubmit={() => void recordRelease(services, state, boardSessions, dispatch)}
          onCancel={() => dispatch({ type: 'releaseCancelled' })}
        />
      )}
      {downloadError !== undefined && <ErrorMessage error={downloadError} />}
      <PublishedFilesList files={publications} strings={strings} locale={locale} onDownload={(file) => void download(file)} />
    </Stack>
  );
}
