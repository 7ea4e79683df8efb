import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { ProductServices } from '../../../app/services';
import { useReportTemplate } from '../../../app/reportTemplate/reportTemplateFlow';
import type { TemplateAction } from '../../../app/reportTemplate/reportTemplateFlow';
import { uiLanguage } from '../../../domain';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { offerDownload } from '../../../ui/download';
import { format, formatDate } from '../../../ui/format';

export interface ReportTemplateSectionProps {
  readonly services: ProductServices;
  readonly strings: ISteeringWebPartStrings;
}

/**
 * The city's Word template for the reports: which one is in use and since when, upload of a new
 * one (checked before it is stored), the starter template to download, and back to the default design.
 */
export function ReportTemplateSection({ services, strings }: ReportTemplateSectionProps): React.ReactElement {
  const flow = useReportTemplate(services, uiLanguage(services.locale));
  const { state } = flow;
  const inputId = 'report-template-upload';
  const headingId = 'report-template-heading';
  const work = state.work;
  const isWorking = work.kind === 'working';
  const failedText: Record<TemplateAction, string> = {
    upload: strings.TemplateUploadFailed,
    remove: strings.TemplateRemoveFailed,
    starter: strings.TemplateDownloadFailed,
    download: strings.TemplateDownloadFailed
  };
  return (
    <section aria-labelledby={headingId} data-testid="report-template">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="large" id={headingId}>
          {strings.TemplateHeading}
        </Text>
        <Text block>{strings.TemplateIntro}</Text>
        {state.status === 'loading' && <Spinner size={SpinnerSize.small} label={strings.TemplateLoading} ariaLive="polite" />}
        {state.status === 'failed' && <ErrorMessage error={state.loadError} onRetry={flow.retry} />}
        {state.status === 'ready' && (
          <Text block data-testid="report-template-current">
            {state.current ? format(strings.TemplateInUse, state.current.title, formatDate(state.current.modified, services.locale)) : strings.TemplateNone}
          </Text>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton
            text={strings.TemplateDownloadStarter}
            iconProps={{ iconName: 'WordDocument' }}
            disabled={isWorking}
            onClick={() => flow.downloadStarter(offerDownload)}
            data-testid="report-template-starter"
          />
          {state.current && (
            <>
              <DefaultButton text={strings.TemplateDownloadCurrent} iconProps={{ iconName: 'Download' }} disabled={isWorking} onClick={() => flow.downloadCurrent(offerDownload)} />
              <DefaultButton text={strings.TemplateRemove} iconProps={{ iconName: 'Delete' }} disabled={isWorking} onClick={flow.remove} data-testid="report-template-remove" />
            </>
          )}
        </Stack>
        <Stack tokens={{ childrenGap: 4 }}>
          <label htmlFor={inputId}>
            <Text>{strings.TemplateUploadLabel}</Text>
          </label>
          <input
            id={inputId}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={`${inputId}-hint`}
            disabled={isWorking || state.status !== 'ready'}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) {
                flow.upload({ name: file.name, content: file });
              }
            }}
            data-testid="report-template-file"
          />
          <Text id={`${inputId}-hint`} variant="small">
            {strings.TemplateUploadHint}
          </Text>
        </Stack>
        <div role="status" aria-live="polite">
          {isWorking && <Spinner size={SpinnerSize.small} label={work.action === 'upload' ? strings.TemplateUploading : strings.TemplateWorking} />}
          {work.kind === 'done' && work.action === 'upload' && <MessageBar messageBarType={MessageBarType.success}>{format(strings.TemplateUploaded, work.fileName ?? '')}</MessageBar>}
          {work.kind === 'done' && work.action === 'remove' && <MessageBar messageBarType={MessageBarType.success}>{strings.TemplateRemoved}</MessageBar>}
        </div>
        {work.kind === 'rejected' && (
          <MessageBar messageBarType={MessageBarType.error} data-testid="report-template-rejected">
            {format(work.problem === 'noBody' ? strings.TemplateNoBody : strings.TemplateNotWord, work.fileName)}
          </MessageBar>
        )}
        {work.kind === 'failed' && <ErrorMessage error={work.error} text={failedText[work.action]} />}
      </Stack>
    </section>
  );
}
