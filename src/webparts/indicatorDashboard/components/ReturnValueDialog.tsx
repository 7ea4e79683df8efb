import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Spinner, SpinnerSize, TextField } from '@fluentui/react';
import type { ReviewEntry } from '../../../app/indicatorDashboard/reviewOverview';
import { figuresText } from '../../../app/indicatorDashboard/correctionRequests';
import { format } from '../../../ui/format';

export interface ReturnValueDialogProps {
  /** The value being returned; none: the dialog is closed. */
  readonly entry: ReviewEntry | undefined;
  readonly comment: string;
  readonly isCommentMissing: boolean;
  readonly isBusy: boolean;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
  readonly onCommentChanged: (comment: string) => void;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

/** Returns one value with a required comment; the comment field takes the focus, Escape cancels. */
export function ReturnValueDialog({ entry, comment, isCommentMissing, isBusy, strings, locale, onCommentChanged, onCancel, onConfirm }: ReturnValueDialogProps): React.ReactElement {
  // The dialog fades out after closing; it keeps showing the value it asked about meanwhile.
  const last = React.useRef<ReviewEntry | undefined>();
  if (entry) last.current = entry;
  const shown = entry ?? last.current;
  return (
    <Dialog
      hidden={!entry}
      onDismiss={onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        title: strings.ReturnDialogTitle,
        subText: shown ? format(strings.ReturnDialogText, shown.indicator.title, shown.year, figuresText(shown.value, locale), `${shown.department.number} ${shown.department.name}`) : ''
      }}
      modalProps={{ isBlocking: isBusy }}
      minWidth={480}
    >
      {/* The product says what is missing (in the user's language, read by screen readers), not the browser's bubble. */}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <TextField
          label={strings.ReturnCommentLabel}
          multiline
          rows={4}
          required
          autoFocus
          value={comment}
          disabled={isBusy}
          errorMessage={isCommentMissing ? strings.ReturnCommentRequired : undefined}
          onChange={(_, value) => onCommentChanged(value ?? '')}
          data-testid="return-comment"
        />
        {isBusy && <Spinner size={SpinnerSize.small} label={strings.SavingDecisions} ariaLive="polite" labelPosition="right" />}
        <DialogFooter>
          <PrimaryButton type="submit" text={strings.ConfirmReturn} disabled={isBusy} data-testid="confirm-return" />
          <DefaultButton text={strings.Cancel} disabled={isBusy} onClick={onCancel} />
        </DialogFooter>
      </form>
    </Dialog>
  );
}
