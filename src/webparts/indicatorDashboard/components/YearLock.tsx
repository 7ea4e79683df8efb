import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { DashboardServices } from '../../../app/indicatorDashboard/dashboardData';
import { changeYearLock, LockNotice, useYearLock } from '../../../app/indicatorDashboard/yearLock';
import type { ReportingYear } from '../../../domain';
import { canLockYear, lockOf } from '../../../domain';
import { ServiceError } from '../../../http/serviceError';
import { errorText } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';

export interface YearLockProps {
  readonly year: number;
  /** The year values are being collected for; it and earlier years can be locked. */
  readonly reportingYear: number;
  readonly years: readonly ReportingYear[];
  readonly isCoordinator: boolean;
  /** The signed-in user's site user id, written as who locked. */
  readonly siteUserId: number;
  readonly services: Pick<DashboardServices, 'reportingYears'>;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
  readonly onChanged: (year: ReportingYear) => void;
}

/** Whether the shown year is locked, by whom and since when; the coordinator locks or unlocks it after confirming. */
export function YearLock({ year, reportingYear, years, isCoordinator, siteUserId, services, strings, locale, onChanged }: YearLockProps): React.ReactElement {
  const [{ asking, lastAsked, isSaving: saving, notice }, dispatch] = useYearLock();
  React.useEffect(() => dispatch({ type: 'yearChanged' }), [year, dispatch]);

  const lock = lockOf(years, year);
  const lockable = canLockYear(year, reportingYear);
  const when = lock?.lockedAt ? new Date(lock.lockedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }) : '–';

  const save = (action: 'lock' | 'unlock'): Promise<void> => changeYearLock({ services, action, year, siteUserId, dispatch, onChanged });
  const noticeText = (shown: LockNotice): string => {
    if (shown.kind === 'saved') {
      return format(shown.action === 'lock' ? strings.LockSaved : strings.UnlockSaved, year);
    }
    const { error } = shown;
    const detail = error instanceof ServiceError ? `${errorText(error)} (${error.status} ${error.serviceMessage})` : errorText(error);
    return format(strings.LockFailed, year, detail);
  };

  const shownAction = asking ?? lastAsked;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="year-lock">
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <Text data-testid="year-lock-state">
          {lock ? format(strings.YearLockedInfo, year, when, lock.lockedBy ?? '–') : lockable ? format(strings.YearOpenInfo, year) : format(strings.YearNotReported, year)}
        </Text>
        {isCoordinator && lock && (
          <DefaultButton text={format(strings.UnlockYear, year)} iconProps={{ iconName: 'Unlock' }} disabled={saving} onClick={() => dispatch({ type: 'asked', action: 'unlock' })} />
        )}
        {isCoordinator && !lock && lockable && <PrimaryButton text={format(strings.LockYear, year)} iconProps={{ iconName: 'Lock' }} disabled={saving} onClick={() => dispatch({ type: 'asked', action: 'lock' })} />}
      </Stack>
      {notice && (
        <MessageBar messageBarType={notice.kind === 'saved' ? MessageBarType.success : MessageBarType.error} onDismiss={() => dispatch({ type: 'noticeDismissed' })} dismissButtonAriaLabel={strings.DismissNotice} isMultiline>
          <div role={notice.kind === 'saved' ? 'status' : 'alert'} data-testid="year-lock-notice">
            {noticeText(notice)}
          </div>
        </MessageBar>
      )}
      <Dialog
        hidden={!asking}
        onDismiss={() => dispatch({ type: 'cancelled' })}
        dialogContentProps={{
          type: DialogType.normal,
          title: shownAction === 'lock' ? strings.LockConfirmTitle : strings.UnlockConfirmTitle,
          subText: format(shownAction === 'lock' ? strings.LockConfirmText : strings.UnlockConfirmText, year)
        }}
        modalProps={{ isBlocking: saving }}
      >
        {saving && <Spinner size={SpinnerSize.small} label={strings.SavingLock} ariaLive="polite" />}
        <DialogFooter>
          <PrimaryButton text={shownAction === 'lock' ? strings.ConfirmLock : strings.ConfirmUnlock} disabled={saving} onClick={() => asking && void save(asking)} />
          <DefaultButton text={strings.Cancel} disabled={saving} onClick={() => dispatch({ type: 'cancelled' })} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
