import * as React from 'react';
import type { MeetingRecord } from '../../domain';
import { recordBookedSession } from './sessionCommands';
import type { SessionServices } from './sessionsData';

export interface SteeringSessionRecorder {
  /** The failure of the last attempt to record a booking as a session, until it is retried. */
  readonly error?: unknown;
  record(meeting: MeetingRecord): void;
  retry(): void;
}

/**
 * Keeps the bodies' sessions in step with steering-group meetings booked elsewhere (the meeting
 * round's section uses the same booking panel): each booking, move or cancellation records or
 * updates the session of its Outlook event, so the overview's count sees it. The session's key
 * comes from the meeting's transaction id, so a retry never records a second one.
 */
export function useSteeringSessionRecorder(
  ports: { readonly bodySessions: Pick<SessionServices['bodySessions'], 'sessionsOfYear' | 'session' | 'record' | 'update'> },
  openItemsTitle?: string
): SteeringSessionRecorder {
  const [failed, setFailed] = React.useState<{ meeting: MeetingRecord; error: unknown } | undefined>(undefined);
  const record = (meeting: MeetingRecord): void => {
    setFailed(undefined);
    const year = Number(meeting.start.slice(0, 4));
    ports.bodySessions
      .sessionsOfYear(year)
      .then((sessions) => recordBookedSession(ports, meeting, sessions, undefined, openItemsTitle))
      .then(
        () => undefined,
        (error: unknown) => setFailed({ meeting, error })
      );
  };
  return {
    ...(failed ? { error: failed.error } : {}),
    record,
    retry: () => failed && record(failed.meeting)
  };
}
