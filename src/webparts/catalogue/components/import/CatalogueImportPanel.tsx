import * as React from 'react';
import { DefaultButton, Panel, PanelType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { PlanPeriod } from '../../../../domain';
import { isPeriodReadOnly } from '../../../../domain';
import type { ProductServices } from '../../../../app/services';
import { ImportStep, stepCount, stepNumber, useCatalogueImport } from '../../../../app/catalogueImport/catalogueImportFlow';
import { ErrorMessage } from '../../../../ui/ErrorMessage';
import { format } from '../../../../ui/format';
import { FileStep, MappingStep, mappingProblemTexts } from './ImportInputSteps';
import { ApplyStep, PreviewStep, ResultStep } from './ImportOutcomeSteps';
import { PeriodClosedNotice } from '../PeriodClosedNotice';

export interface CatalogueImportPanelProps {
  readonly services: ProductServices;
  readonly strings: ICatalogueWebPartStrings;
  readonly period: PlanPeriod;
  /** Closes the panel; `changed` tells the catalogue to load again. */
  readonly onDismiss: (changed: boolean) => void;
}

/**
 * Imports the office's catalogue spreadsheet in five steps: choose the file, map its columns,
 * see every row problem before anything is written, apply with progress, read the outcome
 * per row. The apply button stays disabled while one problem remains, so nothing is
 * half-imported because of a bad row.
 */
export function CatalogueImportPanel({ services, strings, period, onDismiss }: CatalogueImportPanelProps): React.ReactElement {
  const flow = useCatalogueImport(services, period);
  const { step, language, isBusy, hasChanged } = flow;
  const stepTitles: Readonly<Record<ImportStep['kind'], string>> = {
    file: strings.ImportStepFile,
    mapping: strings.ImportStepMapping,
    preview: strings.ImportStepPreview,
    applying: strings.ImportStepApply,
    failed: strings.ImportStepApply,
    result: strings.ImportStepResult
  };

  const footer = (): React.ReactElement | null => {
    switch (step.kind) {
      case 'mapping': {
        const blocked = mappingProblemTexts(step.file, step.mapping, strings).length > 0;
        return (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ImportToPreview} disabled={blocked} onClick={() => flow.showPreview(step.file, step.mapping)} />
            <DefaultButton text={strings.ImportOtherFile} onClick={flow.otherFile} />
          </Stack>
        );
      }
      case 'preview':
        return (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ImportApply} disabled={!step.preview.plan} onClick={() => flow.apply(step.file, step.mapping, step.preview)} />
            <DefaultButton text={strings.ImportBack} onClick={flow.backToMapping} />
            <DefaultButton text={strings.ImportOtherFile} onClick={flow.otherFile} />
          </Stack>
        );
      case 'failed':
        return (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ImportApply} onClick={() => flow.apply(step.file, step.mapping, step.preview)} />
            <DefaultButton text={strings.Close} onClick={() => onDismiss(false)} />
          </Stack>
        );
      case 'result':
        return <PrimaryButton text={strings.Close} onClick={() => onDismiss(hasChanged)} />;
      default:
        return null;
    }
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={strings.ImportTitle}
      closeButtonAriaLabel={strings.Close}
      isBlocking
      // Closing while the writes run would hide their outcome; the writes go on regardless.
      hasCloseButton={!isBusy}
      onDismiss={() => !isBusy && onDismiss(hasChanged)}
      onRenderFooterContent={footer}
      isFooterAtBottom
      data-testid="catalogue-import"
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="mediumPlus" block role="status" aria-live="polite" data-testid="import-step">
          {format(strings.ImportStep, stepNumber[step.kind], stepCount, stepTitles[step.kind])}
        </Text>
        {/* A closed period takes no import (the writer refuses it too): say so instead of asking for a file. */}
        <PeriodClosedNotice period={period} strings={strings} locale={services.locale} />
        {step.kind === 'file' && !isPeriodReadOnly(period) && <FileStep step={step} strings={strings} period={period} onFile={flow.chooseFile} />}
        {step.kind === 'mapping' && <MappingStep file={step.file} mapping={step.mapping} strings={strings} onChange={flow.changeMapping} />}
        {step.kind === 'preview' && (
          <PreviewStep preview={step.preview} strings={strings} describe={(problem) => step.file.module.describeImportProblem(problem, language)} locale={services.locale} />
        )}
        {step.kind === 'applying' && <ApplyStep progress={step.progress} strings={strings} locale={services.locale} />}
        {step.kind === 'failed' && <ErrorMessage error={step.error} />}
        {step.kind === 'result' && <ResultStep result={step.result} strings={strings} language={language} locale={services.locale} />}
      </Stack>
    </Panel>
  );
}
