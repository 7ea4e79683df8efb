import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text, TextField } from '@fluentui/react';
import type { CorrectionRequest } from '../../../domain';
import { indicatorValueKey } from '../../../domain';
import { ServiceError } from '../../../http/serviceError';
import type { DashboardData } from '../../../app/indicatorDashboard/dashboardData';
import {
  AcceptedCorrection,
  CorrectionServices,
  correctionReviewCommands,
  DecisionNotice,
  figuresText,
  isAcceptanceUnfinished,
  useCorrectionReview
} from '../../../app/indicatorDashboard/correctionRequests';
import { DataTable, DataTableColumn } from '../../../ui/DataTable';
import { errorText } from '../../../ui/ErrorMessage';
import { format, formatDate } from '../../../ui/format';

export interface CorrectionRequestsProps {
  readonly data: DashboardData;
  readonly services: CorrectionServices;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
  /** A decided request (an accepted one changed a value, and accepted its new version): the dashboard shows it. */
  readonly onDecided: (request: CorrectionRequest, accepted?: AcceptedCorrection) => void;
}

/** The office's list of open correction requests: value before → requested, reason, who and when; accept or reject with a note. */
export function CorrectionRequests({ data, services, strings, locale, onDecided }: CorrectionRequestsProps): React.ReactElement {
  const open = React.useMemo(() => openRequestsOf(data.correctionRequests), [data.correctionRequests]);
  const [state, dispatch] = useCorrectionReview(open);
  const commands = React.useMemo(() => correctionReviewCommands(services, data.user.siteUserId, dispatch, (_, request, accepted) => onDecided(request, accepted)), [services, data.user.siteUserId, dispatch, onDecided]);
  const departmentOf = (request: CorrectionRequest): string => {
    const department = data.departments.find((candidate) => candidate.id === request.departmentId);
    return department ? `${department.number} ${department.name}` : String(request.departmentId);
  };
  const indicatorOf = (request: CorrectionRequest): string => data.indicators.find((candidate) => candidate.id === request.indicatorId)?.title ?? request.valueKey;
  const storedOf = (request: CorrectionRequest) =>
    data.values.find((value) => indicatorValueKey(value.indicatorId, value.year) === request.valueKey) ?? request.previous;

  const noticeText = (notice: DecisionNotice): string => {
    const { request } = notice;
    switch (notice.kind) {
      case 'decided':
        return notice.decision === 'accepted'
          ? format(strings.CorrectionAccepted, indicatorOf(request), request.year, figuresText(request.requested, locale))
          : format(strings.CorrectionRejected, indicatorOf(request), request.year);
      case 'alreadyDecided':
        return format(strings.CorrectionAlreadyDecided, indicatorOf(request), request.year);
      case 'noteRequired':
        return strings.RejectNoteRequired;
      case 'failed': {
        const detail = notice.error instanceof ServiceError ? `${errorText(notice.error)} (${notice.error.status} ${notice.error.serviceMessage})` : errorText(notice.error);
        return format(strings.CorrectionDecisionFailed, indicatorOf(request), request.year, detail);
      }
    }
  };

  const isBusy = state.busyId !== undefined;
  const columns: Array<DataTableColumn<CorrectionRequest>> = [
    { key: 'indicator', header: strings.CorrectionColumnIndicator, render: indicatorOf },
    { key: 'department', header: strings.CorrectionColumnDepartment, render: departmentOf },
    { key: 'year', header: strings.CorrectionColumnYear, render: (request) => String(request.year) },
    { key: 'change', header: strings.CorrectionColumnChange, render: (request) => `${figuresText(storedOf(request), locale)} → ${figuresText(request.requested, locale)}` },
    { key: 'reason', header: strings.CorrectionColumnReason, render: (request) => request.reason },
    { key: 'requested', header: strings.CorrectionColumnRequested, render: (request) => format(strings.CorrectionRequestedBy, request.requestedBy ?? '–', formatDate(request.requestedAt, locale) || '–') },
    {
      key: 'decision',
      header: strings.CorrectionColumnDecision,
      render: (request) => (
        <Stack tokens={{ childrenGap: 4 }}>
          {isAcceptanceUnfinished(request) && (
            <Text variant="small" data-testid="acceptance-unfinished">
              {strings.AcceptanceUnfinished}
            </Text>
          )}
          {state.rejectingId === request.id ? (
            <Stack tokens={{ childrenGap: 4 }}>
              {/* The "Ablehnen" button the focus was on is gone: the note takes the focus, so a keyboard user goes on typing. */}
              <TextField
                label={strings.RejectNoteLabel}
                multiline
                rows={2}
                required
                autoFocus
                value={state.note}
                onChange={(_, note) => dispatch({ type: 'noteChanged', note: note ?? '' })}
                disabled={isBusy}
              />
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <PrimaryButton text={strings.ConfirmReject} disabled={isBusy} onClick={() => void commands.reject(request, state.note)} />
                <DefaultButton text={strings.Cancel} disabled={isBusy} onClick={() => dispatch({ type: 'rejectCancelled' })} />
              </Stack>
            </Stack>
          ) : (
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton
                text={strings.AcceptCorrection}
                ariaLabel={`${strings.AcceptCorrection}: ${indicatorOf(request)} ${request.year}`}
                disabled={isBusy}
                onClick={() => void commands.accept(request)}
                data-testid="accept-correction"
              />
              <DefaultButton
                text={strings.RejectCorrection}
                ariaLabel={`${strings.RejectCorrection}: ${indicatorOf(request)} ${request.year}`}
                disabled={isBusy}
                onClick={() => dispatch({ type: 'rejectOpened', id: request.id! })}
              />
            </Stack>
          )}
          {state.busyId === request.id && <Spinner size={SpinnerSize.small} label={strings.DecidingCorrection} ariaLive="polite" labelPosition="right" />}
        </Stack>
      )
    }
  ];

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="correction-requests">
      {state.notice && (
        <MessageBar
          messageBarType={state.notice.kind === 'decided' ? MessageBarType.success : state.notice.kind === 'failed' ? MessageBarType.error : MessageBarType.warning}
          onDismiss={() => dispatch({ type: 'noticeDismissed' })}
          dismissButtonAriaLabel={strings.DismissNotice}
          isMultiline
        >
          <div role={state.notice.kind === 'failed' ? 'alert' : 'status'} data-testid="correction-notice">
            {noticeText(state.notice)}
          </div>
        </MessageBar>
      )}
      {state.requests.length === 0 ? (
        <Text role="status">{strings.NoOpenCorrections}</Text>
      ) : (
        <DataTable caption={strings.CorrectionsCaption} columns={columns} rows={state.requests} rowKey={(request) => request.id ?? request.createKey} rowHeader="indicator" testId="correction-request-table" />
      )}
    </Stack>
  );
}

function openRequestsOf(requests: readonly CorrectionRequest[]): CorrectionRequest[] {
  return requests.filter((request) => request.status === 'open').sort((a, b) => (a.requestedAt ?? '').localeCompare(b.requestedAt ?? '') || (a.id ?? 0) - (b.id ?? 0));
}
