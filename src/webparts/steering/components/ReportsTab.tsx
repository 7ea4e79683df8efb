import * as React from 'react';
import { MessageBar, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { uiLanguage } from '../../../domain';
import { bodyReports } from '../../../app/committeeReport/committeeReportState';
import { wordRenderer } from '../../../app/committeeReport/reportRenderer';
import { browserCanvas } from '../../../ui/browserCanvas';
import { useCommitteeReports } from '../../../app/committeeReport/useCommitteeReports';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { offerDownload } from '../../../ui/download';
import type { SteeringTabProps } from './Steering';
import { ReportGenerationStatus } from './ReportGenerationStatus';
import { ReportOptionsForm } from './ReportOptionsForm';
import { StoredBodyReports } from './StoredBodyReports';
import { ReportTemplateSection } from './ReportTemplateSection';

/**
 * Berichte: the annual report to the committee and the period report, generated from live data
 * into "Berichte"; a report that is stored already is replaced only after asking.
 */
export function ReportsTab({ services, strings }: SteeringTabProps): React.ReactElement {
  const options = React.useMemo(
    () => ({ services, accepted: services.valueReviews, render: wordRenderer(browserCanvas), language: uiLanguage(services.locale), officeName: strings.ReportsOfficeName }),
    [services, strings.ReportsOfficeName]
  );
  const reports = useCommitteeReports(options);
  const { state } = reports;
  if (state.status === 'loading' && state.periods.length === 0) {
    return <Spinner size={SpinnerSize.medium} label={strings.ReportsLoading} ariaLive="polite" />;
  }
  if (state.status === 'failed') {
    return <ErrorMessage error={state.error} onRetry={reports.reload} />;
  }
  const isWorking = state.generation.kind === 'working';
  const isOffice = state.mayCreate;
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="reports-tab">
      <Text block>{strings.ReportsIntro}</Text>
      {!isOffice && <MessageBar>{strings.ReportsReadOnly}</MessageBar>}
      {isOffice && (
        <>
          <ReportOptionsForm
            form={state.form}
            periods={state.periods}
            committeeSessions={state.committeeSessions}
            problems={reports.problems}
            disabled={isWorking}
            locale={services.locale}
            strings={strings}
            onChange={reports.setForm}
          />
          <Stack horizontal>
            <PrimaryButton iconProps={{ iconName: 'WordDocument' }} text={strings.ReportsGenerate} disabled={isWorking || reports.problems.length > 0} onClick={reports.generate} data-testid="report-generate" />
          </Stack>
          <ReportGenerationStatus generation={state.generation} strings={strings} onReplace={reports.replace} onRetry={reports.retry} onDownload={offerDownload} />
        </>
      )}
      <StoredBodyReports
        reports={bodyReports(state.stored)}
        periods={state.periods}
        locale={services.locale}
        strings={strings}
        downloadError={state.downloadError}
        onDownload={(report) => reports.download(report, offerDownload)}
      />
      {isOffice && <ReportTemplateSection services={services} strings={strings} />}
    </Stack>
  );
}
