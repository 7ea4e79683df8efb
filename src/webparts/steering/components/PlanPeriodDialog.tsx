import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, ProgressIndicator, Spinner, SpinnerSize, TextField } from '@fluentui/react';
import type { PeriodLockEvent, PeriodLockState } from '../../../app/planPeriods/planPeriodLock';
import { format } from '../../../ui/format';

export interface PlanPeriodDialogProps {
  readonly state: PeriodLockState;
  readonly strings: ISteeringWebPartStrings;
  readonly dispatch: React.Dispatch<PeriodLockEvent>;
  readonly onConfirm: () => void;
}

/** Asks before a period is closed or reopened; a reopening needs its reason. Blocks while the folders are switched, with their progress. */
export function PlanPeriodDialog({ state, strings, dispatch, onConfirm }: PlanPeriodDialogProps): React.ReactElement {
  // The dialog fades out after closing: keep showing what it asked about meanwhile.
  const last = React.useRef(state.asking);
  if (state.asking) {
    last.current = state.asking;
  }
  const asking = state.asking ?? last.current;
  const isReopen = asking?.action === 'reopen';
  const title = asking?.period.title ?? '';
  return (
    <Dialog
      hidden={!state.asking}
      onDismiss={() => dispatch({ type: 'cancelled' })}
      dialogContentProps={{
        type: DialogType.normal,
        title: isReopen ? strings.PeriodReopenTitle : strings.PeriodCloseTitle,
        subText: format(isReopen ? strings.PeriodReopenText : strings.PeriodCloseText, title)
      }}
      modalProps={{ isBlocking: state.isSaving }}
    >
      {isReopen && (
        <TextField
          label={strings.PeriodReopenReason}
          required
          multiline
          autoAdjustHeight
          value={state.reason}
          disabled={state.isSaving}
          errorMessage={state.isReasonMissing ? strings.PeriodReopenReasonMissing : undefined}
          onChange={(_, reason) => dispatch({ type: 'reasonChanged', reason: reason ?? '' })}
          data-testid="period-reopen-reason"
        />
      )}
      {state.isSaving && !state.progress && <Spinner size={SpinnerSize.small} label={strings.PeriodSaving} ariaLive="polite" />}
      {state.isSaving && state.progress && (
        <ProgressIndicator
          label={strings.PeriodSaving}
          description={format(strings.PeriodProgress, state.progress.done, state.progress.total)}
          percentComplete={state.progress.total === 0 ? undefined : state.progress.done / state.progress.total}
        />
      )}
      <DialogFooter>
        <PrimaryButton text={isReopen ? strings.PeriodConfirmReopen : strings.PeriodConfirmClose} disabled={state.isSaving} onClick={onConfirm} data-testid="period-confirm" />
        <DefaultButton text={strings.PeriodCancel} disabled={state.isSaving} onClick={() => dispatch({ type: 'cancelled' })} />
      </DialogFooter>
    </Dialog>
  );
}
