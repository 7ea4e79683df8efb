import type { MeasureStatus } from '../domain';

/** The status labels every web part's strings carry, in its language. */
export interface StatusStrings {
  readonly StatusPlanned: string;
  readonly StatusInProgress: string;
  readonly StatusImplemented: string;
  readonly StatusOngoing: string;
  readonly StatusSuspended: string;
  readonly StatusDropped: string;
}

export function statusLabels(strings: StatusStrings): Readonly<Record<MeasureStatus, string>> {
  return {
    planned: strings.StatusPlanned,
    inProgress: strings.StatusInProgress,
    implemented: strings.StatusImplemented,
    ongoing: strings.StatusOngoing,
    suspended: strings.StatusSuspended,
    dropped: strings.StatusDropped
  };
}
