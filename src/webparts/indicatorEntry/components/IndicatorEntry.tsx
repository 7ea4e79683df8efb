import * as React from 'react';
import { MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { IndicatorSheetModel } from '../../../indicatorSheet/sheetLayout';
import { KeyValueStorage, LocalPendingStore } from '../../../app/indicatorEntry/localPendingStore';
import { namedConflicts, SubmissionSide } from '../../../app/indicatorEntry/submissionFlow';
import { useSubmissionFlow } from '../../../app/indicatorEntry/useSubmissionFlow';
import type { IndicatorEntryServices } from '../../../app/indicatorEntry/entryServices';
import { uiLanguage } from '../../../domain';
import { canSubmitUpload, checkUpload, indicatorTemplate, modelForResume, startEntry, Upload, uploadLockCheck } from '../../../app/indicatorEntry/uploadCommands';
import { loadReviewOverview } from '../../../app/indicatorEntry/reviewOverview';
import { offerDownload } from '../../../ui/download';
import type { HostTheme } from '../../../ui/hostTheme';
import { WebPartSection } from '../../../ui/WebPartSection';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { ConflictList } from '../../../ui/submission/ConflictList';
import { ResumeBar } from '../../../ui/submission/ResumeBar';
import { SubmissionStatus } from '../../../ui/submission/SubmissionStatus';
import { EntryChoices } from './EntryChoices';
import { EntryReview } from './EntryReview';
import { EntrySteps } from './EntrySteps';
import { SubmissionOutcomes, UploadProblems } from './EntryTables';

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

const classes = mergeStyleSets({
  root: { padding: '16px 0', maxWidth: 1000 },
  step: { margin: '8px 0 0', fontSize: 18, fontWeight: 600 }
});

/**
 * The indicator entry without the Excel add-in: the same sheet as a downloadable .xlsx, and an
 * upload that runs the same check and submit (`readIndicatorSheet`, the submission flow of
 * src/app/indicatorEntry) as the add-in's pane.
 */
export function IndicatorEntry({ services, strings, theme, storage, currentYear = new Date().getFullYear(), initialYear, initialDepartmentNumber }: IndicatorEntryProps): React.ReactElement {
  const language = uiLanguage(services.locale);
  const [started, retryStart] = useLoader(() => startEntry(services, initialDepartmentNumber), initialDepartmentNumber ?? '');
  const [departmentId, setDepartmentId] = React.useState<number | undefined>();
  const [year, setYear] = React.useState(initialYear ?? currentYear - 1);
  const [upload, setUpload] = React.useState<Upload | undefined>();
  /** Counts settled submits: each one may have made returned or accepted values submitted again. */
  const [sent, setSent] = React.useState(0);
  const user = started.state === 'ready' ? started.data.user : undefined;
  const [overview, retryOverview] = useLoader(
    () => (departmentId === undefined ? Promise.resolve(undefined) : loadReviewOverview(services, departmentId, year)),
    `${departmentId ?? ''}-${year}-${sent}`
  );

  React.useEffect(() => {
    if (started.state === 'ready') {
      setDepartmentId(started.data.departmentId);
    }
  }, [started]);

  const store = React.useMemo(
    () => (user && departmentId !== undefined ? new LocalPendingStore(storage, user.login, departmentId, year) : undefined),
    [storage, user, departmentId, year]
  );
  const side = React.useMemo(
    (): SubmissionSide<IndicatorSheetModel> => ({
      settle: async (model, pending, outcomes) => {
        setUpload(undefined);
        setSent((count) => count + 1);
        return { model, conflicts: namedConflicts(model, pending, outcomes) };
      }
    }),
    []
  );
  const lockCheck = React.useMemo(() => uploadLockCheck(services, strings), [services, strings]);
  const flow = useSubmissionFlow({ writer: services.indicatorValues, requests: services.correctionRequests, language, store, texts: strings, side, lockCheck });
  const { state, dispatch } = flow;

  // Another department or year: its own upload, and its own unfinished submit if there is one.
  React.useEffect(() => {
    setUpload(undefined);
    dispatch({ type: 'reset' });
    let isCurrent = true;
    store?.load().then(
      (pending) => isCurrent && dispatch({ type: 'resumableFound', pending }),
      () => undefined
    );
    return () => {
      isCurrent = false;
    };
  }, [store, dispatch]);

  const frame = (content: React.ReactNode): React.ReactElement => (
    <WebPartSection theme={theme} headingId="integrationsplanung-indicator-entry-heading" title={strings.Title} className={classes.root} testId="indicator-entry">
      {content}
    </WebPartSection>
  );

  if (started.state === 'error') {
    return frame(<ErrorMessage error={started.error} onRetry={retryStart} />);
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

  const departments = started.state === 'ready' ? started.data.departments : [];
  const isBusy = state.status.kind === 'busy';

  const onDownload = (): Promise<void> =>
    flow.run(async () => {
      if (departmentId === undefined) {
        return;
      }
      dispatch({ type: 'busy', text: strings.Downloading });
      const template = await indicatorTemplate(services, departmentId, year, language, strings);
      if (template.kind === 'file') {
        offerDownload(template.file, template.fileName);
      }
      dispatch({ type: 'showed', status: template.status });
    });

  const onFile = (file: File): Promise<void> =>
    flow.run(async () => {
      if (departmentId === undefined) {
        return;
      }
      setUpload(undefined);
      dispatch({ type: 'restarted', text: format(strings.Checking, file.name) });
      const checked = await checkUpload(services, departmentId, year, file, language, strings);
      setUpload(checked.upload);
      dispatch({ type: 'showed', status: checked.status });
    });

  const onSubmit = (): Promise<void> => (canSubmitUpload(upload, state.conflicts.length) ? flow.submit(upload.model, upload.model, upload.reading.values) : Promise.resolve());
  const onResume = (): Promise<void> => flow.resume(() => modelForResume(services, state.settled?.model ?? upload?.model, departmentId, year));

  return frame(
    <Stack tokens={{ childrenGap: 12 }}>
      <Text block>{strings.Intro}</Text>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {strings.AddinHint}
      </MessageBar>
      <Text block variant="small">
        {format(strings.SignedInAs, user.displayName || user.login)}
      </Text>
      {state.resumable && !isBusy && <ResumeBar pending={state.resumable} strings={strings} onResume={onResume} onDiscard={flow.discard} />}
      <EntryChoices
        isCoordinator={user.role === 'coordinator'}
        departments={departments}
        departmentId={departmentId}
        onDepartment={setDepartmentId}
        year={year}
        currentYear={currentYear}
        onYear={setYear}
        isBusy={isBusy}
        strings={strings}
      />
      {departmentId !== undefined && (
        <EntryReview
          overview={overview}
          onRetry={retryOverview}
          language={language}
          headingClassName={classes.step}
          strings={strings}
        />
      )}
      {departmentId === undefined ? (
        <Text role="status">{strings.ChooseDepartment}</Text>
      ) : (
        <EntrySteps
          department={departments.find((candidate) => candidate.id === departmentId)}
          year={year}
          isBusy={isBusy}
          canSubmit={canSubmitUpload(upload, state.conflicts.length)}
          onDownload={onDownload}
          onFile={onFile}
          onSubmit={onSubmit}
          stepClassName={classes.step}
          strings={strings}
        />
      )}
      <SubmissionStatus state={state} strings={strings} testId="entry-status" />
      {state.status.kind === 'error' && (
        <>
          {state.status.text && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {state.status.text}
            </MessageBar>
          )}
          <ErrorMessage error={state.status.error} onRetry={state.resumable ? onResume : undefined} />
        </>
      )}
      {upload && upload.reading.problems.length > 0 && <UploadProblems problems={upload.reading.problems} language={language} strings={strings} />}
      {state.conflicts.length > 0 && (
        <ConflictList
          conflicts={state.conflicts}
          language={language}
          strings={strings}
          isBusy={isBusy}
          onDecide={(conflict, choice) => void flow.decide(state.settled?.model, conflict, choice)}
          headingId="indicator-entry-conflicts"
          headingClassName={classes.step}
          testId="entry-conflicts"
        />
      )}
      {state.settled && <SubmissionOutcomes settled={state.settled} language={language} strings={strings} />}
    </Stack>
  );
}
