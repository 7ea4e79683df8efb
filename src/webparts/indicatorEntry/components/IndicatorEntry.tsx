import * as React from 'react';
import {
  DefaultButton,
  Dropdown,
  Label,
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
import type { Department, IndicatorValue } from '../../../domain';
import type { CurrentUser } from '../../../data/userRepository';
import type { ProductServices } from '../../../app/services';
import { IndicatorSheetModel, sheetColumns, columnIndex } from '../../../indicatorSheet/sheetLayout';
import { CellProblem, readIndicatorSheet, SheetReading } from '../../../indicatorSheet/sheetReader';
import { conflictsOf, PendingSubmission, RowOutcome, resolveConflict, sendSubmission, startSubmission, summarizeSubmission } from '../../../indicatorSheet/submission';
import { loadSheetModel } from '../../../app/indicatorEntry/sheetModelSource';
import { outcomeText, submissionStatus, valueText } from '../../../app/indicatorEntry/submissionTexts';
import { offerDownload } from '../../../ui/download';
import type { HostTheme } from '../../../ui/hostTheme';
import { WebPartSection } from '../../../ui/WebPartSection';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { DataTable } from '../../../ui/DataTable';
import { format } from '../../../ui/format';
import { KeyValueStorage, LocalPendingStore } from '../localPendingStore';

export type IndicatorEntryServices = Pick<ProductServices, 'locale' | 'users' | 'catalogue' | 'departments' | 'indicators' | 'indicatorValues'>;

export interface IndicatorEntryProps {
  readonly services: IndicatorEntryServices;
  readonly strings: IIndicatorEntryWebPartStrings;
  readonly theme: HostTheme;
  /** Where a pending submission survives a reload (the browser's localStorage). */
  readonly storage: KeyValueStorage;
  /** Today's year; the default reporting year is the one before (values are collected once a year, afterwards). */
  readonly currentYear?: number;
  /** From a deep link or a reminder mail. */
  readonly initialYear?: number;
  /** The department a coordinator's link points at, by its number. */
  readonly initialDepartmentNumber?: string;
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly text: string }
  | { readonly kind: 'info' | 'success' | 'warning'; readonly text: string }
  | { readonly kind: 'error'; readonly error: unknown; readonly text?: string };

interface Upload {
  readonly fileName: string;
  readonly model: IndicatorSheetModel;
  readonly reading: SheetReading;
}

interface Result {
  readonly model: IndicatorSheetModel;
  readonly pending: PendingSubmission;
  readonly outcomes: Readonly<Record<string, RowOutcome>>;
}

interface Conflict {
  readonly key: string;
  readonly label: string;
  readonly mine: IndicatorValue;
  readonly theirs: IndicatorValue;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const classes = mergeStyleSets({
  root: { padding: '16px 0', maxWidth: 1000 },
  step: { margin: '8px 0 0', fontSize: 18, fontWeight: 600 },
  fileInput: { display: 'block', marginTop: 4 }
});

/**
 * The indicator entry without the Excel add-in: the same sheet as a downloadable .xlsx, and an
 * upload that runs the same check and submit (`readIndicatorSheet`, `startSubmission`,
 * `submitPending`) as the add-in's pane.
 */
export function IndicatorEntry({ services, strings, theme, storage, currentYear = new Date().getFullYear(), initialYear, initialDepartmentNumber }: IndicatorEntryProps): React.ReactElement {
  const language = services.locale.toLowerCase().startsWith('en') ? 'en' : 'de';
  const [user, setUser] = React.useState<CurrentUser | undefined>();
  const [departments, setDepartments] = React.useState<readonly Department[]>([]);
  const [loadError, setLoadError] = React.useState<unknown>();
  const [departmentId, setDepartmentId] = React.useState<number | undefined>();
  const [year, setYear] = React.useState(initialYear ?? currentYear - 1);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [upload, setUpload] = React.useState<Upload | undefined>();
  const [progress, setProgress] = React.useState<{ done: number; total: number } | undefined>();
  const [result, setResult] = React.useState<Result | undefined>();
  const [conflicts, setConflicts] = React.useState<readonly Conflict[]>([]);
  const [resumable, setResumable] = React.useState<PendingSubmission | undefined>();
  const inputId = 'integrationsplanung-indicator-upload';
  const headingId = 'integrationsplanung-indicator-entry-heading';

  const start = React.useCallback(async () => {
    setLoadError(undefined);
    try {
      const [signedIn, all] = await Promise.all([services.users.currentUser(), services.departments.departments()]);
      setUser(signedIn);
      setDepartments(all);
      if (signedIn.role === 'coordinator') {
        setDepartmentId(all.find((department) => department.number === initialDepartmentNumber)?.id ?? signedIn.departmentId);
      } else {
        // A contact enters only their own department's values, whatever a link says.
        setDepartmentId(signedIn.departmentId);
      }
    } catch (error) {
      setLoadError(error);
    }
  }, [services, initialDepartmentNumber]);

  React.useEffect(() => {
    start().catch(() => undefined);
  }, [start]);

  const store = React.useMemo(
    () => (user && departmentId !== undefined ? new LocalPendingStore(storage, user.login, departmentId, year) : undefined),
    [storage, user, departmentId, year]
  );

  // Another department or year: its own upload, and its own unfinished submit if there is one.
  React.useEffect(() => {
    setUpload(undefined);
    setResult(undefined);
    setConflicts([]);
    setProgress(undefined);
    setStatus({ kind: 'idle' });
    let isCurrent = true;
    store?.load().then(
      (pending) => isCurrent && setResumable(pending),
      () => undefined
    );
    return () => {
      isCurrent = false;
    };
  }, [store]);

  const frame = (content: React.ReactNode): React.ReactElement => (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root} testId="indicator-entry">
      {content}
    </WebPartSection>
  );

  if (loadError) {
    return frame(<ErrorMessage error={loadError} onRetry={start} />);
  }
  if (!user) {
    return frame(<Spinner size={SpinnerSize.large} label={strings.Loading} ariaLive="polite" />);
  }
  if (user.role !== 'coordinator' && user.departmentId === undefined) {
    return frame(
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {strings.NoDepartment}
      </MessageBar>
    );
  }

  const isBusy = status.kind === 'busy';
  const department = departments.find((candidate) => candidate.id === departmentId);
  const departmentText = department ? `${department.number} ${department.name}` : '';
  const years = [...new Set([...Array.from({ length: 6 }, (_, index) => currentYear - 4 + index), year])].sort((a, b) => b - a);

  const run = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      setProgress(undefined);
      setStatus({ kind: 'error', error });
    }
  };

  const onDownload = (): Promise<void> =>
    run(async () => {
      if (departmentId === undefined) {
        return;
      }
      setStatus({ kind: 'busy', text: strings.Downloading });
      const model = await loadSheetModel(services, departmentId, year);
      if (model.rows.length === 0) {
        setStatus({ kind: 'warning', text: format(strings.NoIndicators, year) });
        return;
      }
      // The spreadsheet library is loaded only when someone downloads or uploads.
      const xlsx = await import(/* webpackChunkName: 'indicator-xlsx' */ '../../../indicatorSheet/xlsxSheet');
      const bytes = await xlsx.writeIndicatorWorkbook(model, language);
      const fileName = xlsx.indicatorWorkbookFileName(model, language);
      offerDownload(new Blob([bytes], { type: xlsx.xlsxMimeType }), fileName);
      setStatus({ kind: 'success', text: format(strings.Downloaded, fileName, model.rows.length) });
    });

  const onFile = (file: File): Promise<void> =>
    run(async () => {
      if (departmentId === undefined) {
        return;
      }
      setUpload(undefined);
      setResult(undefined);
      setConflicts([]);
      setStatus({ kind: 'busy', text: format(strings.Checking, file.name) });
      const xlsx = await import(/* webpackChunkName: 'indicator-xlsx' */ '../../../indicatorSheet/xlsxSheet');
      const content = await xlsx.readIndicatorWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
      if (xlsx.isWorkbookError(content)) {
        const texts = { fileEmpty: strings.FileEmpty, notXlsx: strings.NotXlsx, unreadable: strings.Unreadable, noSheet: strings.NoSheet };
        setStatus({ kind: 'warning', text: format(texts[content.error], file.name) });
        return;
      }
      // Checked against what is stored now: a value someone changed since the download is a conflict, not overwritten.
      const model = await loadSheetModel(services, departmentId, year);
      const reading = readIndicatorSheet(content.values, content.formulas, model, language);
      setUpload({ fileName: file.name, model, reading });
      if (reading.problems.length > 0) {
        setStatus({ kind: 'warning', text: format(strings.Problems, reading.problems.length, file.name) });
      } else if (reading.values.length === 0) {
        setStatus({ kind: 'info', text: format(strings.CheckNothing, file.name) });
      } else {
        setStatus({ kind: 'success', text: format(strings.CheckClean, file.name, reading.values.length) });
      }
    });

  /** Sends a pending submission (new or resumed); it stays in the browser until everything is settled. */
  const send = async (model: IndicatorSheetModel, pending: PendingSubmission): Promise<void> => {
    if (!store) {
      return;
    }
    setResumable(undefined);
    setConflicts([]);
    const sent = await sendSubmission(services.indicatorValues, pending, store, (done, of) => {
      setProgress({ done, total: of });
      setStatus({ kind: 'busy', text: format(strings.Submitting, done, of) });
    });
    setProgress(undefined);
    if (sent.kind === 'interrupted') {
      setResumable(sent.resumable);
      setStatus({ kind: 'error', error: sent.error, text: strings.SubmitInterrupted });
      return;
    }
    setUpload(undefined);
    setResult({ model, pending: sent.latest, outcomes: sent.outcomes });
    const found = conflictsOf(pending, sent.outcomes).map((conflict): Conflict => ({ ...conflict, label: titleOf(model, conflict.indicatorId) }));
    setConflicts(found);
    const summary = summarizeSubmission(sent.outcomes, found.length);
    if (summary.kind === 'failed') {
      setResumable(sent.latest);
    }
    setStatus(submissionStatus(summary, strings));
  };

  const onSubmit = (): Promise<void> =>
    run(async () => {
      if (!upload || !store || upload.reading.problems.length > 0 || upload.reading.values.length === 0) {
        return;
      }
      const pending = startSubmission(upload.model, upload.reading.values);
      await store.save(pending);
      await send(upload.model, pending);
    });

  const onResume = (): Promise<void> =>
    run(async () => {
      const pending = (await store?.load()) ?? resumable;
      if (!pending || departmentId === undefined) {
        return;
      }
      const model = result?.model ?? upload?.model ?? (await loadSheetModel(services, departmentId, year));
      await send(model, pending);
    });

  const onDiscard = (): Promise<void> =>
    run(async () => {
      await store?.clear();
      setResumable(undefined);
      setStatus({ kind: 'idle' });
    });

  const decide = (conflict: Conflict, choice: 'mine' | 'theirs'): Promise<void> =>
    run(async () => {
      const pending = await store?.load();
      if (!pending || !store || !result) {
        return;
      }
      const next = resolveConflict(pending, conflict.key, choice);
      await store.save(next);
      const remaining = conflicts.filter((other) => other.key !== conflict.key);
      setConflicts(remaining);
      if (remaining.length === 0) {
        await send(result.model, next);
      }
    });

  const problemColumns = [
    { key: 'row', header: strings.ColumnRow, numeric: true, render: (problem: CellProblem) => problem.row + 1 },
    { key: 'column', header: strings.ColumnColumn, render: (problem: CellProblem) => sheetColumns[columnIndex(problem.column)].header[language] },
    { key: 'message', header: strings.ColumnProblem, render: (problem: CellProblem) => problem.message }
  ];
  const outcomeRows = result ? result.pending.entries.filter((entry) => result.outcomes[entry.key]) : [];
  const outcomeColumns = [
    { key: 'indicator', header: strings.ColumnIndicator, render: (entry: PendingSubmission['entries'][number]) => titleOf(result!.model, entry.value.indicatorId) },
    { key: 'value', header: strings.ColumnValue, numeric: true, render: (entry: PendingSubmission['entries'][number]) => valueText(entry.value, language) },
    { key: 'outcome', header: strings.ColumnOutcome, render: (entry: PendingSubmission['entries'][number]) => outcomeText(result!.outcomes[entry.key], language) }
  ];
  const canSubmit = !!upload && upload.reading.problems.length === 0 && upload.reading.values.length > 0 && conflicts.length === 0;

  return frame(
    <Stack tokens={{ childrenGap: 12 }}>
      <Text block>{strings.Intro}</Text>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {strings.AddinHint}
      </MessageBar>
      <Text block variant="small">
        {format(strings.SignedInAs, user.displayName || user.login)}
      </Text>
      {resumable && !isBusy && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div>
              <PrimaryButton onClick={onResume} data-testid="resume-submit" text={strings.Resume} />
              <DefaultButton onClick={onDiscard} text={strings.Discard} />
            </div>
          }
        >
          {format(strings.ResumeFound, resumable.year, Object.values(resumable.settled).filter((outcome) => outcome.kind !== 'failed' && outcome.kind !== 'conflict').length, resumable.entries.length)}
        </MessageBar>
      )}
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        {user.role === 'coordinator' && (
          <Dropdown
            label={strings.Department}
            placeholder={strings.DepartmentPlaceholder}
            selectedKey={departmentId ?? null}
            options={departments.map((candidate) => ({ key: candidate.id, text: `${candidate.number} ${candidate.name}` }))}
            onChange={(_, option) => option && setDepartmentId(Number(option.key))}
            disabled={isBusy}
            styles={{ root: { minWidth: 280 } }}
          />
        )}
        <Dropdown
          label={strings.Year}
          selectedKey={year}
          options={years.map((candidate) => ({ key: candidate, text: String(candidate) }))}
          onChange={(_, option) => option && setYear(Number(option.key))}
          disabled={isBusy}
          styles={{ root: { width: 140 } }}
        />
      </Stack>
      {user.role === 'coordinator' && <Text variant="small">{strings.CoordinatorHint}</Text>}
      {departmentId === undefined ? (
        <Text role="status">{strings.ChooseDepartment}</Text>
      ) : (
        <>
          <h3 className={classes.step}>{strings.StepDownload}</h3>
          <Text block>{format(strings.DownloadHint, departmentText, year)}</Text>
          <div>
            <PrimaryButton iconProps={{ iconName: 'ExcelDocument' }} text={strings.Download} onClick={onDownload} disabled={isBusy} />
          </div>
          <h3 className={classes.step}>{strings.StepUpload}</h3>
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
                  onFile(file).catch(() => undefined);
                }
              }}
            />
          </div>
          <h3 className={classes.step}>{strings.StepSubmit}</h3>
          <div>
            <PrimaryButton text={strings.Submit} onClick={onSubmit} disabled={isBusy || !canSubmit} />
          </div>
        </>
      )}
      <div aria-live="polite" data-testid="entry-status">
        {progress && <ProgressIndicator label={format(strings.Submitting, progress.done, progress.total)} percentComplete={progress.total === 0 ? 1 : progress.done / progress.total} />}
        {status.kind === 'busy' && !progress && <Spinner label={status.text} />}
        {(status.kind === 'info' || status.kind === 'success' || status.kind === 'warning') && (
          <MessageBar messageBarType={status.kind === 'success' ? MessageBarType.success : status.kind === 'warning' ? MessageBarType.warning : MessageBarType.info} isMultiline>
            {status.text}
          </MessageBar>
        )}
      </div>
      {status.kind === 'error' && (
        <>
          {status.text && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {status.text}
            </MessageBar>
          )}
          <ErrorMessage error={status.error} onRetry={resumable ? onResume : undefined} />
        </>
      )}
      {upload && upload.reading.problems.length > 0 && (
        <DataTable caption={strings.ProblemsLabel} columns={problemColumns} rows={upload.reading.problems} rowKey={(problem) => `${problem.row}-${problem.column}-${problem.message}`} rowHeader="row" testId="entry-problems" />
      )}
      {conflicts.length > 0 && (
        <section aria-labelledby="indicator-entry-conflicts" data-testid="entry-conflicts">
          <h3 id="indicator-entry-conflicts" className={classes.step}>
            {format(strings.Conflicts, conflicts.length)}
          </h3>
          <ul style={{ paddingLeft: 18 }}>
            {conflicts.map((conflict) => (
              <li key={conflict.key}>
                <Text block>{format(strings.ConflictRow, conflict.label, valueText(conflict.mine, language), valueText(conflict.theirs, language))}</Text>
                <Stack horizontal tokens={{ childrenGap: 8 }}>
                  <DefaultButton text={strings.KeepMine} ariaLabel={format(strings.KeepMineAria, conflict.label)} onClick={() => decide(conflict, 'mine')} disabled={isBusy} />
                  <DefaultButton text={strings.TakeTheirs} ariaLabel={format(strings.TakeTheirsAria, conflict.label)} onClick={() => decide(conflict, 'theirs')} disabled={isBusy} />
                </Stack>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result && outcomeRows.length > 0 && (
        <DataTable caption={strings.OutcomesLabel} columns={outcomeColumns} rows={outcomeRows} rowKey={(entry) => entry.key} rowHeader="indicator" testId="entry-outcomes" />
      )}
    </Stack>
  );
}

function titleOf(model: IndicatorSheetModel, indicatorId: number): string {
  return model.rows.find((row) => row.indicator.id === indicatorId)?.indicator.title ?? String(indicatorId);
}

