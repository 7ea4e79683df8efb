import * as React from 'react';
import { Dropdown, IDropdownOption, Label, MessageBar, MessageBarType, Spinner, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { PlanPeriod } from '../../../../domain';
import type { ColumnMapping } from '../../../../catalogueImport';
import { ImportStep, mappingProblems, ReadFile } from '../../../../app/catalogueImport/catalogueImportFlow';
import { ErrorMessage } from '../../../../ui/ErrorMessage';
import { format } from '../../../../ui/format';

const classes = mergeStyleSets({
  fileInput: { display: 'block', marginTop: 4 }
});

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const notMapped = '';

/** Required columns left out, and one file column given to two catalogue columns, as sentences. */
export function mappingProblemTexts(file: ReadFile, mapping: ColumnMapping, strings: ICatalogueWebPartStrings): string[] {
  const { missing, duplicates } = mappingProblems(file, mapping);
  return [...(missing.length > 0 ? [format(strings.ImportMappingMissing, missing.join(', '))] : []), ...duplicates.map((header) => format(strings.ImportMappingDuplicate, header))];
}

export interface FileStepProps {
  readonly step: Extract<ImportStep, { kind: 'file' }>;
  readonly strings: ICatalogueWebPartStrings;
  readonly period: PlanPeriod;
  readonly onFile: (file: File) => void;
}

export function FileStep({ step, strings, period, onFile }: FileStepProps): React.ReactElement {
  const inputId = 'catalogue-import-file';
  const hintId = 'catalogue-import-file-hint';
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block>{format(strings.ImportIntoPeriod, period.title)}</Text>
      <div>
        <Label htmlFor={inputId}>{strings.ImportFileLabel}</Label>
        <input
          id={inputId}
          type="file"
          accept={`.xlsx,${xlsxType}`}
          aria-describedby={hintId}
          disabled={step.busy}
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
        <Text id={hintId} variant="small" block>
          {strings.ImportFileHint}
        </Text>
      </div>
      {step.busy && <Spinner label={strings.ImportReading} ariaLive="polite" />}
      {step.problems && step.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          <div role="alert" data-testid="import-file-error">
            {step.problems.map((problem) => (
              <div key={problem}>{problem}</div>
            ))}
          </div>
        </MessageBar>
      )}
      {step.error !== undefined && <ErrorMessage error={step.error} />}
    </Stack>
  );
}

export interface MappingStepProps {
  readonly file: ReadFile;
  readonly mapping: ColumnMapping;
  readonly strings: ICatalogueWebPartStrings;
  readonly onChange: (mapping: ColumnMapping) => void;
}

export function MappingStep({ file, mapping, strings, onChange }: MappingStepProps): React.ReactElement {
  const options: IDropdownOption[] = [
    { key: notMapped, text: strings.ImportNotMapped },
    ...file.sheet.headers.map((header, index) => ({ key: String(index), text: header || format(strings.ImportUnnamedColumn, index + 1) }))
  ];
  const problems = mappingProblemTexts(file, mapping, strings);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block>{format(strings.ImportMappingHint, file.fileName, file.sheet.name)}</Text>
      {file.module.catalogueColumns.map((spec) => (
        <Dropdown
          key={spec.key}
          label={spec.header}
          required={spec.required}
          options={options}
          selectedKey={mapping[spec.key] === undefined ? notMapped : String(mapping[spec.key])}
          onChange={(_, option) => {
            const next: ColumnMapping = { ...mapping };
            if (option === undefined || option.key === notMapped) {
              delete next[spec.key];
            } else {
              next[spec.key] = Number(option.key);
            }
            onChange(next);
          }}
        />
      ))}
      {problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
          <div role="alert" data-testid="import-mapping-problems">
            {problems.map((problem) => (
              <div key={problem}>{problem}</div>
            ))}
          </div>
        </MessageBar>
      )}
    </Stack>
  );
}
