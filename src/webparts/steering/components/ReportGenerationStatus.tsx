import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator } from '@fluentui/react';
import type { Generation, GenerationStep } from '../../../app/committeeReport/committeeReportState';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';

export interface ReportGenerationStatusProps {
  readonly generation: Generation;
  readonly strings: ISteeringWebPartStrings;
  readonly onReplace: (confirmed: boolean) => void;
  readonly onRetry: () => void;
  readonly onDownload: (blob: Blob, fileName: string) => void;
}

const stepShare: Readonly<Record<GenerationStep, number>> = { catalogue: 0.05, values: 0.2, governance: 0.35, changes: 0.5, document: 0.65, upload: 0.85 };

/** Progress while generating, the outcome, and the question before a stored report is replaced. */
export function ReportGenerationStatus({ generation, strings, onReplace, onRetry, onDownload }: ReportGenerationStatusProps): React.ReactElement {
  const stepText: Readonly<Record<GenerationStep, string>> = {
    catalogue: strings.ReportsStepCatalogue,
    values: strings.ReportsStepValues,
    governance: strings.ReportsStepGovernance,
    changes: strings.ReportsStepChanges,
    document: strings.ReportsStepDocument,
    upload: strings.ReportsStepUpload
  };
  return (
    <>
      <div aria-live="polite" data-testid="report-generation">
        {generation.kind === 'working' && (
          <ProgressIndicator label={strings.ReportsProgress} description={stepText[generation.step]} percentComplete={stepShare[generation.step]} ariaValueText={stepText[generation.step]} />
        )}
        {generation.kind === 'saved' && (
          <MessageBar
            messageBarType={MessageBarType.success}
            isMultiline
            actions={
              <div>
                <DefaultButton iconProps={{ iconName: 'DownloadDocument' }} text={strings.ReportsDownloadNew} onClick={() => onDownload(generation.file.content, generation.file.fileName)} />
              </div>
            }
          >
            <div role="status" data-testid="report-saved">
              {format(generation.replaced ? strings.ReportsReplaced : strings.ReportsSaved, generation.file.fileName)}
              {generation.file.notAcceptedCount > 0 && <div>{format(strings.ReportsNotAccepted, generation.file.notAcceptedCount)}</div>}
            </div>
          </MessageBar>
        )}
        {generation.kind === 'notReplaced' && (
          <MessageBar>
            <div role="status" data-testid="report-not-replaced">
              {strings.ReportsNotReplaced}
            </div>
          </MessageBar>
        )}
      </div>
      {generation.kind === 'failed' && <ErrorMessage error={generation.error} onRetry={onRetry} />}
      <Dialog
        hidden={generation.kind !== 'confirmReplace'}
        onDismiss={() => onReplace(false)}
        dialogContentProps={{
          type: DialogType.normal,
          titleId: 'integrationsplanung-replace-body-report-title',
          title: strings.ReportsExistsTitle,
          closeButtonAriaLabel: strings.ReportsClose,
          subText: generation.kind === 'confirmReplace' ? format(strings.ReportsExists, generation.file.fileName) : ''
        }}
        modalProps={{ isBlocking: true, titleAriaId: 'integrationsplanung-replace-body-report-title' }}
      >
        <DialogFooter>
          <PrimaryButton text={strings.ReportsReplace} onClick={() => onReplace(true)} data-testid="report-replace" />
          <DefaultButton text={strings.ReportsCancel} onClick={() => onReplace(false)} />
        </DialogFooter>
      </Dialog>
    </>
  );
}
