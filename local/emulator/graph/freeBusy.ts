import type { FreeBusyStatus, StoredEvent } from './types';

export interface BusyItem {
  readonly startMs: number;
  readonly endMs: number;
  readonly status: FreeBusyStatus;
  readonly event: StoredEvent;
}

/**
 * How an event occupies its owner's time. Cancelled meetings and invitations the owner
 * declined do not occupy it at all; everything else counts with its `showAs`.
 */
export function occupancy(event: StoredEvent): FreeBusyStatus | undefined {
  if (event.isCancelled || event.responseStatus.response === 'declined') {
    return undefined;
  }
  return event.showAs;
}

/** The mailbox's items overlapping [fromMs, toMs), ordered by start. */
export function busyItems(events: readonly StoredEvent[], fromMs: number, toMs: number): BusyItem[] {
  const items: BusyItem[] = [];
  for (const event of events) {
    const status = occupancy(event);
    if (status !== undefined && event.startMs < toMs && event.endMs > fromMs) {
      items.push({ startMs: event.startMs, endMs: event.endMs, status, event });
    }
  }
  return items.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/**
 * getSchedule's availabilityView digit. Graph v1.0 reports "working elsewhere" as 0, not 4,
 * "for backward compatibility" (scheduleInformation docs); the scheduleItems keep the real status.
 */
export function availabilityDigit(status: FreeBusyStatus): number {
  switch (status) {
    case 'tentative':
      return 1;
    case 'busy':
      return 2;
    case 'oof':
      return 3;
    default:
      return 0;
  }
}

/** One digit per interval from `fromMs`; where items overlap, the highest digit wins. */
export function availabilityView(items: readonly BusyItem[], fromMs: number, toMs: number, intervalMs: number): string {
  const slotCount = Math.max(0, Math.ceil((toMs - fromMs) / intervalMs));
  const digits = new Array<number>(slotCount).fill(0);
  for (const item of items) {
    const digit = availabilityDigit(item.status);
    if (digit === 0) {
      continue;
    }
    const first = Math.max(0, Math.floor((item.startMs - fromMs) / intervalMs));
    const last = Math.min(slotCount - 1, Math.ceil((item.endMs - fromMs) / intervalMs) - 1);
    for (let slot = first; slot <= last; slot++) {
      if (digit > digits[slot]) {
        digits[slot] = digit;
      }
    }
  }
  return digits.join('');
}

const severity: Readonly<Record<FreeBusyStatus, number>> = { free: 0, workingElsewhere: 1, unknown: 2, tentative: 3, busy: 4, oof: 5 };

/** The availability of a person for [startMs, endMs): the most restrictive status of the overlapping items. */
export function availabilityDuring(items: readonly BusyItem[], startMs: number, endMs: number): FreeBusyStatus {
  let result: FreeBusyStatus = 'free';
  for (const item of items) {
    if (item.startMs >= endMs) {
      break;
    }
    if (item.endMs > startMs && severity[item.status] > severity[result]) {
      result = item.status;
    }
  }
  return result;
}
