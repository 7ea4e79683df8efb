import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton } from '@fluentui/react';
import type { PendingSubmission } from '../../indicatorSheet/submission';
import { doneCount } from '../../app/indicatorEntry/submissionFlow';
import { format } from '../format';

export interface ResumeBarProps {
  readonly pending: PendingSubmission;
  readonly strings: { readonly Resume: string; readonly ResumeFound: string; readonly Discard?: string };
  readonly onResume: () => void;
  /** Offered where a stored submission can be dropped (the upload; the pane's lives in its workbook). */
  readonly onDiscard?: () => void;
}

/** An unfinished submission was found: how far it got, and the button that continues it. */
export function ResumeBar({ pending, strings, onResume, onDiscard }: ResumeBarProps): React.ReactElement {
  const resume = <PrimaryButton onClick={onResume} data-testid="resume-submit" text={strings.Resume} />;
  return (
    <MessageBar
      messageBarType={MessageBarType.warning}
      isMultiline
      actions={
        onDiscard ? (
          <div>
            {resume}
            <DefaultButton onClick={onDiscard} text={strings.Discard} />
          </div>
        ) : (
          resume
        )
      }
    >
      {format(strings.ResumeFound, pending.year, doneCount(pending), pending.entries.length)}
    </MessageBar>
  );
}
