import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import { ServiceError } from '../http/serviceError';
import { format } from './format';

/** The texts of an error: the web parts' common strings by default; the Excel pane, which has no SPFx loc modules, passes its own. */
export type ErrorStrings = Pick<
  ICommonStrings,
  'Retry' | 'ErrorAccessDenied' | 'ErrorConflict' | 'ErrorThrottled' | 'ErrorNetwork' | 'ErrorNotFound' | 'ErrorGeneric' | 'ErrorDetails'
>;

export interface ErrorMessageProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
  readonly strings?: ErrorStrings;
  /** Says what happened instead of the text chosen by the error's status (e.g. "sending was interrupted"). */
  readonly text?: string;
  /** The retry button's label when retrying means more than "try again" (e.g. "continue sending"). */
  readonly retryText?: string;
}

/** What happened and what to do, in the user's language; the service's own message as detail, never a stack. */
export function errorText(error: unknown, strings: ErrorStrings = commonStrings): string {
  if (error instanceof ServiceError) {
    if (error.isAccessDenied) {
      return strings.ErrorAccessDenied;
    }
    if (error.isConflict) {
      return strings.ErrorConflict;
    }
    if (error.isThrottled) {
      return strings.ErrorThrottled;
    }
    if (error.status === 0) {
      return strings.ErrorNetwork;
    }
    if (error.status === 404) {
      return strings.ErrorNotFound;
    }
  }
  return strings.ErrorGeneric;
}

export function ErrorMessage({ error, onRetry, strings = commonStrings, text, retryText }: ErrorMessageProps): React.ReactElement {
  const detail = error instanceof ServiceError ? `${error.status || ''} ${error.serviceMessage}`.trim() : error instanceof Error ? error.message : String(error);
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={onRetry ? <MessageBarButton onClick={onRetry}>{retryText ?? strings.Retry}</MessageBarButton> : undefined}
    >
      <div role="alert">
        <div>{text ?? errorText(error, strings)}</div>
        {detail ? <div>{format(strings.ErrorDetails, detail)}</div> : undefined}
      </div>
    </MessageBar>
  );
}
