import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, ProgressIndicator, Spinner, SpinnerSize, TextField } from '@fluentui/react';
import type { PeriodLockEvent, PeriodLockState } from '../../../app/planPeriods/planPeriodLock';
import { isIsoDay } from '../../../domain';
import { format } from '../../../ui/format';

export interface PlanPeriodDialogProps {
  readonly state: PeriodLockState;
  readonly strings: ISteeringWebPartStrings;
  readonly dispatch: React.Dispatch<PeriodLockEvent>;
  readonly onConfirm: () => void;
}

/** Asks for the council's decision before a draft is adopted, and before a period is closed or reopened; a reopening needs its reason. Blocks while the folders are switched, with their progress. */
export function PlanPeriodDialog({ state, strings, dispatch, onConfirm }: PlanPeriodDialogProps): React.ReactElement {
  // The dialog fades out after closing: keep showing what it asked about meanwhile.
  const last = React.useRef(state.asking);
  if (state.asking) {
    last.current = state.asking;
  }
  const asking = state.asking ?? last.current;
  const action = asking?.action ?? 'close';
  const isReopen = action === 'reopen';
  const isAdopt = action === 'adopt';
  const title = asking?.period.title ?? '';
  const texts = {
    adopt: { title: strings.PeriodAdoptTitle, text: strings.PeriodAdoptText, confirm: strings.PeriodConfirmAdopt },
    close: { title: strings.PeriodCloseTitle, text: strings.PeriodCloseText, confirm: strings.PeriodConfirmClose },
    reopen: { title: strings.PeriodReopenTitle, text: strings.PeriodReopenText, confirm: strings.PeriodConfirmReopen }
  }[action];
  return (
    <Dialog
      hidden={!state.asking}
      onDismiss={() => dispatch({ type: 'cancelled' })}
      dialogContentProps={{
        type: DialogType.normal,
        title: texts.title,
        subText: format(texts.text, title)
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
      {isAdopt && (
        <>
          <TextField
            label={strings.PeriodAdoptionDate}
            type="date"
            required
            value={state.adoptionDate}
            disabled={state.isSaving}
            errorMessage={state.isAdoptionMissing && !isIsoDay(state.adoptionDate) ? strings.PeriodAdoptionMissing : undefined}
            onChange={(_, adoptionDate) => dispatch({ type: 'adoptionChanged', adoptionDate: adoptionDate ?? '' })}
            data-testid="period-adoption-date"
          />
          <TextField
            label={strings.PeriodPaperNumber}
            required
            value={state.paperNumber}
            disabled={state.isSaving}
            errorMessage={state.isAdoptionMissing && state.paperNumber.trim() === '' ? strings.PeriodAdoptionMissing : undefined}
            onChange={(_, paperNumber) => dispatch({ type: 'adoptionChanged', paperNumber: paperNumber ?? '' })}
            data-testid="period-paper-number"
          />
        </>
      )}
      {state.isSaving && !state.progress && <Spinner size={SpinnerSize.small} label={isAdopt ? strings.PeriodSavingAdoption : strings.PeriodSaving} ariaLive="polite" />}
      {state.isSaving && state.progress && (
        <ProgressIndicator
          label={strings.PeriodSaving}
          description={format(strings.PeriodProgress, state.progress.done, state.progress.total)}
          percentComplete={state.progress.total === 0 ? undefined : state.progress.done / state.progress.total}
        />
      )}
      <DialogFooter>
        <PrimaryButton text={texts.confirm} disabled={state.isSaving} onClick={onConfirm} data-testid="period-confirm" />
        <DefaultButton text={strings.PeriodCancel} disabled={state.isSaving} onClick={() => dispatch({ type: 'cancelled' })} />
      </DialogFooter>
    </Dialog>
  );
}
