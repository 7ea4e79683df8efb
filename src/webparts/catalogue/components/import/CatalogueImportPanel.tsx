import * as React from 'react';
import {
  CheckboxVisibility,
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  Dropdown,
  IColumn,
  IDropdownOption,
  Label,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  ProgressIndicator,
  SelectionMode,
  Spinner,
  Stack,
  Text,
  mergeStyleSets
} from '@fluentui/react';
import type { Language, PlanPeriod } from '../../../../domain';
import type { CatalogueImportPlan, ColumnMapping, ImportProblem, SheetData } from '../../../../catalogueImport';
import { formatImportApplyMessage } from '../../../../data/catalogueImportWriter';
import type { ImportApplyResult } from '../../../../data/catalogueImportWriter';
import type { WriteProgress } from '../../../../data/sp/batchWriter';
import type { ProductServices } from '../../../../app/services';
import { ErrorMessage } from '../../../../ui/ErrorMessage';
import { format } from '../../../../ui/format';
import { CatalogueImportSource, loadCatalogueImportSource } from '../../../../app/catalogueImport/catalogueImportSource';

export interface CatalogueImportPanelProps {
  readonly services: ProductServices;
  readonly strings: ICatalogueWebPartStrings;
  readonly period: PlanPeriod;
  /** Closes the panel; `changed` tells the catalogue to load again. */
  readonly onDismiss: (changed: boolean) => void;
}

/** The spreadsheet module pulls in exceljs: loaded only when someone imports, like the export. */
type ImportModule = typeof import('../../../../catalogueImport');
const loadImportModule = (): Promise<ImportModule> => import(/* webpackChunkName: 'catalogue-xlsx' */ '../../../../catalogueImport');

interface ReadFile {
  readonly fileName: string;
  readonly sheet: SheetData;
  readonly source: CatalogueImportSource;
  readonly module: ImportModule;
}

interface Preview {
  readonly problems: readonly ImportProblem[];
  readonly plan?: CatalogueImportPlan;
}

type Step =
  | { readonly kind: 'file'; readonly busy: boolean; readonly problems?: readonly string[]; readonly error?: unknown }
  | { readonly kind: 'mapping'; readonly file: ReadFile; readonly mapping: ColumnMapping }
  | { readonly kind: 'preview'; readonly file: ReadFile; readonly mapping: ColumnMapping; readonly preview: Preview }
  | { readonly kind: 'applying'; readonly progress?: WriteProgress }
  | { readonly kind: 'result'; readonly result: ImportApplyResult }
  | { readonly kind: 'failed'; readonly error: unknown; readonly file: ReadFile; readonly mapping: ColumnMapping; readonly preview: Preview };

const stepNumber: Readonly<Record<Step['kind'], number>> = { file: 1, mapping: 2, preview: 3, applying: 4, failed: 4, result: 5 };

const classes = mergeStyleSets({
  fileInput: { display: 'block', marginTop: 4 },
  counts: { fontWeight: 600 }
});

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const notMapped = '';

/**
 * Imports the office's catalogue spreadsheet in five steps: choose the file, map its columns,
 * see every row problem before anything is written, apply with progress, read the outcome
 * per row. The apply button stays disabled while one problem remains, so nothing is
 * half-imported because of a bad row.
 */
export function CatalogueImportPanel({ services, strings, period, onDismiss }: CatalogueImportPanelProps): React.ReactElement {
  const [step, setStep] = React.useState<Step>({ kind: 'file', busy: false });
  const language: Language = services.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  const stepTitles: Readonly<Record<Step['kind'], string>> = {
    file: strings.ImportStepFile,
    mapping: strings.ImportStepMapping,
    preview: strings.ImportStepPreview,
    applying: strings.ImportStepApply,
    failed: strings.ImportStepApply,
    result: strings.ImportStepResult
  };
  const changed = step.kind === 'result' && step.result.counts.created + step.result.counts.updated > 0;
  const isBusy = step.kind === 'applying' || (step.kind === 'file' && step.busy);

  const chooseFile = async (file: File): Promise<void> => {
    setStep({ kind: 'file', busy: true });
    try {
      const [module, source, bytes] = await Promise.all([loadImportModule(), loadCatalogueImportSource(services, period), file.arrayBuffer()]);
      const read = await module.readWorkbook(bytes, file.name);
      const sheet = module.pickCatalogueSheet(read.sheets);
      if (read.problems.length > 0 || !sheet) {
        setStep({ kind: 'file', busy: false, problems: read.problems.map((problem) => module.describeImportProblem(problem, language)) });
        return;
      }
      setStep({ kind: 'mapping', file: { fileName: file.name, sheet, source, module }, mapping: module.suggestColumnMapping(sheet.headers).mapping });
    } catch (error) {
      setStep({ kind: 'file', busy: false, error });
    }
  };

  const showPreview = (file: ReadFile, mapping: ColumnMapping): void => {
    const preview = file.module.previewWithMapping(file.sheet, mapping, file.source);
    const plan = preview.canImport ? file.module.planCatalogueImport(preview.rows, file.source) : undefined;
    setStep({ kind: 'preview', file, mapping, preview: { problems: preview.problems, plan } });
  };

  const apply = async (file: ReadFile, mapping: ColumnMapping, preview: Preview): Promise<void> => {
    if (!preview.plan) {
      return;
    }
    setStep({ kind: 'applying' });
    try {
      const result = await services.catalogueImport.apply(
        preview.plan,
        { planPeriod: file.source.planPeriod, departments: file.source.departments, measures: file.source.measures },
        { onProgress: (progress) => setStep({ kind: 'applying', progress }) }
      );
      setStep({ kind: 'result', result });
    } catch (error) {
      // A failure outside the per-row outcomes (e.g. the network is gone before the first write).
      setStep({ kind: 'failed', error, file, mapping, preview });
    }
  };

  const footer = (): React.ReactElement | null => {
    switch (step.kind) {
      case 'mapping': {
        const blocked = mappingProblems(step.file, step.mapping, strings).length > 0;
        return (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ImportToPreview} disabled={blocked} onClick={() => showPreview(step.file, step.mapping)} />
            <DefaultButton text={strings.ImportOtherFile} onClick={() => setStep({ kind: 'file', busy: false })} />
          </Stack>
        );
      }
      case 'preview':
        return (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ImportApply} disabled={!step.preview.plan} onClick={() => apply(step.file, step.mapping, step.preview)} />
            <DefaultButton text={strings.ImportBack} onClick={() => setStep({ kind: 'mapping', file: step.file, mapping: step.mapping })} />
            <DefaultButton text={strings.ImportOtherFile} onClick={() => setStep({ kind: 'file', busy: false })} />
          </Stack>
        );
      case 'failed':
        return (
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.ImportApply} onClick={() => apply(step.file, step.mapping, step.preview)} />
            <DefaultButton text={strings.Close} onClick={() => onDismiss(false)} />
          </Stack>
        );
      case 'result':
        return <PrimaryButton text={strings.Close} onClick={() => onDismiss(changed)} />;
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
      onDismiss={() => !isBusy && onDismiss(changed)}
      onRenderFooterContent={footer}
      isFooterAtBottom
      data-testid="catalogue-import"
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="mediumPlus" block role="status" aria-live="polite" data-testid="import-step">
          {format(strings.ImportStep, stepNumber[step.kind], 5, stepTitles[step.kind])}
        </Text>
        {step.kind === 'file' && <FileStep step={step} strings={strings} period={period} onFile={chooseFile} />}
        {step.kind === 'mapping' && <MappingStep file={step.file} mapping={step.mapping} strings={strings} onChange={(mapping) => setStep({ ...step, mapping })} />}
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

interface FileStepProps {
  readonly step: Extract<Step, { kind: 'file' }>;
  readonly strings: ICatalogueWebPartStrings;
  readonly period: PlanPeriod;
  readonly onFile: (file: File) => void;
}

function FileStep({ step, strings, period, onFile }: FileStepProps): React.ReactElement {
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

/** Required columns left out, and one file column given to two catalogue columns. */
function mappingProblems(file: ReadFile, mapping: ColumnMapping, strings: ICatalogueWebPartStrings): string[] {
  const problems: string[] = [];
  const missing = file.module.missingColumns(mapping).map((key) => file.module.columnSpec(key).header);
  if (missing.length > 0) {
    problems.push(format(strings.ImportMappingMissing, missing.join(', ')));
  }
  const used = new Map<number, number>();
  for (const index of Object.values(mapping)) {
    if (index !== undefined) {
      used.set(index, (used.get(index) ?? 0) + 1);
    }
  }
  for (const [index, count] of used) {
    if (count > 1) {
      problems.push(format(strings.ImportMappingDuplicate, file.sheet.headers[index]));
    }
  }
  return problems;
}

interface MappingStepProps {
  readonly file: ReadFile;
  readonly mapping: ColumnMapping;
  readonly strings: ICatalogueWebPartStrings;
  readonly onChange: (mapping: ColumnMapping) => void;
}

function MappingStep({ file, mapping, strings, onChange }: MappingStepProps): React.ReactElement {
  const options: IDropdownOption[] = [
    { key: notMapped, text: strings.ImportNotMapped },
    ...file.sheet.headers.map((header, index) => ({ key: String(index), text: header || format(strings.ImportUnnamedColumn, index + 1) }))
  ];
  const problems = mappingProblems(file, mapping, strings);
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

interface PreviewStepProps {
  readonly preview: Preview;
  readonly strings: ICatalogueWebPartStrings;
  /** The import's own message texts, from the lazily loaded module. */
  readonly describe: (problem: ImportProblem) => string;
  readonly locale: string;
}

function PreviewStep({ preview, strings, describe, locale }: PreviewStepProps): React.ReactElement {
  const rowsWithErrors = new Set(preview.problems.filter((problem) => problem.row > 0).map((problem) => problem.row)).size;
  const number = (value: number): string => value.toLocaleString(locale);
  const columns: IColumn[] = [
    { key: 'row', name: strings.ImportColumnRow, minWidth: 50, maxWidth: 60, onRender: (problem: ImportProblem) => (problem.row > 0 ? String(problem.row) : strings.ImportWholeFile) },
    { key: 'column', name: strings.ImportColumnColumn, minWidth: 100, maxWidth: 160, isMultiline: true, onRender: (problem: ImportProblem) => problem.column },
    { key: 'problem', name: strings.ImportColumnProblem, minWidth: 220, isMultiline: true, onRender: (problem: ImportProblem) => describe(problem) }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="import-preview">
      {preview.plan ? (
        <>
          <Text block className={classes.counts} data-testid="import-preview-counts">
            {format(strings.ImportPreviewSummary, number(preview.plan.counts.create), number(preview.plan.counts.update), number(preview.plan.counts.unchanged), number(0))}
          </Text>
          {(preview.plan.fieldsOfAction.length > 0 || preview.plan.goals.length > 0) && (
            <Text block>{format(strings.ImportPreviewStructure, number(preview.plan.fieldsOfAction.length), number(preview.plan.goals.length))}</Text>
          )}
          <MessageBar messageBarType={MessageBarType.info}>{strings.ImportReady}</MessageBar>
        </>
      ) : (
        <>
          <Text block className={classes.counts} data-testid="import-preview-counts">
            {format(strings.ImportPreviewBlockedSummary, number(rowsWithErrors), number(preview.problems.length))}
          </Text>
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
            <div role="alert">{strings.ImportBlocked}</div>
          </MessageBar>
          <div data-testid="import-problems">
            <DetailsList
              items={[...preview.problems]}
              columns={columns}
              selectionMode={SelectionMode.none}
              checkboxVisibility={CheckboxVisibility.hidden}
              layoutMode={DetailsListLayoutMode.justified}
              ariaLabelForGrid={strings.ImportProblemsLabel}
              compact
            />
          </div>
        </>
      )}
    </Stack>
  );
}

function ApplyStep({ progress, strings, locale }: { readonly progress?: WriteProgress; readonly strings: ICatalogueWebPartStrings; readonly locale: string }): React.ReactElement {
  return (
    <div data-testid="import-progress">
      <ProgressIndicator
        label={strings.ImportApplying}
        description={progress ? format(strings.ImportProgress, progress.done.toLocaleString(locale), progress.total.toLocaleString(locale)) : strings.ImportPreparing}
        percentComplete={progress && progress.total > 0 ? progress.done / progress.total : undefined}
      />
    </div>
  );
}

interface ResultStepProps {
  readonly result: ImportApplyResult;
  readonly strings: ICatalogueWebPartStrings;
  readonly language: Language;
  readonly locale: string;
}

function ResultStep({ result, strings, language, locale }: ResultStepProps): React.ReactElement {
  const number = (value: number): string => value.toLocaleString(locale);
  const { created, updated, unchanged, failed } = result.counts;
  const lines = [
    ...result.problems.map((problem) => ({ row: problem.row, text: formatImportApplyMessage(problem.message, problem.params, language) })),
    ...result.failures.map((failure) => ({ row: failure.row, text: formatImportApplyMessage(failure.message, failure.params, language) }))
  ];
  const summary = format(strings.ImportResultSummary, number(created), number(updated), number(unchanged), number(failed));
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="import-result">
      {result.ok ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          <div role="status">
            <div>{strings.ImportResultOk}</div>
            <div className={classes.counts} data-testid="import-result-counts">
              {summary}
            </div>
          </div>
        </MessageBar>
      ) : (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <div role="alert">
            <div>{result.problems.length > 0 ? strings.ImportNothingWritten : strings.ImportResultPartly}</div>
            <div className={classes.counts} data-testid="import-result-counts">
              {summary}
            </div>
            <div>{result.problems.length > 0 ? strings.ImportReloadPreview : strings.ImportWhatToDo}</div>
          </div>
        </MessageBar>
      )}
      {lines.length > 0 && (
        <section aria-label={strings.ImportFailuresLabel}>
          <Text as="h4" variant="medium" block>
            {strings.ImportFailuresLabel}
          </Text>
          <ul data-testid="import-failures">
            {lines.map((line, index) => (
              <li key={index}>{line.row > 0 ? `${format(strings.ImportRowLabel, line.row)}: ${line.text}` : line.text}</li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
