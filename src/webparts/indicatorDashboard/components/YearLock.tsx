import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { DashboardServices } from '../../../app/indicatorDashboard/dashboardData';
import { changeYearLock, deadlineProblem, LockAction, LockNotice, openReportingYear, proposedDeadline, useYearLock } from '../../../app/indicatorDashboard/yearLock';
import type { ProductServices } from '../../../app/services';
import { YearLockIncompleteError } from '../../../data/reportingYearRepository';
import type { ReportingYear } from '../../../domain';
import { canLockYear, lockOf } from '../../../domain';
import { ServiceError } from '../../../http/serviceError';
import { errorText } from '../../../ui/ErrorMessage';
import { format, formatDate, formatDateTime } from '../../../ui/format';
import { DeadlinePicker } from './DeadlinePicker';

export interface YearLockProps {
  readonly year: number;
  /** The year values are being collected for; it and earlier years can be locked. */
  readonly reportingYear: number;
  readonly years: readonly ReportingYear[];
  readonly isCoordinator: boolean;
  /** The signed-in user's site user id, written as who locked. */
  readonly siteUserId: number;
  /** With `departmentWorkbooks`, opening the year also writes every owing department's workbook. */
  readonly services: Pick<DashboardServices, 'reportingYears' | 'catalogue' | 'indicators' | 'departments'> & Partial<Pick<ProductServices, 'departmentWorkbooks'>>;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
  readonly onChanged: (year: ReportingYear) => void;
  /** Values of the year submitted or returned but not accepted: locking asks again, naming how many. */
  readonly pending?: { readonly submitted: number; readonly returned: number } | undefined;
}

/**
 * Whether the shown year is locked, by whom and since when; the coordinator opens the year (year
 * folders and empty value items), locks or unlocks it after confirming.
 */
export function YearLock({ year, reportingYear, years, isCoordinator, siteUserId, services, strings, locale, onChanged, pending }: YearLockProps): React.ReactElement {
  const [{ asking, lastAsked, isSaving: saving, progress, notice }, dispatch] = useYearLock();
  // The deadline chosen in the open-year dialog; proposed afresh whenever the dialog opens.
  const [deadline, setDeadline] = React.useState<string | undefined>();
  React.useEffect(() => dispatch({ type: 'yearChanged' }), [year, dispatch]);
  React.useEffect(() => {
    if (asking === 'open') {
      setDeadline(proposedDeadline(year, years));
    }
  }, [asking, year, years]);
  const problem = deadlineProblem(deadline);
  const deadlineError = deadline === undefined ? undefined : problem === 'past' ? strings.DeadlinePast : problem === 'invalid' ? strings.DeadlineInvalid : undefined;

  const lock = lockOf(years, year);
  const lockable = canLockYear(year, reportingYear);
  const when = formatDateTime(lock?.lockedAt, locale) || '–';

  const save = (action: LockAction): Promise<void> =>
    action === 'open' ? openReportingYear({ services, year, deadline, dispatch, onChanged }) : changeYearLock({ services, action, year, siteUserId, dispatch, onChanged });
  const detailOf = (error: unknown): string => (error instanceof ServiceError ? `${errorText(error)} (${error.status} ${error.serviceMessage})` : errorText(error));
  const noticeText = (shown: LockNotice): string => {
    if (shown.kind === 'saved') {
      return format(shown.action === 'lock' ? strings.LockSaved : strings.UnlockSaved, year);
    }
    if (shown.kind === 'opened') {
      const { result } = shown;
      if (result.failures.length > 0) {
        const failed = result.failures.map((failure) => `${failure.department}${failure.valueKey ? ` ${failure.valueKey}` : ''}: ${failure.error.status} ${failure.error.serviceMessage}`);
        return format(strings.YearOpenedIncomplete, year, result.failures.length, failed.join('; '));
      }
      return [format(strings.YearOpened, year, result.foldersCreated, result.itemsCreated, result.itemsKept), workbooksText(shown)].filter(Boolean).join(' ');
    }
    const { error } = shown;
    if (error instanceof YearLockIncompleteError) {
      const failed = error.folders.failed.map((failure) => `${failure.department}: ${failure.error.status} ${failure.error.serviceMessage}`).join('; ');
      return error.action === 'lock'
        ? format(strings.LockIncomplete, year, error.folders.switched.join(', ') || '–', error.folders.failed.map((failure) => failure.department).join(', '), failed)
        : format(strings.UnlockIncomplete, year, error.folders.failed.map((failure) => failure.department).join(', '), failed);
    }
    return format(lastAsked === 'open' ? strings.OpenFailed : strings.LockFailed, year, detailOf(error));
  };
  const workbooksText = (shown: Extract<LockNotice, { kind: 'opened' }>): string => {
    const texts = shown.deadline?.deadline ? [format(strings.DeadlineSet, formatDate(shown.deadline.deadline, locale))] : [];
    if (shown.workbooks) {
      texts.push(format(strings.WorkbooksWritten, shown.workbooks.refreshed.length));
      if (shown.workbooks.failed.length > 0) {
        texts.push(format(strings.WorkbooksFailed, shown.workbooks.failed.length, shown.workbooks.failed.map((failure) => `${failure.departmentNumber}: ${failure.error.status} ${failure.error.serviceMessage}`).join('; ')));
      }
    }
    return texts.join(' ');
  };
  const isWarning = (shown: LockNotice): boolean => shown.kind === 'opened' && (shown.result.failures.length > 0 || (shown.workbooks?.failed.length ?? 0) > 0);

  const shownAction = asking ?? lastAsked;
  const dialogTexts: Record<LockAction, { title: string; text: string; confirm: string }> = {
    lock: { title: strings.LockConfirmTitle, text: strings.LockConfirmText, confirm: strings.ConfirmLock },
    unlock: { title: strings.UnlockConfirmTitle, text: strings.UnlockConfirmText, confirm: strings.ConfirmUnlock },
    open: { title: strings.OpenConfirmTitle, text: strings.OpenConfirmText, confirm: strings.ConfirmOpen }
  };
  const dialog = dialogTexts[shownAction];
  const unaccepted = pending ? pending.submitted + pending.returned : 0;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="year-lock">
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <Text data-testid="year-lock-state">
          {lock ? format(strings.YearLockedInfo, year, when, lock.lockedBy ?? '–') : lockable ? format(strings.YearOpenInfo, year) : format(strings.YearNotReported, year)}
        </Text>
        {isCoordinator && lock && (
          <DefaultButton text={format(strings.UnlockYear, year)} iconProps={{ iconName: 'Unlock' }} disabled={saving} onClick={() => dispatch({ type: 'asked', action: 'unlock' })} />
        )}
        {isCoordinator && !lock && (
          <DefaultButton text={format(strings.OpenYear, year)} iconProps={{ iconName: 'OpenFolderHorizontal' }} disabled={saving} onClick={() => dispatch({ type: 'asked', action: 'open' })} data-testid="open-year" />
        )}
        {isCoordinator && !lock && lockable && <PrimaryButton text={format(strings.LockYear, year)} iconProps={{ iconName: 'Lock' }} disabled={saving} onClick={() => dispatch({ type: 'asked', action: 'lock' })} />}
      </Stack>
      {notice && (
        <MessageBar
          messageBarType={notice.kind === 'failed' ? MessageBarType.error : isWarning(notice) ? MessageBarType.warning : MessageBarType.success}
          onDismiss={() => dispatch({ type: 'noticeDismissed' })}
          dismissButtonAriaLabel={strings.DismissNotice}
          isMultiline
        >
          <div role={notice.kind === 'failed' || isWarning(notice) ? 'alert' : 'status'} data-testid="year-lock-notice">
            {noticeText(notice)}
          </div>
        </MessageBar>
      )}
      <Dialog
        hidden={!asking}
        onDismiss={() => dispatch({ type: 'cancelled' })}
        dialogContentProps={{
          type: DialogType.normal,
          title: dialog.title,
          subText: format(dialog.text, year)
        }}
        modalProps={{ isBlocking: saving }}
      >
        {shownAction === 'lock' && unaccepted > 0 && pending && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <div role="alert" data-testid="lock-pending-reviews">
              {format(strings.LockPendingText, unaccepted, year, pending.submitted, pending.returned)}
            </div>
          </MessageBar>
        )}
        {shownAction === 'open' && (
          <DeadlinePicker value={deadline} locale={locale} disabled={saving} errorMessage={deadlineError} strings={strings} onChange={setDeadline} />
        )}
        {saving && !progress && <Spinner size={SpinnerSize.small} label={strings.SavingLock} ariaLive="polite" />}
        {saving && progress && (
          <ProgressIndicator
            label={progress.phase === 'workbooks' ? strings.WorkbooksWriting : strings.Opening}
            description={format(progress.phase === 'workbooks' ? strings.WorkbooksProgress : strings.OpeningProgress, progress.done, progress.total)}
            percentComplete={progress.total === 0 ? undefined : progress.done / progress.total}
          />
        )}
        <DialogFooter>
          <PrimaryButton text={dialog.confirm} disabled={saving || (shownAction === 'open' && problem !== undefined)} onClick={() => asking && void save(asking)} />
          <DefaultButton text={strings.Cancel} disabled={saving} onClick={() => dispatch({ type: 'cancelled' })} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
