import { wallMinutes, wallTime } from '../../domain';
import type { Interval } from '../../domain';

/** A simple address check: one @, something before, a dotted domain after, no spaces. */
const addressPattern = /^[^\s@;,<>]+@[^\s@;,<>]+\.[^\s@;,<>]+$/;

/** Addresses typed into one field, separated by `;`, `,`, spaces or lines (as pasted from Outlook). */
export function parseAddresses(text: string): { readonly addresses: string[]; readonly invalid: string[] } {
  const parts = text
    .split(/[;,\s]+/)
    .map((part) => part.trim().replace(/^<|>$/g, ''))
    .filter((part) => part.length > 0);
  const addresses: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    if (addressPattern.test(part)) {
      const address = part.toLowerCase();
      if (!addresses.includes(address)) {
        addresses.push(address);
      }
    } else {
      invalid.push(part);
    }
  }
  return { addresses, invalid };
}

const minutesPerDay = 24 * 60;

/** Working days (Monday–Friday) between two ISO days, both included. */
export function workingDaysBetween(firstDay: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let day = wallMinutes(`${firstDay}T00:00`); day <= wallMinutes(`${lastDay}T00:00`); day += minutesPerDay) {
    const weekday = new Date(day * 60000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      days.push(wallTime(day).slice(0, 10));
    }
  }
  return days;
}

export interface GridSlot {
  /** `HH:MM` of the slot's start and end. */
  readonly start: string;
  readonly end: string;
  readonly isBusy: boolean;
}

/** One attendee's day in working hours as slots of `slotMinutes`: busy when any busy time overlaps the slot. */
export function daySlots(busy: readonly Interval[], day: string, dayStartMinutes: number, dayEndMinutes: number, slotMinutes = 30): GridSlot[] {
  const dayStart = wallMinutes(`${day}T00:00`);
  const spans = busy.map((interval) => ({ start: wallMinutes(interval.start), end: wallMinutes(interval.end) }));
  const slots: GridSlot[] = [];
  for (let offset = dayStartMinutes; offset + slotMinutes <= dayEndMinutes; offset += slotMinutes) {
    const start = dayStart + offset;
    const end = start + slotMinutes;
    slots.push({ start: wallTime(start).slice(11), end: wallTime(end).slice(11), isBusy: spans.some((span) => span.start < end && start < span.end) });
  }
  return slots;
}

/** The meeting's interval from a day, a `HH:MM` start and a duration; undefined when the input is not a valid time. */
export function slotOf(day: string, time: string, durationMinutes: number): Interval | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time) || !(durationMinutes > 0)) {
    return undefined;
  }
  const start = wallMinutes(`${day}T${time}`);
  if (wallTime(start).slice(0, 10) !== day) {
    return undefined;
  }
  return { start: wallTime(start), end: wallTime(start + durationMinutes) };
}

/** Minutes between two wall-clock times. */
export function durationOf(interval: Interval): number {
  return wallMinutes(interval.end) - wallMinutes(interval.start);
}

/** A slot as the panel and the round show it: the day in the UI's locale, then `HH:MM–HH:MM` wall-clock. */
export function formatSlot(slot: Interval, locale: string): string {
  const day = new Date(`${slot.start.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return `${day}, ${slot.start.slice(11, 16)}–${slot.end.slice(11, 16)}`;
}
