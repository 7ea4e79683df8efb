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
import type { ProductServices } from '../../../app/services';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { offerDownload } from '../../../ui/download';
import { createStatusQuoReportFile, ReportStep, StatusQuoReportFile } from '../../../app/initialReviews/statusQuoReportFile';

export interface StatusQuoReportSectionProps {
  readonly period: PlanPeriod;
  readonly departments: readonly Department[];
  readonly measures: readonly Measure[];
  readonly canCreate: boolean;
  readonly services: ProductServices;
  readonly strings: IInitialReviewsWebPartStrings;
}

type Creation =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly step: ReportStep | 'upload' }
  /** A report of that name exists: the user decides whether to replace it. */
  | { readonly kind: 'confirmReplace'; readonly file: StatusQuoReportFile }
  | { readonly kind: 'saved'; readonly file: StatusQuoReportFile }
  | { readonly kind: 'notReplaced' }
  /** `file` is kept when only the upload failed, so the retry does not build it again. */
  | { readonly kind: 'failed'; readonly error: unknown; readonly file?: StatusQuoReportFile; readonly overwrite: boolean };

const classes = mergeStyleSets({
  section: { marginTop: 24 },
  heading: { fontSize: 20, fontWeight: 600, margin: '0 0 8px' }
});

/** Creating the status-quo report from the interviews, and the reports stored so far. */
export function StatusQuoReportSection({ period, departments, measures, canCreate, services, strings }: StatusQuoReportSectionProps): React.ReactElement {
  const [creation, setCreation] = React.useState<Creation>({ kind: 'idle' });
  const [stored, reloadStored] = useLoader(() => services.reports.reports(), 'reports');
  const stepText: Readonly<Record<ReportStep | 'upload', string>> = { data: strings.ReportStepData, document: strings.ReportStepDocument, upload: strings.ReportStepUpload };
  const stepShare: Readonly<Record<ReportStep | 'upload', number>> = { data: 0.1, document: 0.4, upload: 0.75 };

  const store = async (file: StatusQuoReportFile, overwrite: boolean): Promise<void> => {
    setCreation({ kind: 'working', step: 'upload' });
    try {
      const outcome = await services.reports.save(
        { fileName: file.fileName, content: file.content, title: format(strings.ReportDocumentTitle, file.periodLabel), type: 'statusReport', year: file.year, planPeriodId: period.id },
        { overwrite }
      );
      setCreation(outcome.status === 'exists' ? { kind: 'confirmReplace', file } : { kind: 'saved', file });
      if (outcome.status === 'saved') {
        reloadStored();
      }
    } catch (error) {
      setCreation({ kind: 'failed', error, file, overwrite });
    }
  };

  const create = async (): Promise<void> => {
    let file: StatusQuoReportFile;
    try {
      file = await createStatusQuoReportFile(services, { period, departments, measures, officeName: strings.ReportOfficeName, now: new Date() }, (step) => setCreation({ kind: 'working', step }));
    } catch (error) {
      setCreation({ kind: 'failed', error, overwrite: false });
      return;
    }
    await store(file, false);
  };

  const retry = (): void => {
    if (creation.kind === 'failed' && creation.file) {
      void store(creation.file, creation.overwrite);
    } else {
      void create();
    }
  };

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
            <PrimaryButton text={strings.Replace} onClick={() => creation.kind === 'confirmReplace' && void store(creation.file, true)} />
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
  readonly services: ProductServices;
  readonly strings: IInitialReviewsWebPartStrings;
}

function StoredReports({ reports, services, strings }: StoredReportsProps): React.ReactElement {
  const [downloading, setDownloading] = React.useState<number | undefined>(undefined);
  const [failure, setFailure] = React.useState<{ report: StoredReport; error: unknown } | undefined>(undefined);
  const typeLabel: Readonly<Record<ReportType, string>> = { statusReport: strings.ReportTypeStatus, annualReport: strings.ReportTypeAnnual };
  const download = async (report: StoredReport): Promise<void> => {
    setDownloading(report.id);
    setFailure(undefined);
    try {
      offerDownload(await services.reports.download(report), report.fileName);
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
