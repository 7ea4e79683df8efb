import * as React from 'react';
import {
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  mergeStyleSets
} from '@fluentui/react';
import type { Department, Measure, PlanPeriod, ReportType } from '../../../domain';
import type { StoredReport } from '../../../data/reportRepository';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { offerDownload } from '../../../ui/download';
import type { ReportStep } from '../../../app/initialReviews/statusQuoReportFile';
import type { InitialReviewServices } from '../../../app/initialReviews/initialReviewsData';
import {
  Creation,
  createStatusQuoReport,
  downloadStoredReport,
  loadStoredReports,
  ReportContext,
  retryStatusQuoReport,
  storeStatusQuoReport
} from '../../../app/initialReviews/statusQuoReport';

export interface StatusQuoReportSectionProps {
  readonly period: PlanPeriod;
  readonly departments: readonly Department[];
  readonly measures: readonly Measure[];
  readonly canCreate: boolean;
  readonly services: Pick<InitialReviewServices, 'locale' | 'catalogue' | 'initialReviews' | 'reports'>;
  readonly strings: IInitialReviewsWebPartStrings;
}

const classes = mergeStyleSets({
  section: { marginTop: 24 },
  heading: { fontSize: 20, fontWeight: 600, margin: '0 0 8px' }
});

/** Creating the status-quo report from the interviews, and the reports stored so far. */
export function StatusQuoReportSection({ period, departments, measures, canCreate, services, strings }: StatusQuoReportSectionProps): React.ReactElement {
  const [creation, setCreation] = React.useState<Creation>({ kind: 'idle' });
  const [stored, reloadStored] = useLoader(() => loadStoredReports(services), 'reports');
  const stepText: Readonly<Record<ReportStep | 'upload', string>> = { data: strings.ReportStepData, document: strings.ReportStepDocument, upload: strings.ReportStepUpload };
  const stepShare: Readonly<Record<ReportStep | 'upload', number>> = { data: 0.1, document: 0.4, upload: 0.75 };

  const context: ReportContext = {
    services,
    period,
    departments,
    measures,
    officeName: strings.ReportOfficeName,
    documentTitle: (periodLabel) => format(strings.ReportDocumentTitle, periodLabel),
    show: setCreation,
    onStored: reloadStored
  };
  const create = (): Promise<void> => createStatusQuoReport(context, new Date());
  const retry = (): void => void retryStatusQuoReport(context, creation, new Date());

  return (
    <section className={classes.section} aria-labelledby="integrationsplanung-report-heading" data-testid="status-quo-report">
      <h3 id="integrationsplanung-report-heading" className={classes.heading}>
        {strings.ReportHeading}
      </h3>
      <Stack tokens={{ childrenGap: 12 }}>
        {canCreate && (
          <>
            <Text block>{strings.ReportIntro}</Text>
            <Stack horizontal>
              <PrimaryButton iconProps={{ iconName: 'DownloadDocument' }} text={strings.CreateReport} disabled={creation.kind === 'working'} onClick={() => void create()} />
            </Stack>
          </>
        )}
        {creation.kind === 'working' && (
          <ProgressIndicator label={strings.ReportProgressLabel} description={stepText[creation.step]} percentComplete={stepShare[creation.step]} ariaValueText={stepText[creation.step]} />
        )}
        {creation.kind === 'saved' && (
          <MessageBar
            messageBarType={MessageBarType.success}
            isMultiline
            actions={
              <div>
                <DefaultButton iconProps={{ iconName: 'DownloadDocument' }} text={strings.DownloadReport} onClick={() => offerDownload(creation.file.content, creation.file.fileName)} />
              </div>
            }
          >
            <div role="status" data-testid="report-saved">
              {format(strings.ReportSaved, creation.file.fileName)}
              {creation.file.problemCount > 0 && <div>{format(strings.ReportProblems, creation.file.problemCount)}</div>}
            </div>
          </MessageBar>
        )}
        {creation.kind === 'notReplaced' && (
          <MessageBar>
            <div role="status">{strings.ReportNotReplaced}</div>
          </MessageBar>
        )}
        {creation.kind === 'failed' && <ErrorMessage error={creation.error} onRetry={retry} />}
        <Dialog
          hidden={creation.kind !== 'confirmReplace'}
          onDismiss={() => setCreation({ kind: 'notReplaced' })}
          dialogContentProps={{
            type: DialogType.normal,
            titleId: 'integrationsplanung-replace-report-title',
            title: strings.ReportExistsTitle,
            closeButtonAriaLabel: strings.Close,
            subText: creation.kind === 'confirmReplace' ? format(strings.ReportExists, creation.file.fileName) : ''
          }}
          modalProps={{ isBlocking: true, titleAriaId: 'integrationsplanung-replace-report-title' }}
        >
          <DialogFooter>
            <PrimaryButton text={strings.Replace} onClick={() => creation.kind === 'confirmReplace' && void storeStatusQuoReport(context, creation.file, true)} />
            <DefaultButton text={strings.Cancel} onClick={() => setCreation({ kind: 'notReplaced' })} />
          </DialogFooter>
        </Dialog>
        {stored.state === 'loading' && <Spinner size={SpinnerSize.small} label={strings.Loading} />}
        {stored.state === 'error' && <ErrorMessage error={stored.error} onRetry={reloadStored} />}
        {stored.state === 'ready' && <StoredReports reports={stored.data} services={services} strings={strings} />}
      </Stack>
    </section>
  );
}

interface StoredReportsProps {
  readonly reports: readonly StoredReport[];
  readonly services: Pick<InitialReviewServices, 'locale' | 'reports'>;
  readonly strings: IInitialReviewsWebPartStrings;
}

function StoredReports({ reports, services, strings }: StoredReportsProps): React.ReactElement {
  const [downloading, setDownloading] = React.useState<number | undefined>(undefined);
  const [failure, setFailure] = React.useState<{ report: StoredReport; error: unknown } | undefined>(undefined);
  const typeLabel: Readonly<Record<ReportType, string>> = {
    statusReport: strings.ReportTypeStatus,
    annualReport: strings.ReportTypeAnnual,
    periodReport: strings.ReportTypePeriod,
    template: strings.ReportTypeTemplate
  };
  const download = async (report: StoredReport): Promise<void> => {
    setDownloading(report.id);
    setFailure(undefined);
    try {
      offerDownload(await downloadStoredReport(services, report), report.fileName);
    } catch (error) {
      setFailure({ report, error });
    } finally {
      setDownloading(undefined);
    }
  };
  if (reports.length === 0) {
    return (
      <>
        <Text as="h4" variant="mediumPlus" block>
          {strings.StoredReportsCaption}
        </Text>
        <Text block>{strings.NoStoredReports}</Text>
      </>
    );
  }
  return (
    <>
      {failure && <ErrorMessage error={failure.error} onRetry={() => void download(failure.report)} />}
      <DataTable<StoredReport>
        caption={strings.StoredReportsCaption}
        testId="stored-reports"
        rows={reports}
        rowKey={(report) => report.id}
        columns={[
          { key: 'file', header: strings.ColumnFile, render: (report) => report.fileName },
          { key: 'saved', header: strings.ColumnSaved, render: (report) => formatDate(report.modified, services.locale) },
          { key: 'type', header: strings.ColumnType, render: (report) => (report.type ? typeLabel[report.type] : strings.None) },
          {
            key: 'download',
            header: strings.ColumnDownload,
            render: (report) => (
              <DefaultButton
                iconProps={{ iconName: 'DownloadDocument' }}
                text={downloading === report.id ? strings.Downloading : strings.Download}
                ariaLabel={format(strings.DownloadAria, report.fileName)}
                disabled={downloading !== undefined}
                onClick={() => void download(report)}
              />
            )
          }
        ]}
      />
    </>
  );
}
