import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import * as commonStrings from 'CommonStrings';
import { ServiceError } from '../http/serviceError';
import { format } from './format';

export interface ErrorMessageProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
}

/** What happened and what to do, in the user's language; the service's own message as detail, never a stack. */
export function errorText(error: unknown): string {
  if (error instanceof ServiceError) {
    if (error.isAccessDenied) {
      return commonStrings.ErrorAccessDenied;
    }
    if (error.isConflict) {
      return commonStrings.ErrorConflict;
    }
    if (error.isThrottled) {
      return commonStrings.ErrorThrottled;
    }
    if (error.status === 0) {
      return commonStrings.ErrorNetwork;
    }
    if (error.status === 404) {
      return commonStrings.ErrorNotFound;
    }
  }
  return commonStrings.ErrorGeneric;
}

export function ErrorMessage({ error, onRetry }: ErrorMessageProps): React.ReactElement {
  const detail = error instanceof ServiceError ? `${error.status || ''} ${error.serviceMessage}`.trim() : error instanceof Error ? error.message : String(error);
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={onRetry ? <MessageBarButton onClick={onRetry}>{commonStrings.Retry}</MessageBarButton> : undefined}
    >
      <div role="alert">
        <div>{errorText(error)}</div>
        {detail ? <div>{format(commonStrings.ErrorDetails, detail)}</div> : undefined}
      </div>
    </MessageBar>
  );
}
