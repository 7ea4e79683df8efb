import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarButton, MessageBarType, Spinner, Stack } from '@fluentui/react';
import { canPrepareNextFrom } from '../../../domain/planPeriodCopy';
import type { PlanPeriod, PlanPeriodStatus } from '../../../domain';
import type { ProductServices } from '../../../app/services';
import type { HostTheme } from '../../../ui/hostTheme';
import { actionOf, changePeriod, loadPlanPeriods, mayChangePeriods, PeriodAction, PeriodNotice, usePeriodLock } from '../../../app/planPeriods/planPeriodLock';
import { PlanPeriodRefusedError } from '../../../data/planPeriodLifecycle';
import { ServiceError } from '../../../http/serviceError';
import { DataTable, DataTableColumn } from '../../../ui/DataTable';
import { ErrorMessage, errorText } from '../../../ui/ErrorMessage';
import { format, formatDate, formatDateTime } from '../../../ui/format';
import { useLoader } from '../../../ui/useLoader';
import { PlanPeriodDialog } from './PlanPeriodDialog';

export interface PlanPeriodsTabProps {
  readonly services: ProductServices;
  readonly strings: ISteeringWebPartStrings;
  readonly theme: HostTheme;
  readonly locale?: string;
  /** Opens the panel that prepares the next update from `source`; the button shows only when given. */
  readonly onPrepareNext?: (source: PlanPeriod) => void;
}

/**
 * The plan periods (Fortschreibungen) with their record: adopted when and by which paper, closed
 * and reopened by whom, when and why. The office closes an adopted period (read-only for everyone,
 * enforced by SharePoint) and reopens a closed one with a reason.
 */
export function PlanPeriodsTab({ services, strings, locale, onPrepareNext }: PlanPeriodsTabProps): React.ReactElement {
  const uiLocale = locale ?? services.locale;
  const [loaded, reload] = useLoader(() => loadPlanPeriods(services), 'plan-periods');
  const [stored, setStored] = React.useState<ReadonlyMap<number, PlanPeriod>>(new Map());
  const [state, dispatch] = usePeriodLock();

  if (loaded.state === 'loading') {
    return <Spinner label={strings.PeriodsTab} ariaLive="polite" />;
  }
  if (loaded.state === 'error') {
    return <ErrorMessage error={loaded.error} onRetry={reload} />;
  }
  const { user } = loaded.data;
  const periods = loaded.data.periods.map((period) => stored.get(period.id) ?? period);
  const isOffice = mayChangePeriods(user);
  const onChanged = (period: PlanPeriod): void => setStored((previous) => new Map(previous).set(period.id, period));
  const confirm = (): void => void changePeriod({ services, state, siteUserId: user.siteUserId, dispatch, onChanged });

  const actionTexts: Record<PeriodAction, { text: string; label: string; icon: string }> = {
    adopt: { text: strings.PeriodAdopt, label: strings.PeriodAdoptLabel, icon: 'Ribbon' },
    close: { text: strings.PeriodClose, label: strings.PeriodCloseLabel, icon: 'Lock' },
    reopen: { text: strings.PeriodReopen, label: strings.PeriodReopenLabel, icon: 'Unlock' }
  };
  const statusText: Record<PlanPeriodStatus, string> = { draft: strings.PeriodStatusDraft, adopted: strings.PeriodStatusAdopted, closed: strings.PeriodStatusClosed };
  const atBy = (at: string | undefined, by: string | undefined): string => (at ? format(strings.PeriodAtBy, formatDateTime(at, uiLocale), by ?? '–') : '–');
  const columns: Array<DataTableColumn<PlanPeriod>> = [
    { key: 'title', header: strings.PeriodColumnTitle, render: (period) => period.title },
    { key: 'years', header: strings.PeriodColumnYears, render: (period) => `${period.startYear}–${period.endYear}` },
    { key: 'status', header: strings.PeriodColumnStatus, render: (period) => <span data-testid={`period-status-${period.id}`}>{statusText[period.status]}</span> },
    { key: 'adopted', header: strings.PeriodColumnAdopted, render: (period) => formatDate(period.adoptionDate, uiLocale) || '–' },
    { key: 'paper', header: strings.PeriodColumnPaper, render: (period) => period.paperNumber ?? '–' },
    { key: 'closed', header: strings.PeriodColumnClosed, render: (period) => atBy(period.closedAt, period.closedBy) },
    {
      key: 'reopened',
      header: strings.PeriodColumnReopened,
      render: (period) => (period.reopenedAt ? format(strings.PeriodReopenedAtBy, formatDateTime(period.reopenedAt, uiLocale), period.reopenedBy ?? '–', period.reopenReason ?? '–') : '–')
    },
    {
      key: 'actions',
      header: strings.PeriodColumnActions,
      render: (period) => {
        const action = isOffice ? actionOf(period) : undefined;
        return (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {action && (
              <DefaultButton
                text={actionTexts[action].text}
                ariaLabel={format(actionTexts[action].label, period.title)}
                iconProps={{ iconName: actionTexts[action].icon }}
                disabled={state.isSaving}
                onClick={() => dispatch({ type: 'asked', period, action })}
                data-testid={`period-${action}-${period.id}`}
              />
            )}
            {isOffice && onPrepareNext && canPrepareNextFrom(period, periods) && (
              <DefaultButton text={strings.PeriodPrepareNext} ariaLabel={format(strings.PeriodPrepareNextLabel, period.title)} iconProps={{ iconName: 'Copy' }} onClick={() => onPrepareNext(period)} />
            )}
          </Stack>
        );
      }
    }
  ];

  const notice = state.notice;
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="plan-periods">
      {!isOffice && <MessageBar>{strings.PeriodOfficeOnly}</MessageBar>}
      {notice && (
        <MessageBar
          messageBarType={notice.kind === 'saved' ? MessageBarType.success : notice.kind === 'incomplete' ? MessageBarType.warning : MessageBarType.error}
          onDismiss={() => dispatch({ type: 'noticeDismissed' })}
          dismissButtonAriaLabel={strings.PeriodDismiss}
          isMultiline
          actions={
            notice.kind === 'incomplete' ? (
              <MessageBarButton onClick={() => dispatch({ type: 'asked', period: notice.period, action: notice.action, reason: notice.reason })}>{strings.PeriodRetry}</MessageBarButton>
            ) : undefined
          }
        >
          <div role={notice.kind === 'saved' ? 'status' : 'alert'} data-testid="period-notice">
            {noticeText(notice, strings)}
          </div>
        </MessageBar>
      )}
      {periods.length === 0 ? <MessageBar>{strings.PeriodsEmpty}</MessageBar> : <DataTable caption={strings.PeriodsCaption} columns={columns} rows={periods} rowKey={(period) => period.id} testId="plan-periods-table" />}
      <PlanPeriodDialog state={state} strings={strings} dispatch={dispatch} onConfirm={confirm} />
    </Stack>
  );
}

/** What happened, and what to do about it. */
function noticeText(notice: PeriodNotice, strings: ISteeringWebPartStrings): string {
  if (notice.kind === 'saved') {
    return format(notice.action === 'adopt' ? strings.PeriodAdopted : notice.action === 'close' ? strings.PeriodClosed : strings.PeriodReopened, notice.title);
  }
  if (notice.kind === 'incomplete') {
    const reason = notice.error instanceof ServiceError ? `${errorText(notice.error)} ${notice.error.status} ${notice.error.serviceMessage}`.trim() : errorText(notice.error);
    return notice.action === 'close'
      ? format(strings.PeriodCloseIncomplete, notice.title, notice.done.join(', ') || '–', notice.notDone.join(', '), reason)
      : format(strings.PeriodReopenIncomplete, notice.title, notice.notDone.join(', '), reason, notice.done.join(', ') || '–');
  }
  const { error } = notice;
  const detail =
    error instanceof PlanPeriodRefusedError && error.refusal === 'notAdopted'
      ? strings.PeriodNotAdopted
      : error instanceof PlanPeriodRefusedError && error.refusal === 'notDraft'
        ? strings.PeriodNotDraft
      : error instanceof ServiceError && error.status === 412
        ? strings.PeriodChanged
        : error instanceof ServiceError
          ? `${errorText(error)} (${error.status} ${error.serviceMessage})`
          : errorText(error);
  const failed = notice.action === 'adopt' ? strings.PeriodAdoptFailed : notice.action === 'close' ? strings.PeriodCloseFailed : strings.PeriodReopenFailed;
  return format(failed, notice.title, detail);
}
