import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text } from '@fluentui/react';
import { columnIndex, sheetName } from '../../indicatorSheet/sheetLayout';
import type { CellProblem, SheetReading } from '../../indicatorSheet/sheetReader';
import { yearChoices } from '../../app/indicatorEntry/submissionFlow';
import { useSubmissionFlow } from '../../app/indicatorEntry/useSubmissionFlow';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { format, formatDate } from '../../ui/format';
import { useLoader } from '../../ui/useLoader';
import { ConflictList } from '../../ui/submission/ConflictList';
import { ResumeBar } from '../../ui/submission/ResumeBar';
import { SubmissionStatus } from '../../ui/submission/SubmissionStatus';
import type { SheetGrid } from '../sheetGrid';
import { paneStrings } from '../paneStrings';
import { PaneState, WorkbookPendingStore } from '../paneState';
import type { PaneServices } from '../../app/indicatorEntry/entryServices';
import { checkSheet, openYearSheet, paneLockCheck, refreshReviews, sheetRowOf, startPane, workbookSubmissionSide } from '../paneSheet';
import { returnedValues } from '../../app/indicatorEntry/reviewOverview';
import { PaneFrame } from './PaneFrame';
import { ReturnedValues } from './ReturnedValues';
import { SheetProblems } from './SheetProblems';
import { PaneHowTo } from './PaneHowTo';
import type { WorkbookStorage } from '../browserSheetGrid';

export interface IndicatorPaneProps {
  readonly services: PaneServices;
  readonly grid: SheetGrid;
  readonly language: 'de' | 'en';
  /** Today's year; the default reporting year is the one before (values are collected once a year, afterwards). */
  readonly currentYear?: number;
  /** A year to preselect, e.g. from the link in a reminder mail. */
  readonly initialYear?: number;
  /** Where the pane remembers a user's choices (the collapsed "So geht's"): the add-in's localStorage. */
  readonly preferences?: WorkbookStorage;
}

/** What the last check found: the problems to correct, and whether the sheet may be submitted. */
interface CheckResult {
  readonly problems: readonly CellProblem[];
  readonly isClean: boolean;
}

const unchecked: CheckResult = { problems: [], isClean: false };

/**
 * The Excel task pane of a department contact: open the year's sheet, check it in place,
 * submit it when clean, and decide conflicts. Everything it needs from the sheet goes through
 * `SheetGrid`, so the same pane runs in Excel and in the workbench's grid.
 */
export function IndicatorPane({ services, grid, language, currentYear = new Date().getFullYear(), initialYear, preferences }: IndicatorPaneProps): React.ReactElement {
  const strings = paneStrings(language);
  const [started, retryStart] = useLoader(() => startPane(services, grid), 'pane');
  const [year, setYear] = React.useState(initialYear ?? currentYear - 1);
  const [sheet, setSheet] = React.useState<PaneState | undefined>();
  const [confirmReplace, setConfirmReplace] = React.useState(false);
  const [checked, setChecked] = React.useState<CheckResult>(unchecked);
  const store = React.useMemo(() => new WorkbookPendingStore(grid), [grid]);
  const side = React.useMemo(() => workbookSubmissionSide(grid, services, language, setSheet), [grid, services, language]);
  const lockCheck = React.useMemo(() => paneLockCheck(services, strings), [services, strings]);
  const flow = useSubmissionFlow({ writer: services.indicatorValues, requests: services.correctionRequests, language, store, texts: strings, side, lockCheck });
  const { state, dispatch } = flow;

  // The workbook remembers the sheet it was opened with, and a submission that did not finish.
  const saved = started.state === 'ready' ? started.data.saved : undefined;
  React.useEffect(() => {
    if (!saved) {
      return;
    }
    setSheet(saved);
    setYear(saved.model.year);
    dispatch({ type: 'resumableFound', pending: saved.pending });
    // The office may have decided on values since; a failure to learn of it is shown, the sheet stays usable.
    let isCurrent = true;
    refreshReviews(grid, services, saved, language).then(
      (refreshed) => isCurrent && setSheet(refreshed),
      (error: unknown) => isCurrent && dispatch({ type: 'failed', error, text: strings.ReviewsFailed })
    );
    return () => {
      isCurrent = false;
    };
  }, [saved, dispatch, grid, services, language, strings]);

  if (started.state === 'error') {
    return (
      <PaneFrame strings={strings}>
        <ErrorMessage error={started.error} strings={strings} text={strings.SignInFailed} onRetry={retryStart} />
      </PaneFrame>
    );
  }
  if (started.state === 'loading') {
    return (
      <PaneFrame strings={strings}>
        <Spinner label={strings.Loading} />
      </PaneFrame>
    );
  }
  const { user } = started.data;
  const isBusy = state.status.kind === 'busy';

  const openYear = (replace: boolean): Promise<void> =>
    flow.run(async () => {
      if (!replace && (await grid.hasSheet(sheetName({ year }, language)))) {
        setConfirmReplace(true);
        return;
      }
      setConfirmReplace(false);
      dispatch({ type: 'busy', text: strings.Opening });
      const opened = await openYearSheet(grid, services, user.departmentId!, year, language, strings);
      setSheet(opened.state);
      setChecked(unchecked);
      dispatch({ type: 'replaced', status: opened.status });
    });

  /** Reads and checks the sheet, marks its bad cells; the values when it is clean. */
  const check = async (current: PaneState): Promise<SheetReading | undefined> => {
    dispatch({ type: 'busy', text: strings.Checking });
    const { reading, status } = await checkSheet(grid, current, language, strings);
    if (reading) {
      setChecked({ problems: reading.problems, isClean: reading.problems.length === 0 && reading.values.length > 0 });
    }
    dispatch({ type: 'showed', status });
    return reading;
  };

  const onCheck = (): Promise<void> => flow.run(async () => void (await check(sheet!)));

  const onSubmit = (): Promise<void> =>
    flow.run(async () => {
      const reading = await check(sheet!);
      if (reading && reading.problems.length === 0) {
        await flow.submit(sheet!, sheet!.model, reading.values);
      }
    });

  const onResume = (): Promise<void> => flow.resume(() => sheet);

  const returned = sheet ? returnedValues(sheet.model) : [];
  const hasAccepted = sheet?.model.rows.some((row) => row.review?.state === 'accepted') === true && !sheet?.model.lockedYear?.isLocked;

  return (
    <PaneFrame strings={strings}>
      <Text block>{format(strings.SignedInAs, user.displayName || user.login)}</Text>
      {user.departmentId === undefined ? (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.NoDepartment}
        </MessageBar>
      ) : (
        <>
          {sheet && <Text block>{format(strings.DepartmentOf, sheet.model.departmentName)}</Text>}
          {sheet?.isYearWorkbook && <Text block>{format(strings.YearWorkbook, sheet.model.year)}</Text>}
          {sheet?.model.deadline && (
            <Text block data-testid="pane-deadline" styles={{ root: { fontWeight: 600 } }}>
              {format(strings.Deadline, formatDate(sheet.model.deadline, language === 'de' ? 'de-DE' : 'en-GB'))}
            </Text>
          )}
          <PaneHowTo strings={strings} preferences={preferences} login={user.login} />
          {sheet?.model.lockedYear?.isLocked && (
            <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="year-locked">
              {format(strings.YearLocked, sheet.model.year, [sheet.model.lockedYear.lockedBy, sheet.model.lockedYear.lockedAt?.slice(0, 10)].filter(Boolean).join(', '))}
            </MessageBar>
          )}
          {state.resumable && !isBusy && <ResumeBar pending={state.resumable} strings={strings} onResume={onResume} />}
          {/* The department's workbook of a year is that year's: nothing to pick, nothing to write. */}
          {!sheet?.isYearWorkbook && (
            <>
              <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} wrap>
                <Dropdown
                  label={strings.Year}
                  selectedKey={year}
                  options={yearChoices(currentYear, year).map((candidate) => ({ key: candidate, text: String(candidate) }))}
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
                  {format(strings.OpenYearReplace, sheetName({ year }, language))}
                </MessageBar>
              )}
            </>
          )}
          {returned.length > 0 && (
            <ReturnedValues
              values={returned}
              isLocked={sheet?.model.lockedYear?.isLocked === true}
              language={language}
              strings={strings}
              onSelect={(value) =>
                flow.run(async () => {
                  const row = await sheetRowOf(grid, sheet!.sheetName, value.key);
                  if (row !== undefined) {
                    await grid.selectCell(sheet!.sheetName, { row, column: columnIndex('total') });
                  }
                })
              }
            />
          )}
          {hasAccepted && (
            <Text block variant="small">
              {strings.AcceptedEditable}
            </Text>
          )}
          {sheet && (
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={strings.Check} onClick={onCheck} disabled={isBusy} />
              <PrimaryButton
                text={strings.Submit}
                onClick={onSubmit}
                // Absenden checks first and sends only a clean sheet; after a check with problems the user corrects and checks again.
                disabled={isBusy || checked.problems.length > 0 || state.conflicts.length > 0}
                title={checked.problems.length > 0 ? strings.SubmitHint : undefined}
              />
            </Stack>
          )}
        </>
      )}
      <SubmissionStatus state={state} strings={strings} testId="pane-status" />
      {state.status.kind === 'error' && (
        <ErrorMessage error={state.status.error} strings={strings} text={state.status.text} onRetry={state.resumable ? onResume : undefined} retryText={strings.Resume} />
      )}
      {checked.problems.length > 0 && (
        <SheetProblems
          problems={checked.problems}
          language={language}
          strings={strings}
          onSelect={(problem) => flow.run(() => grid.selectCell(sheet!.sheetName, { row: problem.row, column: columnIndex(problem.column) }))}
        />
      )}
      {state.conflicts.length > 0 && (
        <ConflictList
          conflicts={state.conflicts}
          language={language}
          strings={strings}
          isBusy={isBusy}
          onDecide={(conflict, choice) => void flow.decide(sheet, conflict, choice)}
          headingId="pane-conflicts"
          testId="sheet-conflicts"
          isItemTagged
        />
      )}
    </PaneFrame>
  );
}
