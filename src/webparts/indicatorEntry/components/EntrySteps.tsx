import * as React from 'react';
import { Label, PrimaryButton, Text, mergeStyleSets } from '@fluentui/react';
import type { Department } from '../../../domain';
import { format } from '../../../ui/format';

export interface EntryStepsProps {
  readonly department: Department | undefined;
  readonly year: number;
  readonly isBusy: boolean;
  readonly canSubmit: boolean;
  readonly onDownload: () => void;
  readonly onFile: (file: File) => void;
  readonly onSubmit: () => void;
  readonly stepClassName: string;
  readonly strings: Pick<IIndicatorEntryWebPartStrings, 'StepDownload' | 'DownloadHint' | 'Download' | 'StepUpload' | 'FileLabel' | 'FileHint' | 'StepSubmit' | 'Submit'>;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const inputId = 'integrationsplanung-indicator-upload';

const classes = mergeStyleSets({
  fileInput: { display: 'block', marginTop: 4 }
});

/** The three steps: download the template, upload it filled in, submit. */
export function EntrySteps({ department, year, isBusy, canSubmit, onDownload, onFile, onSubmit, stepClassName, strings }: EntryStepsProps): React.ReactElement {
  const departmentText = department ? `${department.number} ${department.name}` : '';
  return (
    <>
      <h3 className={stepClassName}>{strings.StepDownload}</h3>
      <Text block>{format(strings.DownloadHint, departmentText, year)}</Text>
      <div>
        <PrimaryButton iconProps={{ iconName: 'ExcelDocument' }} text={strings.Download} onClick={onDownload} disabled={isBusy} />
      </div>
      <h3 className={stepClassName}>{strings.StepUpload}</h3>
      <div>
        <Label htmlFor={inputId}>{strings.FileLabel}</Label>
        <Text id={`${inputId}-hint`} variant="small" block>
          {strings.FileHint}
        </Text>
        <input
          id={inputId}
          type="file"
          accept={`.xlsx,${xlsxType}`}
          aria-describedby={`${inputId}-hint`}
          disabled={isBusy}
          className={classes.fileInput}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so that choosing the same file again after correcting it is noticed.
            event.currentTarget.value = '';
            if (file) {
              onFile(file);
            }
          }}
        />
      </div>
      <h3 className={stepClassName}>{strings.StepSubmit}</h3>
      <div>
        <PrimaryButton text={strings.Submit} onClick={onSubmit} disabled={isBusy || !canSubmit} />
      </div>
    </>
  );
}
