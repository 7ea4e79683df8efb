import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import * as strings from 'MeetingBookingStrings';
import type { Interval } from '../../domain';
import { format } from '../format';
import { daySlots } from '../../app/meetingBooking/bookingForm';

export interface FreeBusyGridProps {
  /** Rows: the mailbox and how to name it. */
  readonly attendees: ReadonlyArray<{ readonly address: string; readonly label: string }>;
  readonly busy: ReadonlyMap<string, readonly Interval[]>;
  readonly unavailable: ReadonlyArray<{ readonly address: string; readonly message: string }>;
  readonly days: readonly string[];
  readonly dayStartMinutes: number;
  readonly dayEndMinutes: number;
  readonly locale: string;
}

const classes = mergeStyleSets({
  day: { marginBottom: 12, overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: 12 },
  caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
  name: { textAlign: 'left', fontWeight: 400, paddingRight: 8, whiteSpace: 'nowrap', maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis' },
  hour: { fontWeight: 400, textAlign: 'left', padding: '0 2px', minWidth: 14 },
  free: { width: 14, height: 18, border: '1px solid #c8c6c4', background: '#ffffff' },
  busy: { width: 14, height: 18, border: '1px solid #004578', background: '#0078d4' },
  hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
});

/** Busy blocks per attendee and day in working hours; each slot also says "frei"/"belegt" to screen readers. */
export function FreeBusyGrid({ attendees, busy, unavailable, days, dayStartMinutes, dayEndMinutes, locale }: FreeBusyGridProps): React.ReactElement {
  const unavailableOf = new Map(unavailable.map((entry) => [entry.address.toLowerCase(), entry.message]));
  return (
    <div data-testid="free-busy-grid">
      {days.map((day) => {
        const caption = new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
        const header = daySlots([], day, dayStartMinutes, dayEndMinutes);
        return (
          <div key={day} className={classes.day}>
            <table className={classes.table}>
              <caption className={classes.caption}>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className={classes.name}>
                    {strings.GridAttendee}
                  </th>
                  {header.map((slot) => (
                    <th key={slot.start} scope="col" className={classes.hour}>
                      {/* Only full hours are labelled; every column still has its time for screen readers. */}
                      <span aria-hidden="true">{slot.start.endsWith(':00') ? slot.start.slice(0, 2) : ''}</span>
                      <span className={classes.hidden}>{slot.start}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {attendees.map((attendee) => {
                  const problem = unavailableOf.get(attendee.address.toLowerCase());
                  return (
                    <tr key={attendee.address}>
                      <th scope="row" className={classes.name} title={attendee.address}>
                        {attendee.label}
                      </th>
                      {problem !== undefined ? (
                        <td colSpan={header.length}>{format(strings.GridUnavailable, problem)}</td>
                      ) : (
                        daySlots(busy.get(attendee.address.toLowerCase()) ?? [], day, dayStartMinutes, dayEndMinutes).map((slot) => (
                          <td key={slot.start} className={slot.isBusy ? classes.busy : classes.free}>
                            <span className={classes.hidden}>{format(slot.isBusy ? strings.GridBusy : strings.GridFree, `${slot.start}–${slot.end}`)}</span>
                          </td>
                        ))
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
