import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import type { ProductServices } from '../../../app/services';
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
  readonly services: ProductServices;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
  readonly onChanged: (year: ReportingYear) => void;
}

type Notice = { readonly kind: 'saved' | 'failed'; readonly text: string };

/** Whether the shown year is locked, by whom and since when; the coordinator locks or unlocks it after confirming. */
export function YearLock({ year, reportingYear, years, isCoordinator, siteUserId, services, strings, locale, onChanged }: YearLockProps): React.ReactElement {
  const [asking, setAsking] = React.useState<'lock' | 'unlock' | undefined>();
  const [saving, setSaving] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  // The dialog fades out after closing; it keeps its texts meanwhile.
  const lastAsked = React.useRef<'lock' | 'unlock'>('lock');
  if (asking) {
    lastAsked.current = asking;
  }
  React.useEffect(() => setNotice(undefined), [year]);

  const lock = lockOf(years, year);
  const lockable = canLockYear(year, reportingYear);
  const when = lock?.lockedAt ? new Date(lock.lockedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }) : '–';

  const save = async (action: 'lock' | 'unlock'): Promise<void> => {
    setSaving(true);
    try {
      const saved = action === 'lock' ? await services.reportingYears.lock(year, siteUserId) : await services.reportingYears.unlock(year, siteUserId);
      onChanged(saved);
      setNotice({ kind: 'saved', text: format(action === 'lock' ? strings.LockSaved : strings.UnlockSaved, year) });
    } catch (error) {
      const detail = error instanceof ServiceError ? `${errorText(error)} (${error.status} ${error.serviceMessage})` : errorText(error);
      setNotice({ kind: 'failed', text: format(strings.LockFailed, year, detail) });
    } finally {
      setSaving(false);
      setAsking(undefined);
    }
  };

  const shownAction = asking ?? lastAsked.current;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="year-lock">
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <Text data-testid="year-lock-state">
          {lock ? format(strings.YearLockedInfo, year, when, lock.lockedBy ?? '–') : lockable ? format(strings.YearOpenInfo, year) : format(strings.YearNotReported, year)}
        </Text>
        {isCoordinator && lock && (
          <DefaultButton text={format(strings.UnlockYear, year)} iconProps={{ iconName: 'Unlock' }} disabled={saving} onClick={() => setAsking('unlock')} />
        )}
        {isCoordinator && !lock && lockable && <PrimaryButton text={format(strings.LockYear, year)} iconProps={{ iconName: 'Lock' }} disabled={saving} onClick={() => setAsking('lock')} />}
      </Stack>
      {notice && (
        <MessageBar messageBarType={notice.kind === 'saved' ? MessageBarType.success : MessageBarType.error} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.DismissNotice} isMultiline>
          <div role={notice.kind === 'saved' ? 'status' : 'alert'} data-testid="year-lock-notice">
            {notice.text}
          </div>
        </MessageBar>
      )}
      <Dialog
        hidden={!asking}
        onDismiss={() => !saving && setAsking(undefined)}
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
          <DefaultButton text={strings.Cancel} disabled={saving} onClick={() => setAsking(undefined)} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
