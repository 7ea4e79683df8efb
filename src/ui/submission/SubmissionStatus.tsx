import * as React from 'react';
import { MessageBar, MessageBarType, ProgressIndicator, Spinner } from '@fluentui/react';
import type { SubmissionFlowState } from '../../app/indicatorEntry/submissionFlow';
import { format } from '../format';

export interface SubmissionStatusProps {
  readonly state: Pick<SubmissionFlowState, 'status' | 'progress'>;
  readonly strings: { readonly Submitting: string };
  readonly testId: string;
}

/** The progress of a send, a step's spinner, or its message; read out politely. Errors are shown apart (with their retry). */
export function SubmissionStatus({ state: { status, progress }, strings, testId }: SubmissionStatusProps): React.ReactElement {
  return (
    <div aria-live="polite" data-testid={testId}>
      {progress && <ProgressIndicator label={format(strings.Submitting, progress.done, progress.total)} percentComplete={progress.total === 0 ? 1 : progress.done / progress.total} />}
      {status.kind === 'busy' && !progress && <Spinner label={status.text} />}
      {(status.kind === 'info' || status.kind === 'success' || status.kind === 'warning') && (
        <MessageBar messageBarType={status.kind === 'success' ? MessageBarType.success : status.kind === 'warning' ? MessageBarType.warning : MessageBarType.info} isMultiline>
          {status.text}
        </MessageBar>
      )}
    </div>
  );
}
