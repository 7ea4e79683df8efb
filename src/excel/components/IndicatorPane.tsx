import * as React from 'react';
import { DefaultButton, Dropdown, Link, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Spinner, Stack, Text } from '@fluentui/react';
import type { IndicatorValue } from '../../domain';
import type { CurrentUser } from '../../data/userRepository';
import { ServiceError } from '../../http/serviceError';
import { columnIndex, IndicatorSheetModel, isInputCell, sheetColumns, sheetMatrix, sheetName } from '../../indicatorSheet/sheetLayout';
import { CellProblem, readIndicatorSheet } from '../../indicatorSheet/sheetReader';
import { conflictsOf, PendingSubmission, RowOutcome, resolveConflict, sendSubmission, startSubmission, summarizeSubmission } from '../../indicatorSheet/submission';
import type { ProductServices } from '../../app/services';
import type { GridCell, GridColumnFormat, SheetGrid } from '../sheetGrid';
import { formatText, paneStrings, PaneStrings } from '../paneStrings';
import { outcomeText, submissionStatus, valueText } from '../../app/indicatorEntry/submissionTexts';
import { PaneState, readPaneState, WorkbookPendingStore, writePaneState } from '../paneState';
import { loadSheetModel } from '../../app/indicatorEntry/sheetModelSource';

export type PaneServices = Pick<ProductServices, 'users' | 'catalogue' | 'departments' | 'indicators' | 'indicatorValues'>;

export interface IndicatorPaneProps {
  readonly services: PaneServices;
  readonly grid: SheetGrid;
  readonly language: 'de' | 'en';
  /** Today's year; the default reporting year is the one before (values are collected once a year, afterwards). */
  readonly currentYear?: number;
  /** A year to preselect, e.g. from the link in a reminder mail. */
  readonly initialYear?: number;
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly text: string }
  | { readonly kind: 'info' | 'success' | 'warning'; readonly text: string }
  | { readonly kind: 'error'; readonly error: unknown; readonly text?: string };

interface Conflict {
  readonly key: string;
  readonly row: number;
  readonly label: string;
  readonly mine: IndicatorValue;
  readonly theirs: IndicatorValue;
}

/**
 * The Excel task pane of a department contact: open the year's sheet, check it in place,
 * submit it when clean, and decide conflicts. Everything it needs from the sheet goes through
 * `SheetGrid`, so the same pane runs in Excel and in the workbench's grid.
 */
export function IndicatorPane({ services, grid, language, currentYear = new Date().getFullYear(), initialYear }: IndicatorPaneProps): React.ReactElement {
  const strings = paneStrings(language);
  const store = React.useMemo(() => new WorkbookPendingStore(grid), [grid]);
  const [user, setUser] = React.useState<CurrentUser | undefined>();
  const [loadError, setLoadError] = React.useState<unknown>();
  const [year, setYear] = React.useState(initialYear ?? currentYear - 1);
  const [state, setState] = React.useState<PaneState | undefined>();
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [confirmReplace, setConfirmReplace] = React.useState(false);
  const [problems, setProblems] = React.useState<readonly CellProblem[]>([]);
  const [isClean, setIsClean] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | undefined>();
  const [conflicts, setConflicts] = React.useState<readonly Conflict[]>([]);
  const [resumable, setResumable] = React.useState<PendingSubmission | undefined>();

  const start = React.useCallback(async () => {
    setLoadError(undefined);
    try {
      const [signedIn, saved] = await Promise.all([services.users.currentUser(), readPaneState(grid)]);
      setUser(signedIn);
      if (saved && saved.model.departmentId === signedIn.departmentId) {
        setState(saved);
        setYear(saved.model.year);
        if (saved.pending) {
          setResumable(saved.pending);
        }
      }
    } catch (error) {
      setLoadError(error);
    }
  }, [services, grid]);

  React.useEffect(() => {
    start().catch(() => undefined);
  }, [start]);

  if (loadError) {
    return (
      <PaneFrame strings={strings}>
        <ErrorBar error={loadError} strings={strings} text={strings.SignInFailed} onRetry={start} />
      </PaneFrame>
    );
  }
  if (!user) {
    return (
      <PaneFrame strings={strings}>
        <Spinner label={strings.Loading} />
      </PaneFrame>
    );
  }

  const isBusy = status.kind === 'busy';
  const years = [...new Set([...Array.from({ length: 6 }, (_, index) => currentYear - 4 + index), year])].sort((a, b) => b - a);

  const run = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      setProgress(undefined);
      setStatus({ kind: 'error', error });
    }
  };

  const openYear = (replace: boolean): Promise<void> =>
    run(async () => {
      const name = sheetName({ year }, language);
      if (!replace && (await grid.hasSheet(name))) {
        setConfirmReplace(true);
        return;
      }
      setConfirmReplace(false);
      setStatus({ kind: 'busy', text: strings.Opening });
      const model = await loadSheetModel(services, user.departmentId!, year);
      const matrix = sheetMatrix(model, language);
      await grid.openSheet(name);
      await grid.writeValues(name, matrix);
      await grid.formatColumns(name, matrix.length, columnFormats(strings));
      await grid.protectSheet(name, inputCells(model));
      const next: PaneState = { version: 1, sheetName: name, model };
      await writePaneState(grid, next);
      setState(next);
      setProblems([]);
      setIsClean(false);
      setConflicts([]);
      setResumable(undefined);
      setStatus(
        model.rows.length === 0 ? { kind: 'warning', text: formatText(strings.NoIndicators, year) } : { kind: 'success', text: formatText(strings.Opened, name, model.rows.length) }
      );
    });

  /** Reads and checks the sheet, marks its bad cells; the values when it is clean. */
  const check = async (current: PaneState): Promise<IndicatorValue[] | undefined> => {
    if (!(await grid.hasSheet(current.sheetName))) {
      setStatus({ kind: 'warning', text: formatText(strings.SheetMissing, current.sheetName) });
      return undefined;
    }
    const content = await grid.readContent(current.sheetName);
    const reading = readIndicatorSheet(content.values, content.formulas, current.model, language);
    await grid.clearMarks(current.sheetName);
    await grid.markCells(
      current.sheetName,
      reading.problems.map((problem) => ({ row: problem.row, column: columnIndex(problem.column), message: problem.message }))
    );
    setProblems(reading.problems);
    const clean = reading.problems.length === 0 && reading.values.length > 0;
    setIsClean(clean);
    if (reading.problems.length > 0) {
      setStatus({ kind: 'warning', text: formatText(strings.Problems, reading.problems.length) });
      return undefined;
    }
    if (reading.values.length === 0) {
      setStatus({ kind: 'info', text: strings.CheckNothing });
      return undefined;
    }
    setStatus({ kind: 'success', text: formatText(strings.CheckClean, reading.values.length) });
    return reading.values;
  };

  const onCheck = (): Promise<void> =>
    run(async () => {
      setStatus({ kind: 'busy', text: strings.Checking });
      await check(state!);
    });

  /** Sends the pending submission (new or resumed) and writes each row's outcome into the sheet. */
  const send = async (current: PaneState, pending: PendingSubmission): Promise<void> => {
    setResumable(undefined);
    setConflicts([]);
    const sent = await sendSubmission(services.indicatorValues, pending, store, (done, of) => {
      setProgress({ done, total: of });
      setStatus({ kind: 'busy', text: formatText(strings.Submitting, done, of) });
    });
    setProgress(undefined);
    if (sent.kind === 'interrupted') {
      // The pending state is in the workbook: nothing is lost, a resume continues.
      setResumable(sent.resumable);
      setStatus({ kind: 'error', error: sent.error, text: strings.SubmitInterrupted });
      return;
    }
    const { outcomes } = sent;
    const rows = await rowsByKey(grid, current.sheetName);
    await grid.writeCells(
      current.sheetName,
      Object.entries(outcomes)
        .filter(([key]) => rows.has(key))
        .map(([key, outcome]) => ({ row: rows.get(key)!, column: columnIndex('outcome'), value: outcomeText(outcome, language) }))
    );
    let refreshed = current;
    try {
      refreshed = await refreshStored(current, outcomes, rows);
    } catch {
      // The values are stored; only the sheet's versions could not be renewed. The next submit
      // then reads its own values back as changed with equal content, which counts as done.
    }
    const found = conflictsOf(pending, outcomes).map(
      (conflict): Conflict => ({
        ...conflict,
        row: rows.get(conflict.key) ?? 0,
        label: refreshed.model.rows.find((row) => row.indicator.id === conflict.indicatorId)?.indicator.title ?? conflict.key
      })
    );
    setConflicts(found);
    const summary = summarizeSubmission(outcomes, found.length);
    if (summary.kind === 'failed') {
      setResumable(sent.latest);
    }
    setStatus(submissionStatus(summary, strings));
  };

  /**
   * After a submit the sheet must carry the new versions: the next submit of a value written
   * now is then an update of that version, not a conflict with ourselves. Rows in conflict keep
   * the version the user saw until they decide.
   */
  const refreshStored = async (current: PaneState, outcomes: Record<string, RowOutcome>, rows: Map<string, number>): Promise<PaneState> => {
    const done = current.model.rows.filter((row) => {
      const outcome = outcomes[`${row.indicator.id}-${current.model.year}`];
      return outcome && (outcome.kind === 'created' || outcome.kind === 'updated');
    });
    if (done.length === 0) {
      return current;
    }
    const stored = await services.indicatorValues.valuesOf(
      done.map((row) => row.indicator.id),
      [current.model.year]
    );
    const byIndicator = new Map(stored.map((value) => [value.indicatorId, value]));
    const model: IndicatorSheetModel = {
      ...current.model,
      rows: current.model.rows.map((row) => (done.includes(row) && byIndicator.has(row.indicator.id) ? { ...row, stored: byIndicator.get(row.indicator.id) } : row))
    };
    await grid.writeCells(
      current.sheetName,
      done
        .filter((row) => byIndicator.has(row.indicator.id) && rows.has(`${row.indicator.id}-${current.model.year}`))
        .map((row) => ({ row: rows.get(`${row.indicator.id}-${current.model.year}`)!, column: columnIndex('etag'), value: byIndicator.get(row.indicator.id)!.etag ?? null }))
    );
    const latest = await readPaneState(grid);
    const next: PaneState = { ...(latest ?? current), model };
    await writePaneState(grid, next);
    setState(next);
    return next;
  };

  const onSubmit = (): Promise<void> =>
    run(async () => {
      setStatus({ kind: 'busy', text: strings.Checking });
      const values = await check(state!);
      if (!values) {
        return;
      }
      const pending = startSubmission(state!.model, values);
      await store.save(pending);
      await send(state!, pending);
    });

  const onResume = (): Promise<void> =>
    run(async () => {
      const pending = (await store.load()) ?? resumable;
      if (pending && state) {
        await send(state, pending);
      }
    });

  const decide = (conflict: Conflict, choice: 'mine' | 'theirs'): Promise<void> =>
    run(async () => {
      const pending = await store.load();
      if (!pending || !state) {
        return;
      }
      const next = resolveConflict(pending, conflict.key, choice);
      await store.save(next);
      if (choice === 'theirs') {
        // The sheet shows the stored value from now on, with its version.
        await grid.writeCells(state.sheetName, valueCells(conflict.row, conflict.theirs));
      }
      const remaining = conflicts.filter((other) => other.key !== conflict.key);
      setConflicts(remaining);
      if (remaining.length === 0) {
        await send(state, next);
      }
    });

  const selectProblem = (problem: CellProblem): Promise<void> => run(() => grid.selectCell(state!.sheetName, { row: problem.row, column: columnIndex(problem.column) }));

  const headerOf = (problem: CellProblem): string => sheetColumns[columnIndex(problem.column)].header[language];

  return (
    <PaneFrame strings={strings}>
      <Text block>{formatText(strings.SignedInAs, user.displayName || user.login)}</Text>
      {user.departmentId === undefined ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.NoDepartment}
        </MessageBar>
      ) : (
        <>
          {state && <Text block>{formatText(strings.DepartmentOf, state.model.departmentName)}</Text>}
          {state?.model.lockedYear?.isLocked && (
            <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="year-locked">
              {formatText(strings.YearLocked, state.model.year, [state.model.lockedYear.lockedBy, state.model.lockedYear.lockedAt?.slice(0, 10)].filter(Boolean).join(', '))}
            </MessageBar>
          )}
          {resumable && !isBusy && (
            <MessageBar
              messageBarType={MessageBarType.warning}
              isMultiline
              actions={
                <PrimaryButton onClick={onResume} data-testid="resume-submit">
                  {strings.Resume}
                </PrimaryButton>
              }
            >
              {formatText(strings.ResumeFound, resumable.year, Object.values(resumable.settled).filter((outcome) => outcome.kind !== 'failed' && outcome.kind !== 'conflict').length, resumable.entries.length)}
            </MessageBar>
          )}
          <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} wrap>
            <Dropdown
              label={strings.Year}
              selectedKey={year}
              options={years.map((candidate) => ({ key: candidate, text: String(candidate) }))}
              onChange={(_, option) => option && setYear(Number(option.key))}
              disabled={isBusy}
              styles={{ root: { width: 120 } }}
            />
            <PrimaryButton text={strings.OpenYear} onClick={() => openYear(false)} disabled={isBusy} />
          </Stack>
          <Text block variant="small">
            {strings.OpenYearHint}
          </Text>
          {confirmReplace && (
            <MessageBar
              messageBarType={MessageBarType.warning}
              isMultiline
              actions={
                <div>
                  <PrimaryButton text={strings.Replace} onClick={() => openYear(true)} />
                  <DefaultButton text={strings.Cancel} onClick={() => setConfirmReplace(false)} />
                </div>
              }
            >
              {formatText(strings.OpenYearReplace, sheetName({ year }, language))}
            </MessageBar>
          )}
          {state && (
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={strings.Check} onClick={onCheck} disabled={isBusy} />
              <PrimaryButton text={strings.Submit} onClick={onSubmit} disabled={isBusy || !isClean || conflicts.length > 0} title={isClean ? undefined : strings.SubmitHint} />
            </Stack>
          )}
        </>
      )}
      <div aria-live="polite" data-testid="pane-status">
        {progress && <ProgressIndicator label={formatText(strings.Submitting, progress.done, progress.total)} percentComplete={progress.total === 0 ? 1 : progress.done / progress.total} />}
        {status.kind === 'busy' && !progress && <Spinner label={status.text} />}
        {(status.kind === 'info' || status.kind === 'success' || status.kind === 'warning') && (
          <MessageBar messageBarType={status.kind === 'success' ? MessageBarType.success : status.kind === 'warning' ? MessageBarType.warning : MessageBarType.info} isMultiline>
            {status.text}
          </MessageBar>
        )}
      </div>
      {status.kind === 'error' && <ErrorBar error={status.error} strings={strings} text={status.text} onRetry={resumable ? onResume : undefined} />}
      {problems.length > 0 && (
        <section aria-labelledby="pane-problems" data-testid="sheet-problems">
          <h3 id="pane-problems">{formatText(strings.Problems, problems.length)}</h3>
          <ul style={{ paddingLeft: 18 }}>
            {problems.map((problem, index) => (
              <li key={index}>
                <Link onClick={() => selectProblem(problem)} styles={{ root: { textAlign: 'left', display: 'inline' } }} aria-label={`${formatText(strings.ProblemGoTo, problem.row + 1, headerOf(problem))}. ${problem.message}`}>
                  {formatText(strings.ProblemAt, problem.row + 1, headerOf(problem), problem.message)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {conflicts.length > 0 && (
        <section aria-labelledby="pane-conflicts" data-testid="sheet-conflicts">
          <h3 id="pane-conflicts">{formatText(strings.Conflicts, conflicts.length)}</h3>
          <ul style={{ paddingLeft: 18 }}>
            {conflicts.map((conflict) => (
              <li key={conflict.key} data-testid={`conflict-${conflict.key}`}>
                <Text block>{formatText(strings.ConflictRow, conflict.label, valueText(conflict.mine, language), valueText(conflict.theirs, language))}</Text>
                <Stack horizontal tokens={{ childrenGap: 8 }}>
                  <DefaultButton text={strings.KeepMine} ariaLabel={formatText(strings.KeepMineAria, conflict.label)} onClick={() => decide(conflict, 'mine')} disabled={isBusy} />
                  <DefaultButton text={strings.TakeTheirs} ariaLabel={formatText(strings.TakeTheirsAria, conflict.label)} onClick={() => decide(conflict, 'theirs')} disabled={isBusy} />
                </Stack>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PaneFrame>
  );
}

function PaneFrame({ strings, children }: { strings: PaneStrings; children: React.ReactNode }): React.ReactElement {
  return (
    <section aria-labelledby="indicator-pane-title" data-testid="indicator-pane">
      <Stack tokens={{ childrenGap: 12, padding: 12 }}>
        <h2 id="indicator-pane-title" style={{ margin: 0 }}>
          {strings.Title}
        </h2>
        {children}
      </Stack>
    </section>
  );
}

function ErrorBar({ error, strings, text, onRetry }: { error: unknown; strings: PaneStrings; text?: string; onRetry?: () => void }): React.ReactElement {
  const detail = error instanceof ServiceError ? `${error.status || ''} ${error.serviceMessage}`.trim() : error instanceof Error ? error.message : String(error);
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline actions={onRetry ? <PrimaryButton text={strings.Resume} onClick={onRetry} /> : undefined}>
      <div role="alert">
        <div>{text ?? errorText(error, strings)}</div>
        {detail && <div>{formatText(strings.ErrorDetails, detail)}</div>}
      </div>
    </MessageBar>
  );
}

function errorText(error: unknown, strings: PaneStrings): string {
  if (error instanceof ServiceError) {
    if (error.isAccessDenied) {
      return strings.ErrorAccessDenied;
    }
    if (error.isThrottled) {
      return strings.ErrorThrottled;
    }
    if (error.status === 0) {
      return strings.ErrorNetwork;
    }
  }
  return strings.ErrorGeneric;
}

/** Column widths, formats, hidden id columns and Excel's own check of the number columns. */
export function columnFormats(strings: PaneStrings): GridColumnFormat[] {
  return sheetColumns.map((column, index) => ({
    column: index,
    width: column.width,
    ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
    ...(column.kind === 'hidden' ? { isHidden: true } : {}),
    // Gender parts count persons; a total may be a sum of money or a rate (the pane's check decides per indicator).
    ...(column.kind === 'input' && column.key !== 'comment'
      ? column.key === 'total'
        ? { validation: 'decimal' as const, validationMessage: strings.ValidationDecimal }
        : { validation: 'whole' as const, validationMessage: strings.ValidationWhole }
      : {})
  }));
}

export function inputCells(model: IndicatorSheetModel): GridCell[] {
  return model.rows.flatMap((_, index) =>
    sheetColumns.map((column, columnNumber) => ({ row: index + 1, column: columnNumber, key: column.key })).filter((cell) => isInputCell(model, cell.row, cell.key)).map(({ row, column }) => ({ row, column }))
  );
}

/** Sheet row of each value key, read from the hidden key column (rows may have been moved). */
async function rowsByKey(grid: SheetGrid, name: string): Promise<Map<string, number>> {
  const content = await grid.readContent(name);
  const keyColumn = columnIndex('valueKey');
  const rows = new Map<string, number>();
  content.values.forEach((row, index) => {
    const key = row[keyColumn];
    if (index > 0 && typeof key === 'string' && !rows.has(key)) {
      rows.set(key, index);
    }
  });
  return rows;
}

function valueCells(row: number, value: IndicatorValue): Array<{ row: number; column: number; value: string | number | null }> {
  return [
    { row, column: columnIndex('etag'), value: value.etag ?? null },
    { row, column: columnIndex('total'), value: value.total },
    ...(['female', 'male', 'diverse', 'notStated'] as const).map((key) => ({ row, column: columnIndex(key), value: value[key] ?? null })),
    { row, column: columnIndex('comment'), value: value.comment ?? null }
  ];
}
