import type { CalendarService } from '../../scheduling/calendarService';
import { readFreeBusy } from '../../scheduling/freeBusy';
import type { FreeBusy } from '../../scheduling/freeBusy';

/** The part of a free/busy answer the workflows show and plan with. */
export type FreeBusyView = Pick<FreeBusy, 'busy' | 'unavailable'>;

/** Free/busy of mailboxes over a window of days, reporting its progress (requests done of total). */
export type FreeBusyReader = (mailboxes: readonly string[], firstDay: string, lastDay: string, onProgress?: (done: number, total: number) => void) => Promise<FreeBusyView>;

/** The scheduling layer's reader bound to one calendar service; workflows take the function, so tests hand in their own. */
export function freeBusyReaderOf(calendar: CalendarService): FreeBusyReader {
  return (mailboxes, firstDay, lastDay, onProgress) => readFreeBusy(calendar, mailboxes, firstDay, lastDay, onProgress ? { onProgress } : {});
}
