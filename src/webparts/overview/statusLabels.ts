import type { MeasureStatus } from '../../domain';

export function statusLabels(strings: IOverviewWebPartStrings): Readonly<Record<MeasureStatus, string>> {
  return {
    planned: strings.StatusPlanned,
    inProgress: strings.StatusInProgress,
    implemented: strings.StatusImplemented,
    ongoing: strings.StatusOngoing,
    suspended: strings.StatusSuspended,
    dropped: strings.StatusDropped
  };
}
